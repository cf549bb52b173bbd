using AggloDashboard.Core.Domain;

namespace AggloDashboard.Data.Tests.Folder;

public sealed class PanelFileTests
{
    [Fact]
    public void Unknown_region_code_is_an_error()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        var line = folder.AppendLine("panel.csv", "220600,2019,emp.total,30");

        var error = ProblemAssert.SingleError(folder.Read(), "panel.csv", line, "region_code");

        Assert.Equal("'220600' is not a code in regions.csv", error.Message);
    }

    [Fact]
    public void Empty_region_code_is_an_error()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        var line = folder.AppendLine("panel.csv", ",2019,emp.total,30");

        var error = ProblemAssert.SingleError(folder.Read(), "panel.csv", line, "region_code");

        Assert.Equal("empty: expected a code from regions.csv", error.Message);
    }

    [Fact]
    public void Empty_indicator_code_is_an_error()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        var line = folder.AppendLine("panel.csv", "220100,2019,,7000");

        var error = ProblemAssert.SingleError(folder.Read(), "panel.csv", line, "indicator");

        Assert.Equal("empty: expected a code from indicators.csv", error.Message);
    }

    [Fact]
    public void Rows_referring_to_a_region_or_indicator_with_another_problem_are_not_reported_again()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.ReplaceLine("regions.csv", 3, "220100,长春市,Changchun,city,220000");
        folder.ReplaceLine("indicators.csv", 3, "emp.mfg,制造业从业人员,Manufacturing employment,10k persons,manufacturing,0");

        var result = folder.Read();

        Assert.Equal(
        [
            "regions.csv:3: column 'level': 'city' is not a level: use province or prefecture",
            "indicators.csv:3: column 'direction': '0' is not a direction: use 1 (more is better) or -1 (less is better)",
            "indicators.csv: column 'subsystem': no indicator has subsystem 'manufacturing': exactly one is required",
        ], result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Unknown_indicator_code_is_an_error()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        var line = folder.AppendLine("panel.csv", "220100,2019,gdp,7000");

        var error = ProblemAssert.SingleError(folder.Read(), "panel.csv", line, "indicator");

        Assert.Equal("'gdp' is not a code in indicators.csv", error.Message);
    }

    [Theory]
    [InlineData("2019.0", "'2019.0' is not a year (an integer from 1949 to 2100)")]
    [InlineData("FY2019", "'FY2019' is not a year (an integer from 1949 to 2100)")]
    [InlineData("", "'' is not a year (an integer from 1949 to 2100)")]
    [InlineData("1948", "1948 is outside 1949..2100")]
    [InlineData("2101", "2101 is outside 1949..2100")]
    public void Year_that_is_not_an_integer_in_range_is_an_error(string year, string message)
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        var line = folder.AppendLine("panel.csv", $"220100,{year},emp.total,100");

        var error = ProblemAssert.SingleError(folder.Read(), "panel.csv", line, "year");

        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("1949")]
    [InlineData("2100")]
    public void Years_at_the_ends_of_the_range_are_accepted(string year)
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.AppendLine("panel.csv", $"220100,{year},emp.total,100");

        Assert.Empty(folder.Read().Problems);
    }

    [Theory]
    [InlineData("abc", "'abc' is not a number")]
    [InlineData("12.5.1", "'12.5.1' is not a number")]
    [InlineData("1 234", "'1 234' is not a number")]
    [InlineData("\"1,234\"", "'1,234' is not a number: use '.' as the decimal point and no thousands separators")]
    [InlineData("\"0,5\"", "'0,5' is not a number: use '.' as the decimal point and no thousands separators")]
    [InlineData("NaN", "'NaN' is not a finite number")]
    [InlineData("Infinity", "'Infinity' is not a finite number")]
    [InlineData("-Infinity", "'-Infinity' is not a finite number")]
    [InlineData("1e999", "'1e999' is not a finite number")]
    public void Value_that_is_not_a_finite_number_is_an_error(string value, string message)
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        var line = folder.AppendLine("panel.csv", $"220100,2021,innov.rd,{value}");

        var error = ProblemAssert.SingleError(folder.Read(), "panel.csv", line, "value");

        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("1.5e3", 1500)]
    [InlineData("2E-2", 0.02)]
    [InlineData("-0.25", -0.25)]
    [InlineData(".5", 0.5)]
    [InlineData("+7", 7)]
    public void Values_are_read_culture_invariant_with_scientific_notation(string value, double expected)
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.AppendLine("panel.csv", $"220100,2021,innov.energy,{value}");

        var result = folder.Read();

        Assert.Empty(result.Problems);
        Assert.Contains(new Observation("220100", 2021, "innov.energy", expected), result.Dataset!.Observations);
    }

    [Theory]
    [InlineData("emp.total", "employment_total")]
    [InlineData("emp.mfg", "manufacturing")]
    [InlineData("emp.ps.finance", "producer_services")]
    [InlineData("emp.other", "employment_other")]
    public void Negative_employment_is_an_error(string indicator, string subsystem)
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.AppendLine("indicators.csv", "emp.other,其他行业从业人员,Other employment,10k persons,employment_other,1");
        var line = folder.AppendLine("panel.csv", $"220100,2021,{indicator},-1.5");

        var error = ProblemAssert.SingleError(folder.Read(), "panel.csv", line, "value");

        Assert.Equal($"-1.5 is negative, but '{indicator}' counts employment ({subsystem})", error.Message);
    }

    [Fact]
    public void Negative_value_of_an_indicator_that_is_not_employment_is_accepted()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.AppendLine("panel.csv", "220100,2021,innov.rd,-3");

        Assert.Empty(folder.Read().Problems);
    }

    [Fact]
    public void Duplicate_row_names_the_line_it_duplicates()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        var line = folder.AppendLine("panel.csv", "220200,2019,emp.mfg,14.3");

        var error = ProblemAssert.SingleError(folder.Read(), "panel.csv", line, null);

        Assert.Equal("duplicate of line 17: same region_code, year and indicator (220200, 2019, emp.mfg)", error.Message);
    }

    [Fact]
    public void Every_problem_is_reported_not_just_the_first()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.ReplaceLine("regions.csv", 3, "22010,长春市,Changchun,prefecture,220000");
        folder.AppendLine("indicators.csv", "gdp,地区生产总值,GDP,100m yuan,economy,2");
        folder.AppendLine("panel.csv", "220200,20x9,emp.total,abc");
        folder.AppendLine("panel.csv", "220200,2021,emp.total,1,2");

        var result = folder.Read();

        Assert.Equal(
        [
            "regions.csv:3: column 'code': '22010' is not a 6-digit GB/T 2260 region code",
            "indicators.csv:9: column 'subsystem': 'economy' is not a subsystem: use one of employment_total, manufacturing, " +
            "producer_services, employment_other, innovation_input, innovation_output, innovation_benefit, driver, context",
            "indicators.csv:9: column 'direction': '2' is not a direction: use 1 (more is better) or -1 (less is better)",
        ], result.Problems.Take(3).Select(p => p.ToString()));
        Assert.Contains("panel.csv:44: column 'year': '20x9' is not a year (an integer from 1949 to 2100)",
            result.Problems.Select(p => p.ToString()));
        Assert.Contains("panel.csv:44: column 'value': 'abc' is not a number", result.Problems.Select(p => p.ToString()));
        Assert.Contains("panel.csv:45: 4 fields expected, 5 found", result.Problems.Select(p => p.ToString()));
        Assert.Equal(14, result.Problems.Count(p => p.Column == "region_code"));
        Assert.Null(result.Dataset);
    }
}
