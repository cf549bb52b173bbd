using AggloDashboard.Data.Folder;
using AggloDashboard.Data.Validation;

namespace AggloDashboard.Data.Tests.Folder;

/// <summary>Assertions on the problems of a read, which list every problem when they fail.</summary>
internal static class ProblemAssert
{
    /// <summary>The read failed with exactly one error, at this place; returns it for checks on its message.</summary>
    public static DataProblem SingleError(DatasetReadResult result, string file, int? line, string? column)
    {
        var errors = Errors(result);
        Assert.True(errors.Length == 1, $"expected one error, found:\n{List(result)}");
        AssertPlace(errors[0], file, line, column, result);
        Assert.Null(result.Dataset);
        Assert.False(result.IsValid);
        return errors[0];
    }

    /// <summary>The read failed, and one of its errors is at this place.</summary>
    public static DataProblem HasError(DatasetReadResult result, string file, int? line, string? column)
    {
        var matching = Errors(result).Where(e => e.File == file && e.Line == line && e.Column == column).ToArray();
        Assert.True(matching.Length == 1, $"expected one error at {file}:{line} column {column}, found:\n{List(result)}");
        Assert.Null(result.Dataset);
        return matching[0];
    }

    /// <summary>The read succeeded with exactly one warning, at this place; returns it.</summary>
    public static DataProblem SingleWarning(DatasetReadResult result, string file, int? line, string? column)
    {
        Assert.True(result.Problems.Count == 1, $"expected one warning, found:\n{List(result)}");
        var warning = result.Problems[0];
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        AssertPlace(warning, file, line, column, result);
        Assert.NotNull(result.Dataset);
        Assert.True(result.IsValid);
        return warning;
    }

    private static DataProblem[] Errors(DatasetReadResult result) =>
        result.Problems.Where(p => p.Severity == ProblemSeverity.Error).ToArray();

    private static void AssertPlace(DataProblem problem, string file, int? line, string? column, DatasetReadResult result) =>
        Assert.True(problem.File == file && problem.Line == line && problem.Column == column,
            $"expected the problem at {file}:{line} column {column}, found:\n{List(result)}");

    private static string List(DatasetReadResult result) =>
        result.Problems.Count == 0 ? "(no problems)" : string.Join('\n', result.Problems);
}
