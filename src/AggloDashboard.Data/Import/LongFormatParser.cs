using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Folder;
using AggloDashboard.Data.Validation;

namespace AggloDashboard.Data.Import;

/// <summary>Reads a table in the dataset folder's long format (region_code, year, indicator, value).</summary>
internal static class LongFormatParser
{
    private const string KeyColumns = "region_code, year and indicator";

    public static List<Observation> Parse(ImportSheet sheet, PanelRowChecks checks, ProblemLog log)
    {
        var observations = new List<Observation>();
        if (sheet.Rows.Count == 0)
        {
            log.Error(new CellRef(sheet.File, sheet.Sheet, null, null),
                $"no rows: expected the header {string.Join(',', DatasetFolderLayout.PanelColumns)} and one row per value");
            return observations;
        }

        if (sheet.MergedFill.Count > 0)
        {
            var cells = sheet.MergedFill.OrderBy(c => c.Row).ThenBy(c => c.Column).Select(c => ImportSheet.CellName(c.Row, c.Column)).ToArray();
            log.Error(new CellRef(sheet.File, sheet.Sheet, null, null),
                $"merged cells ({string.Join(", ", cells.Take(5))}{(cells.Length > 5 ? ", …" : "")}): unmerge them and put a value in every cell");
            return observations;
        }

        var header = sheet.Rows[0];
        var index = HeaderIndex(sheet, header, log);
        if (index is null)
        {
            return observations;
        }

        foreach (var row in sheet.Rows.Skip(1))
        {
            CellRef At(string column) => new(sheet.File, sheet.Sheet, row.Number, sheet.ColumnName(index[column], column));
            if (row.Cells.Count > header.Cells.Count && row.Cells.Skip(header.Cells.Count).Any(c => c.Length > 0))
            {
                log.Error(new CellRef(sheet.File, sheet.Sheet, row.Number, null),
                    $"{header.Cells.Count} fields expected, {row.Cells.Count} found");
                continue;
            }

            var region = row[index["region_code"]];
            var indicatorCode = row[index["indicator"]];
            var regionIsValid = checks.CheckRegion(region, At("region_code"));
            var yearIsValid = checks.TryParseYear(row[index["year"]], At("year"), out var year);
            var indicatorIsValid = checks.CheckIndicator(indicatorCode, At("indicator"));
            var valueIsValid = checks.TryParseValue(row[index["value"]], At("value"), checks.IndicatorOf(indicatorCode), out var value);
            if (!(regionIsValid && yearIsValid && indicatorIsValid && valueIsValid))
            {
                continue;
            }

            var observation = new Observation(region, year, indicatorCode, value);
            if (checks.CheckUnique(observation, At("value"), KeyColumns))
            {
                observations.Add(observation);
            }
        }

        return observations;
    }

    /// <summary>Column name to index, or null when a required column is missing or repeated.</summary>
    private static Dictionary<string, int>? HeaderIndex(ImportSheet sheet, ImportRow header, ProblemLog log)
    {
        var names = header.Cells.Select(c => c.Trim()).ToArray();
        var usable = true;
        var expected = string.Join(',', DatasetFolderLayout.PanelColumns);
        CellRef At(int i) => new(sheet.File, sheet.Sheet, header.Number, sheet.ColumnName(i, names[i]));

        foreach (var repeated in names.Select((n, i) => (n, i)).Where(c => c.n.Length > 0).GroupBy(c => c.n).Where(g => g.Count() > 1))
        {
            log.Error(At(repeated.Skip(1).First().i), "appears more than once in the header");
            usable = false;
        }

        var unknown = names.Select((n, i) => (n, i))
            .Where(c => c.n.Length > 0 && !DatasetFolderLayout.PanelColumns.Contains(c.n))
            .ToArray();
        foreach (var missing in DatasetFolderLayout.PanelColumns.Where(c => !names.Contains(c)))
        {
            var nearest = unknown.Where(u => Spelling.Distance(u.n.ToLowerInvariant(), missing) <= 2).Select(u => u.n).FirstOrDefault();
            var hint = nearest is null ? "" : $"; is '{nearest}' a misspelling of it?";
            log.Error(new CellRef(sheet.File, sheet.Sheet, header.Number, missing),
                $"missing from the header (expected {expected}){hint}");
            usable = false;
        }

        foreach (var (name, i) in unknown)
        {
            log.Warning(At(i), $"not a column of the long format: ignored (expected {expected})");
        }

        return usable
            ? DatasetFolderLayout.PanelColumns.ToDictionary(c => c, c => Array.IndexOf(names, c))
            : null;
    }
}

/// <summary>How far apart two spellings are, to point at a likely typo.</summary>
internal static class Spelling
{
    /// <summary>The Levenshtein distance: insertions, deletions and substitutions.</summary>
    public static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1),
                    previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
