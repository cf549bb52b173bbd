namespace AggloDashboard.Data.Import;

/// <summary>
/// Which indicator each yearbook column header stands for, and how that was found; a null code leaves the column
/// out. Built from the headers without a hand-made mapping, then reviewed and edited by the user before the import
/// is committed.
/// </summary>
public sealed class IndicatorMapping
{
    private readonly Dictionary<string, HeaderMatch> _matchOf = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Headers => _matchOf.Keys.ToArray();

    public bool Contains(string header) => _matchOf.ContainsKey(header);

    public string? CodeOf(string header) => _matchOf.GetValueOrDefault(header)?.IndicatorCode;

    public MappingSource SourceOf(string header) => _matchOf.GetValueOrDefault(header)?.Source ?? MappingSource.None;

    /// <summary>The user's choice: maps <paramref name="header"/> to <paramref name="code"/>, or leaves the column out when it is null or empty.</summary>
    public void Set(string header, string? code) =>
        _matchOf[header] = new HeaderMatch(string.IsNullOrWhiteSpace(code) ? null : code.Trim(), MappingSource.Given);

    /// <summary>Records what was found for a header the user has not mapped.</summary>
    internal void Suggest(string header, HeaderMatch match) => _matchOf[header] = match;

    public IndicatorMapping Clone()
    {
        var copy = new IndicatorMapping();
        foreach (var (header, match) in _matchOf)
        {
            copy._matchOf[header] = match;
        }

        return copy;
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

    /// <summary>The mapping as <c>header,indicator</c> lines; a header with a comma is quoted.</summary>
    public IEnumerable<string> ToCsvLines() =>
        new[] { "header,indicator" }.Concat(_matchOf.Select(kv => $"{(kv.Key.Contains(',') ? $"\"{kv.Key}\"" : kv.Key)},{kv.Value.IndicatorCode}"));
}
