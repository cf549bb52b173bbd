using AggloDashboard.Data.Validation;

namespace AggloDashboard.Data.Tests.Folder;

public sealed class DataProblemTests
{
    [Fact]
    public void Error_with_line_and_column_reads_like_a_compiler_message()
    {
        var problem = new DataProblem("panel.csv", 17, "value", "'abc' is not a number", ProblemSeverity.Error);

        Assert.Equal("panel.csv:17: column 'value': 'abc' is not a number", problem.ToString());
    }

    [Fact]
    public void Problem_without_line_or_column_names_the_file_only()
    {
        var problem = new DataProblem("regions.csv", null, null, "file not found", ProblemSeverity.Error);

        Assert.Equal("regions.csv: file not found", problem.ToString());
    }

    [Fact]
    public void Warning_says_so_after_the_location()
    {
        var problem = new DataProblem("panel.csv", 5, "value", "sectors exceed the total", ProblemSeverity.Warning);

        Assert.Equal("panel.csv:5: warning: column 'value': sectors exceed the total", problem.ToString());
    }
}
