using System.Globalization;
using AggloDashboard.Data.Import;

namespace AggloDashboard.Web.Views;

/// <summary>One column of a printed sheet as the import preview lists it.</summary>
public sealed record ImportColumnRow(string Cell, string Header, string Area, string Unit, string Indicator, string How, string Conversion, string Fate, bool IsProblem);

/// <summary>How one sheet of a printed workbook was read, in the interface language.</summary>
public sealed record ImportLayoutView(string Name, string Reading, IReadOnlyList<string> Rows, IReadOnlyList<ImportColumnRow> Columns,
    IReadOnlyList<string> Totals, IReadOnlyList<string> Repairs)
{
    /// <summary>
    /// Maps a <see cref="SheetLayout"/> to what the preview shows: the year and where it came from, every run of
    /// skipped, header, data, total and footnote rows, each column's unit, indicator, way of mapping and conversion.
    /// </summary>
    public static ImportLayoutView Of(SheetLayout layout, Lang lang)
    {
        string T(string key) => UiText.Get(lang, key);
        var reading = new List<string>();
        if (layout.Year is { } year)
        {
            reading.Add(string.Format(CultureInfo.InvariantCulture, T("import.layout.year"), year, T($"import.yearSource.{layout.YearSource}")));
        }
        else
        {
            reading.Add(T("import.layout.yearsInColumns"));
        }

        if (layout.CityCode is not null)
        {
            reading.Add(string.Format(CultureInfo.InvariantCulture, T("import.layout.city"), layout.CityCode));
        }

        if (layout.MissingValues > 0)
        {
            reading.Add(string.Format(CultureInfo.InvariantCulture, T("import.layout.missing"), layout.MissingValues));
        }

        return new ImportLayoutView(layout.Name, string.Join(UiText.Get(lang, "text.clauseSeparator"), reading), RowLines(layout, lang),
            layout.Columns.Select(c => Column(c, lang)).ToArray(), layout.Totals.Select(t => Total(t, lang)).ToArray(), layout.Repairs);
    }

    private static List<string> RowLines(SheetLayout layout, Lang lang)
    {
        string T(string key) => UiText.Get(lang, key);
        string Span(RowSpan s) => s.From == s.To
            ? string.Format(CultureInfo.InvariantCulture, T("import.rows"), s.From)
            : string.Format(CultureInfo.InvariantCulture, T("import.rowSpan"), s.From, s.To);
        var separator = T("text.listSeparator");
        var lines = new List<string>();
        var skipped = layout.Rows.Where(r => r.Role is RowRole.Title or RowRole.UnitLine or RowRole.Blank).ToArray();
        if (skipped.Length > 0)
        {
            var contiguous = skipped.Sum(r => r.To - r.From + 1) == skipped.Max(r => r.To) - skipped.Min(r => r.From) + 1;
            var spans = contiguous ? Span(new RowSpan(skipped.Min(r => r.From), skipped.Max(r => r.To), RowRole.Blank)) : string.Join(separator, skipped.Select(Span));
            lines.Add(string.Format(CultureInfo.InvariantCulture, T("import.rows.skipped"), spans,
                string.Join(separator, skipped.Select(r => T($"import.rows.{r.Role}")).Distinct())));
        }

        foreach (var group in layout.Rows.Where(r => r.Role is not (RowRole.Title or RowRole.UnitLine or RowRole.Blank)).GroupBy(r => r.Role))
        {
            lines.Add($"{T($"import.rows.{group.Key}")}{T("text.colon")}{string.Join(separator, group.Select(Span))}");
        }

        return lines;
    }

    private static ImportColumnRow Column(ColumnLayout column, Lang lang)
    {
        string T(string key) => UiText.Get(lang, key);
        var unit = column.Unit is null ? T("import.unitSource.None") : $"{column.Unit} ({T($"import.unitSource.{column.UnitSource}")})";
        return new ImportColumnRow(column.Cell, column.Header, column.Area ?? "", unit, column.IndicatorCode ?? "—",
            column.Fate == ColumnFate.OtherArea ? "" : T($"import.how.{column.Mapping}"), column.Conversion ?? "",
            T($"import.fate.{column.Fate}"), column.Fate is ColumnFate.UnitMismatch or ColumnFate.Duplicate);
    }

    private static string Total(TotalCheck check, Lang lang)
    {
        string T(string key) => UiText.Get(lang, key);
        string N(decimal d) => d.ToString("0.##########", CultureInfo.InvariantCulture);
        var outcome = check.Outcome switch
        {
            TotalOutcome.Agrees => T("import.total.Agrees"),
            TotalOutcome.Differs => string.Format(CultureInfo.InvariantCulture, T("import.total.Differs"), N(check.Difference)),
            _ => string.Format(CultureInfo.InvariantCulture, T("import.total.NotAllCities"), check.CitiesListed, check.CitiesInProvince),
        };
        return string.Format(CultureInfo.InvariantCulture, T("import.total.line"), check.Cell, check.TotalLabel, check.Header,
            N(check.CitySum), N(check.Total), N(check.Tolerance), outcome);
    }
}
