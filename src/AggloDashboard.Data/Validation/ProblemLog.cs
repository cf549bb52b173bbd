namespace AggloDashboard.Data.Validation;

/// <summary>Collects every problem found while reading a dataset, in the order they were found.</summary>
internal sealed class ProblemLog
{
    private readonly List<DataProblem> _problems = [];

    public IReadOnlyList<DataProblem> Problems => _problems;

    public bool HasErrors => _problems.Any(p => p.Severity == ProblemSeverity.Error);

    public void Error(string file, int? line, string? column, string message) =>
        _problems.Add(new DataProblem(file, line, column, message, ProblemSeverity.Error));

    public void Warning(string file, int? line, string? column, string message) =>
        _problems.Add(new DataProblem(file, line, column, message, ProblemSeverity.Warning));

    public void Error(CellRef at, string message) =>
        _problems.Add(new DataProblem(at.File, at.Line, at.Column, message, ProblemSeverity.Error) { Sheet = at.Sheet });

    public void Warning(CellRef at, string message) =>
        _problems.Add(new DataProblem(at.File, at.Line, at.Column, message, ProblemSeverity.Warning) { Sheet = at.Sheet });
}
