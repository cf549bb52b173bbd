using System.Text.RegularExpressions;
using AggloDashboard.Core.Domain;

namespace AggloDashboard.Data.Import;

/// <summary>
/// Which indicator each yearbook column header stands for; a null code leaves the column out. Built with suggestions
/// from the indicator catalog, then reviewed and edited by the user before the import is committed.
/// </summary>
public sealed partial class IndicatorMapping
{
    private readonly Dictionary<string, string?> _codeOf = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Headers => _codeOf.Keys.ToArray();

    public bool Contains(string header) => _codeOf.ContainsKey(header);

    public string? CodeOf(string header) => _codeOf.GetValueOrDefault(header);

    /// <summary>Maps <paramref name="header"/> to <paramref name="code"/>, or leaves the column out when it is null or empty.</summary>
    public void Set(string header, string? code) => _codeOf[header] = string.IsNullOrWhiteSpace(code) ? null : code.Trim();

    public IndicatorMapping Clone()
    {
        var copy = new IndicatorMapping();
        foreach (var (header, code) in _codeOf)
        {
            copy._codeOf[header] = code;
        }

        return copy;
    }

    /// <summary>
    /// The indicator whose code, Chinese or English name equals the header, ignoring spaces and a unit in brackets
    /// ("城镇单位从业人员（万人）" matches "城镇单位从业人员"); null when none or several do.
    /// </summary>
    public static string? Suggest(string header, IEnumerable<Indicator> indicators)
    {
        var key = Normalise(header);
        var matches = indicators
            .Where(i => Normalise(i.Code) == key || Normalise(i.NameZh) == key
                        || string.Equals(Normalise(i.NameEn), key, StringComparison.OrdinalIgnoreCase))
            .Select(i => i.Code)
            .Distinct()
            .ToArray();
        return matches.Length == 1 ? matches[0] : null;
    }

    /// <summary>Reads <c>header,indicator</c> lines (a header line first), as <see cref="ToCsvLines"/> writes them.</summary>
    public static IndicatorMapping FromCsvLines(IEnumerable<string> lines)
    {
        var mapping = new IndicatorMapping();
        foreach (var line in lines.Skip(1).Where(l => l.Trim().Length > 0))
        {
            var comma = line.LastIndexOf(',');
            if (comma < 0)
            {
                throw new FormatException($"'{line}' is not 'header,indicator'");
            }

            mapping.Set(line[..comma].Trim().Trim('"'), line[(comma + 1)..].Trim());
        }

        return mapping;
    }

    public IEnumerable<string> ToCsvLines() =>
        new[] { "header,indicator" }.Concat(_codeOf.Select(kv => $"{kv.Key},{kv.Value}"));

    private static string Normalise(string text) => UnitSuffix().Replace(Whitespace().Replace(text, ""), "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[（(][^（）()]*[）)]$")]
    private static partial Regex UnitSuffix();
}
