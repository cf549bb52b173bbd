using System.Globalization;

namespace AggloDashboard.Data.Import;

/// <summary>What a run of rows of a printed table is.</summary>
public enum RowRole
{
    Title,
    UnitLine,
    Blank,
    Header,
    Data,

    /// <summary>A province or total row: not imported, used to check the cities' sum.</summary>
    Total,

    /// <summary>A row label without values in a city sheet ("一、综合"): a section heading.</summary>
    Section,

    /// <summary>A footnote or source line ("注：", "资料来源") and everything below it.</summary>
    Footnote,
}

/// <summary>Rows <see cref="From"/>..<see cref="To"/> (1-based, as the sheet numbers them) and what they are.</summary>
public sealed record RowSpan(int From, int To, RowRole Role)
{
    public override string ToString() => From == To ? $"row {From}" : $"rows {From}-{To}";
}

/// <summary>How a printed table is laid out.</summary>
public enum TableOrientation
{
    /// <summary>A row per city, a column per indicator (the provincial yearbook's tables, the city yearbook's).</summary>
    CitiesInRows,

    /// <summary>One city's sheet: a row per indicator, a column per year ("长春市主要经济指标").</summary>
    YearsInColumns,
}

/// <summary>Where a sheet's year was read.</summary>
public enum YearSource
{
    Given,
    SheetName,
    Title,
    FileName,
    Columns,
}

/// <summary>Where a column's unit was read.</summary>
public enum UnitSource
{
    /// <summary>Not printed: the values are taken to be in the indicator's unit.</summary>
    None,
    UnitLine,
    Header,
    UnitColumn,
}

/// <summary>What became of a column (or of a city sheet's row).</summary>
public enum ColumnFate
{
    Imported,
    Unmapped,

    /// <summary>The other area of a 全市 / 市辖区 table.</summary>
    OtherArea,

    /// <summary>Mapped, but its unit cannot be converted to the indicator's: an error.</summary>
    UnitMismatch,

    /// <summary>Mapped to an indicator another column already maps to: an error.</summary>
    Duplicate,
}

/// <summary>One column of a printed table (one row label of a city sheet) and how it is read.</summary>
/// <param name="Cell">The header cell, e.g. "C4".</param>
/// <param name="Header">The header as mapped: group and sub-header joined with " / ".</param>
/// <param name="PowerOfTen">The conversion to the indicator's unit (人 → 万人 is -4), or null when none applies.</param>
public sealed record ColumnLayout(
    string Cell,
    string Header,
    string? Area,
    string? Unit,
    UnitSource UnitSource,
    string? IndicatorCode,
    string? IndicatorUnit,
    MappingSource Mapping,
    int? PowerOfTen,
    ColumnFate Fate)
{
    /// <summary>"人 → 万人 ÷10,000", "万元 → 元 ×10,000", or null when nothing is converted.</summary>
    public string? Conversion => PowerOfTen is { } p and not 0 && Unit is not null
        ? $"{Unit} → {IndicatorUnit} {(p > 0 ? "×" : "÷")}{Math.Pow(10, Math.Abs(p)).ToString("N0", CultureInfo.InvariantCulture)}"
        : null;
}

/// <summary>How a total row's check came out.</summary>
public enum TotalOutcome
{
    Agrees,
    Differs,

    /// <summary>Not checked: the table lists only some of the province's cities.</summary>
    NotAllCities,
}

/// <summary>The cities of one column summed against the table's total row, within the table's rounding.</summary>
public sealed record TotalCheck(string Cell, string Header, string TotalLabel, decimal CitySum, decimal Total, decimal Tolerance,
    TotalOutcome Outcome, int CitiesListed, int CitiesInProvince)
{
    public decimal Difference => CitySum - Total;
}

/// <summary>How one sheet of a printed workbook was read, for the preview and the CLI.</summary>
public sealed record SheetLayout(
    string File,
    string? Sheet,
    TableOrientation Orientation,
    int? Year,
    YearSource? YearSource,
    string? Title,
    string? CityCode,
    IReadOnlyList<RowSpan> Rows,
    IReadOnlyList<ColumnLayout> Columns,
    IReadOnlyList<TotalCheck> Totals,
    int MissingValues,
    IReadOnlyList<string> Repairs)
{
    public string Name => Sheet ?? File;

    /// <summary>
    /// One line in English, e.g. "2023年: year 2023 (sheet name); rows 1-2 skipped: title, unit line; header rows 3-4;
    /// 9 cities in rows 5-13; row 14 total".
    /// </summary>
    public string Summary()
    {
        var parts = new List<string>();
        parts.Add(Year is { } y ? $"year {y} ({Describe(YearSource)})" : Orientation == TableOrientation.YearsInColumns ? "years in columns" : "year unknown");
        if (CityCode is not null)
        {
            parts.Add($"city {CityCode}");
        }

        var skipped = Rows.Where(r => r.Role is RowRole.Title or RowRole.UnitLine or RowRole.Blank).ToArray();
        if (skipped.Length > 0)
        {
            parts.Add($"{Span(skipped)} skipped: {string.Join(", ", skipped.Select(r => Describe(r.Role)).Distinct())}");
        }

        foreach (var spans in Rows.Where(r => r.Role is not (RowRole.Title or RowRole.UnitLine or RowRole.Blank)).GroupBy(r => r.Role))
        {
            parts.Add($"{Describe(spans.Key)}: {string.Join(", ", spans.Select(s => s.ToString()))}");
        }

        if (MissingValues > 0)
        {
            parts.Add($"{MissingValues} value(s) printed as missing");
        }

        return $"{Name}: {string.Join("; ", parts)}";
    }

    private static string Span(IEnumerable<RowSpan> spans)
    {
        var list = spans.ToArray();
        var first = list.Min(s => s.From);
        var last = list.Max(s => s.To);
        var count = list.Sum(s => s.To - s.From + 1);
        return count == last - first + 1 ? new RowSpan(first, last, RowRole.Blank).ToString() : string.Join(", ", list.Select(s => s.ToString()));
    }

    private static string Describe(RowRole role) => role switch
    {
        RowRole.Title => "title",
        RowRole.UnitLine => "unit line",
        RowRole.Blank => "blank",
        RowRole.Header => "header",
        RowRole.Data => "data",
        RowRole.Total => "total (checked, not imported)",
        RowRole.Section => "section headings",
        _ => "footnote",
    };

    private static string Describe(YearSource? source) => source switch
    {
        Import.YearSource.Given => "given",
        Import.YearSource.SheetName => "sheet name",
        Import.YearSource.Title => "title",
        Import.YearSource.FileName => "file name",
        _ => "columns",
    };
}
