namespace AggloDashboard.Data.Tests.Folder;

public sealed class IndicatorsFileTests
{
    [Fact]
    public void Empty_indicator_code_is_an_error()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        var line = folder.AppendLine("indicators.csv", ",地区生产总值,GDP,100m yuan,driver,1");

        var error = ProblemAssert.SingleError(folder.Read(), "indicators.csv", line, "code");

        Assert.Equal("the indicator code is empty", error.Message);
    }

    [Fact]
    public void Duplicate_indicator_code_names_the_first_line()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        var line = folder.AppendLine("indicators.csv", "innov.rd,R&D人员,R&D personnel,persons,innovation_input,1");

        var error = ProblemAssert.SingleError(folder.Read(), "indicators.csv", line, "code");

        Assert.Equal("duplicate indicator code 'innov.rd' (first on line 6)", error.Message);
    }

    [Fact]
    public void Unknown_subsystem_is_an_error_listing_the_allowed_ones()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        var line = folder.AppendLine("indicators.csv", "gdp,地区生产总值,GDP,100m yuan,economy,1");

        var error = ProblemAssert.SingleError(folder.Read(), "indicators.csv", line, "subsystem");

        Assert.Equal("'economy' is not a subsystem: use one of employment_total, manufacturing, producer_services, " +
                     "employment_other, innovation_input, innovation_output, innovation_benefit, driver, context",
            error.Message);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("2")]
    [InlineData("+1")]
    [InlineData("-1.0")]
    [InlineData("positive")]
    [InlineData("")]
    public void Direction_other_than_1_or_minus_1_is_an_error(string direction)
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        var line = folder.AppendLine("indicators.csv", $"gdp,地区生产总值,GDP,100m yuan,driver,{direction}");

        var error = ProblemAssert.SingleError(folder.Read(), "indicators.csv", line, "direction");

        Assert.Equal($"'{direction}' is not a direction: use 1 (more is better) or -1 (less is better)", error.Message);
    }

    [Theory]
    [InlineData("employment_total", "exactly one")]
    [InlineData("manufacturing", "exactly one")]
    [InlineData("producer_services", "at least one")]
    [InlineData("innovation_input", "at least one")]
    [InlineData("innovation_output", "at least one")]
    [InlineData("innovation_benefit", "at least one")]
    public void Required_subsystem_without_indicators_is_an_error_naming_it(string subsystem, string required)
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.Edit("indicators.csv", text => text.Replace($",{subsystem},", ",context,"));

        var error = ProblemAssert.SingleError(folder.Read(), "indicators.csv", null, "subsystem");

        Assert.Equal($"no indicator has subsystem '{subsystem}': {required} is required", error.Message);
    }

    [Theory]
    [InlineData("employment_total")]
    [InlineData("manufacturing")]
    public void Second_indicator_of_a_single_subsystem_is_an_error_naming_both_lines(string subsystem)
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.ReplaceLine("indicators.csv", 5, $"emp.ps.it,信息技术从业人员,IT employment,10k persons,{subsystem},1");

        var error = ProblemAssert.SingleError(folder.Read(), "indicators.csv", null, "subsystem");

        var firstLine = subsystem == "employment_total" ? 2 : 3;
        Assert.Equal($"2 indicators have subsystem '{subsystem}' (lines {firstLine}, 5): exactly one is required", error.Message);
    }

    [Fact]
    public void Optional_subsystems_may_be_absent_or_repeated()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.AppendLine("indicators.csv", "gdp,地区生产总值,GDP,100m yuan,driver,1");
        folder.AppendLine("indicators.csv", "pop,常住人口,Resident population,10k persons,driver,1");

        Assert.Empty(folder.Read().Problems);
    }
}
