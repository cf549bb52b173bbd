namespace AggloDashboard.Data.Validation;

/// <summary>
/// One problem found in a dataset folder. <paramref name="Line"/> is the 1-based physical line of the file
/// (the header is line 1); <paramref name="Column"/> is the CSV column name.
/// </summary>
public sealed record DataProblem(string File, int? Line, string? Column, string Message, ProblemSeverity Severity)
{
    /// <summary>Formats as <c>panel.csv:17: column 'value': 'abc' is not a number</c>; warnings say so after the location.</summary>
    public override string ToString()
    {
        var location = Line is null ? File : $"{File}:{Line}";
        var severity = Severity == ProblemSeverity.Warning ? "warning: " : "";
        var column = Column is null ? "" : $"column '{Column}': ";
        return $"{location}: {severity}{column}{Message}";
    }
}
