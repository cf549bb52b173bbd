namespace AggloDashboard.Data.Tests.Folder;

public sealed class EmploymentSumWarningTests
{
    [Fact]
    public void Sectors_above_the_total_are_a_warning_at_the_total_row()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.AppendLine("indicators.csv", "emp.other,其他行业从业人员,Other employment,10k persons,employment_other,1");
        var totalLine = folder.AppendLine("panel.csv", "220100,2021,emp.total,10");
        folder.AppendLine("panel.csv", "220100,2021,emp.mfg,4");
        folder.AppendLine("panel.csv", "220100,2021,emp.ps.finance,2");
        folder.AppendLine("panel.csv", "220100,2021,emp.ps.it,1.5");
        folder.AppendLine("panel.csv", "220100,2021,emp.other,3");

        var warning = ProblemAssert.SingleWarning(folder.Read(), "panel.csv", totalLine, "value");

        Assert.Equal("220100 in 2021: manufacturing + producer services + other employment = 10.5, more than emp.total = 10",
            warning.Message);
    }

    [Fact]
    public void Sectors_that_add_up_to_the_total_give_no_warning_despite_rounding()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.AppendLine("panel.csv", "220100,2021,emp.total,0.3");
        folder.AppendLine("panel.csv", "220100,2021,emp.mfg,0.1");
        folder.AppendLine("panel.csv", "220100,2021,emp.ps.finance,0.2");

        Assert.Empty(folder.Read().Problems);
    }

    [Fact]
    public void Missing_total_or_sector_values_are_left_out_of_the_check()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.AppendLine("panel.csv", "220100,2021,emp.total,");
        folder.AppendLine("panel.csv", "220100,2021,emp.mfg,50");
        folder.AppendLine("panel.csv", "220200,2021,emp.total,5");
        folder.AppendLine("panel.csv", "220200,2021,emp.mfg,");
        folder.AppendLine("panel.csv", "220200,2021,emp.ps.finance,4");

        Assert.Empty(folder.Read().Problems);
    }
}
