using System.CommandLine;
using System.Globalization;
using AggloDashboard.Core.Domain;
using AggloDashboard.Core.ShiftShare;

namespace AggloDashboard.Cli.Commands;

/// <summary><c>compute</c>'s <c>--shift-years T0,T1</c>: the years of <c>shift_share.csv</c> (docs/METRICS.md §9).</summary>
internal static class ShiftShareYears
{
    public static Option<string?> Option() => new("--shift-years")
    {
        Description = "The base and end year of shift_share.csv as T0,T1 (default: the first and the last year of the panel).",
    };

    /// <summary>
    /// The static and dynamic decompositions, or a one-line message on why they cannot be made. Without
    /// <paramref name="text"/> a panel of a single year gives no decomposition (and no error), with a note.
    /// </summary>
    public static (IReadOnlyList<ShiftShareResult> Results, string? Error, string? Note) Compute(Dataset dataset, string? text)
    {
        var panel = new ShiftSharePanel(dataset);
        int from, to;
        if (text is null)
        {
            if (panel.Years.Count < 2)
            {
                return ([], null, "shift-share needs two years; shift_share.csv holds only its header");
            }

            (from, to) = (panel.Years[0], panel.Years[^1]);
        }
        else if (!TryParse(text, out from, out to))
        {
            return ([], $"--shift-years: '{text}' is not two years T0,T1", null);
        }

        return panel.Check(from, to) switch
        {
            ShiftShareProblem.YearOutsidePanel =>
                ([], $"--shift-years: {from} or {to} is not a year of the panel ({panel.Years[0]}-{panel.Years[^1]})", null),
            ShiftShareProblem.NotIncreasing => ([], $"--shift-years: the base year {from} must be before the end year {to}", null),
            ShiftShareProblem.NoSectorEmployment => ([], $"shift-share: no city has every sector's employment in both {from} and {to}" +
                (text is null ? " (--shift-years T0,T1 chooses other years)" : ""), null),
            _ => ([panel.Static(from, to), panel.Dynamic(from, to)], null, null),
        };
    }

    private static bool TryParse(string text, out int from, out int to)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        from = to = 0;
        return parts.Length == 2
               && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out from)
               && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out to);
    }
}
