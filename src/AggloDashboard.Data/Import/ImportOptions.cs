namespace AggloDashboard.Data.Import;

/// <summary>The layout of an imported table.</summary>
public enum ImportShape
{
    /// <summary>The dataset folder's panel: columns region_code, year, indicator, value.</summary>
    Long,

    /// <summary>
    /// A table as a yearbook prints it: titles, unit lines, one- to three-row headers, total and footnote rows
    /// around a row per city and a column per indicator (one sheet per year), or one city's sheet with a column per year.
    /// </summary>
    Yearbook,

    /// <summary>The long format when the first row is its header, else a yearbook table.</summary>
    Detect,
}

/// <summary>Which column group of a China City Statistical Yearbook table is read.</summary>
public enum ImportArea
{
    /// <summary>全市: the whole city, counties included (the default).</summary>
    City,

    /// <summary>市辖区: the city's districts only.</summary>
    District,
}

/// <summary>What happens to the active dataset's values that the imported file does not mention.</summary>
public enum ImportMode
{
    /// <summary>The file's values replace or add to the active ones; every other value is kept.</summary>
    Update,

    /// <summary>For each year in the file, the file is complete: that year's values not in the file are removed.</summary>
    ReplaceYears,

    /// <summary>The file is the whole panel: every value not in it is removed.</summary>
    ReplaceAll,
}

/// <summary>One import: the uploaded file and how to read it.</summary>
/// <param name="Sheets">Only these worksheets of a workbook; empty means the long format's <c>panel</c> sheet
/// (or the first sheet), or every sheet for a yearbook.</param>
/// <param name="Year">The year of a yearbook table whose sheet or file name does not say it.</param>
/// <param name="Mapping">Column header to indicator code for a yearbook; headers it lacks get a suggestion.</param>
/// <param name="Area">The 全市 or 市辖区 columns of a table that prints both.</param>
public sealed record ImportRequest(
    string FileName,
    byte[] Content,
    ImportShape Shape,
    ImportMode Mode = ImportMode.Update,
    IReadOnlyList<string>? Sheets = null,
    int? Year = null,
    IndicatorMapping? Mapping = null,
    ImportArea Area = ImportArea.City);
