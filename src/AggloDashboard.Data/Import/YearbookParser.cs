using System.Text.RegularExpressions;
using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Folder;
using AggloDashboard.Data.Validation;

namespace AggloDashboard.Data.Import;

/// <summary>
/// Reads a yearbook table: the first row holds the headers, the first column the cities (code, Chinese or English
/// name), every other column one indicator through the <see cref="IndicatorMapping"/>. The year comes from the
/// request, else from the sheet name ("2023", "2023年"), else from the file name.
/// </summary>
internal static partial class YearbookParser
{
    private const string KeyColumns = "city, year and indicator";

    public static List<Observation> Parse(ImportSheet sheet, int? year, IndicatorMapping mapping, Dataset baseline,
        PanelRowChecks checks, ProblemLog log)
    {
        var observations = new List<Observation>();
        var sheetRef = new CellRef(sheet.File, sheet.Sheet, null, null);
        if (sheet.Rows.Count == 0)
        {
            log.Error(sheetRef, "no rows: expected a header row (city, then one column per indicator) and one row per city");
            return observations;
        }

        var sheetYear = year ?? YearIn(sheet.Sheet) ?? YearIn(Path.GetFileNameWithoutExtension(sheet.File));
        if (sheetYear is null)
        {
            log.Error(sheetRef, "the year is unknown: name the sheet (or the CSV file) by its year, e.g. 2023, or give the year");
            return observations;
        }

        var header = sheet.Rows[0];
        var columns = MappedColumns(sheet, header, mapping, baseline, checks, log);
        var cityOf = CityLookup(baseline);
        foreach (var row in sheet.Rows.Skip(1))
        {
            var cityText = row[0];
            var cityRef = new CellRef(sheet.File, sheet.Sheet, row.Number, sheet.ColumnName(0, header[0]));
            if (!cityOf.TryGetValue(Key(cityText), out var regionCode))
            {
                log.Error(cityRef, cityText.Length == 0
                    ? "empty: expected a city's name or code"
                    : $"'{cityText}' is not a city of the dataset (use its code or name as in regions.csv)");
                continue;
            }

            foreach (var (index, indicator) in columns)
            {
                var at = new CellRef(sheet.File, sheet.Sheet, row.Number, sheet.ColumnName(index, header[index]));
                if (!checks.TryParseValue(row[index], at, indicator, out var value))
                {
                    continue;
                }

                var observation = new Observation(regionCode, sheetYear.Value, indicator.Code, value);
                if (checks.CheckUnique(observation, at, KeyColumns))
                {
                    observations.Add(observation);
                }
            }
        }

        return observations;
    }

    /// <summary>Every header gets an entry in <paramref name="mapping"/> (a suggestion unless it has one already).</summary>
    private static List<(int Index, Indicator Indicator)> MappedColumns(ImportSheet sheet, ImportRow header,
        IndicatorMapping mapping, Dataset baseline, PanelRowChecks checks, ProblemLog log)
    {
        var columns = new List<(int, Indicator)>();
        var columnOfCode = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 1; i < header.Cells.Count; i++)
        {
            var name = header[i];
            var at = new CellRef(sheet.File, sheet.Sheet, header.Number, sheet.ColumnName(i, name));
            if (name.Length == 0)
            {
                if (sheet.Rows.Skip(1).Any(r => r[i].Length > 0))
                {
                    log.Warning(at, "a column without a header: ignored");
                }

                continue;
            }

            if (!mapping.Contains(name))
            {
                mapping.Set(name, IndicatorMapping.Suggest(name, baseline.Indicators));
            }

            if (mapping.CodeOf(name) is not { } code)
            {
                log.Warning(at, $"'{name}' is not mapped to an indicator: the column is ignored");
                continue;
            }

            if (!checks.CheckIndicator(code, at) || checks.IndicatorOf(code) is not { } indicator)
            {
                continue;
            }

            if (columnOfCode.TryGetValue(code, out var first))
            {
                log.Error(at, $"mapped to '{code}' like column {sheet.ColumnName(first, header[first])}: map each indicator once");
                continue;
            }

            columnOfCode[code] = i;
            columns.Add((i, indicator));
        }

        return columns;
    }

    private static Dictionary<string, string> CityLookup(Dataset baseline)
    {
        var lookup = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var region in baseline.Regions)
        {
            foreach (var name in new[] { region.Code, region.NameZh, region.NameEn, ShortZh(region.NameZh) })
            {
                lookup.TryAdd(Key(name), region.Code);
            }
        }

        return lookup;
    }

    private static string Key(string text) => Regex.Replace(text, @"\s+", "");

    /// <summary>Yearbooks often print "长春市" as "长春".</summary>
    private static string ShortZh(string name) => name.EndsWith('市') && name.Length > 2 ? name[..^1] : name;

    private static int? YearIn(string? name)
    {
        if (name is null)
        {
            return null;
        }

        var match = YearPattern().Match(name);
        return match.Success && int.TryParse(match.Value, out var y) && y is >= PanelRowChecks.FirstYear and <= PanelRowChecks.LastYear
            ? y
            : null;
    }

    [GeneratedRegex(@"(?<!\d)(19|20)\d\d(?!\d)")]
    private static partial Regex YearPattern();
}
