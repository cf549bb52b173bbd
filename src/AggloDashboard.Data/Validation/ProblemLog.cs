namespace AggloDashboard.Data.Validation;

/// <summary>
/// Collects the problems found while reading a dataset, in the order they were found. With a limit, only the first
/// problems are kept; the others are counted, so a file with a million bad rows costs a number, not a million messages.
/// </summary>
internal sealed class ProblemLog(int maxKept = int.MaxValue)
{
    private readonly List<DataProblem> _problems = [];
    private int _errors;

    public IReadOnlyList<DataProblem> Problems => _problems;

    public bool HasErrors => _errors > 0;

    public int ErrorCount => _errors;

    /// <summary>Problems found beyond the limit and not kept.</summary>
    public int Omitted { get; private set; }

    public void Error(string file, int? line, string? column, string message) =>
        Add(new DataProblem(file, line, column, message, ProblemSeverity.Error));

    public void Warning(string file, int? line, string? column, string message) =>
        Add(new DataProblem(file, line, column, message, ProblemSeverity.Warning));

    /// <summary>An error with its message in Chinese as well, for the import page.</summary>
    public void Error(string file, int? line, string? column, string message, string messageZh) =>
        Add(new DataProblem(file, line, column, message, ProblemSeverity.Error) { MessageZh = messageZh });

    public void Error(CellRef at, string message, string messageZh) =>
        Add(new DataProblem(at.File, at.Line, at.Column, message, ProblemSeverity.Error) { Sheet = at.Sheet, MessageZh = messageZh });

    public void Error(CellRef at, string message) =>
        Add(new DataProblem(at.File, at.Line, at.Column, message, ProblemSeverity.Error) { Sheet = at.Sheet });

    public void Warning(CellRef at, string message) =>
        Add(new DataProblem(at.File, at.Line, at.Column, message, ProblemSeverity.Warning) { Sheet = at.Sheet });

    private void Add(DataProblem problem)
    {
        if (problem.Severity == ProblemSeverity.Error)
        {
            _errors++;
        }

        if (_problems.Count < maxKept)
        {
            _problems.Add(problem);
        }
        else
        {
            Omitted++;
        }
    }
}
