namespace AggloDashboard.Data.Validation;

/// <summary>
/// One problem found in a dataset folder or an imported file. <paramref name="Line"/> is the 1-based physical line
/// of the file or row of the sheet (the header is line 1); <paramref name="Column"/> is the column's name.
/// </summary>
public sealed record DataProblem(string File, int? Line, string? Column, string Message, ProblemSeverity Severity)
{
    /// <summary>The worksheet of an imported workbook, or null for CSV files.</summary>
    public string? Sheet { get; init; }

    /// <summary>The message in Chinese where one is written (a file the import cannot read at all), else null.</summary>
    public string? MessageZh { get; init; }

    /// <summary>Formats as <c>panel.csv:17: column 'value': 'abc' is not a number</c>; warnings say so after the location.</summary>
    public override string ToString()
    {
        var file = Sheet is null ? File : $"{File}[{Sheet}]";
        var location = Line is null ? file : $"{file}:{Line}";
        var severity = Severity == ProblemSeverity.Warning ? "warning: " : "";
        var column = Column is null ? "" : $"column '{Column}': ";
        return $"{location}: {severity}{column}{Message}";
    }
}
