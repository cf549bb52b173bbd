namespace AggloDashboard.Data.Import;

/// <summary>The layout of an imported table.</summary>
public enum ImportShape
{
    /// <summary>The dataset folder's panel: columns region_code, year, indicator, value.</summary>
    Long,

    /// <summary>A yearbook table: one row per city, one column per indicator (Chinese headers), one sheet or file per year.</summary>
    Yearbook,
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
public sealed record ImportRequest(
    string FileName,
    byte[] Content,
    ImportShape Shape,
    ImportMode Mode = ImportMode.Update,
    IReadOnlyList<string>? Sheets = null,
    int? Year = null,
    IndicatorMapping? Mapping = null);
