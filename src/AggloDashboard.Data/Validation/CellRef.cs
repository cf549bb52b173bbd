namespace AggloDashboard.Data.Validation;

/// <summary>Where a value was read: file, worksheet (workbooks only), 1-based line or row, and column name.</summary>
internal readonly record struct CellRef(string File, string? Sheet, int? Line, string? Column)
{
    public string Describe() => new DataProblem(File, Line, Column, "", ProblemSeverity.Error) { Sheet = Sheet }.ToString().TrimEnd(' ', ':');
}
