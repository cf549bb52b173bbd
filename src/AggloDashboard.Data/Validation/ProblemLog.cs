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
}
