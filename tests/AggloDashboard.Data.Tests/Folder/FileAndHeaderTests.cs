using AggloDashboard.Data.Folder;

namespace AggloDashboard.Data.Tests.Folder;

public sealed class FileAndHeaderTests
{
    [Theory]
    [InlineData("regions.csv")]
    [InlineData("indicators.csv")]
    [InlineData("panel.csv")]
    public void Missing_file_is_an_error_naming_it(string file)
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.Delete(file);

        var error = ProblemAssert.SingleError(folder.Read(), file, null, null);

        Assert.Equal("file not found", error.Message);
    }

    [Fact]
    public void Missing_folder_is_an_error_naming_it()
    {
        var path = Path.Combine(Path.GetTempPath(), "agglo-reader-does-not-exist");

        var result = DatasetFolderReader.Read(path);

        var error = ProblemAssert.SingleError(result, path, null, null);
        Assert.Equal("folder not found", error.Message);
    }

    [Theory]
    [InlineData("regions.csv", "code,name_zh,level,parent_code", "name_en")]
    [InlineData("regions.csv", "code,name_zh,name_en,level,parent", "parent_code")]
    [InlineData("indicators.csv", "code,name_zh,name_en,unit,direction", "subsystem")]
    [InlineData("indicators.csv", "code,name_zh,name_en,units,subsystem,direction", "unit")]
    [InlineData("panel.csv", "region,year,indicator,value", "region_code")]
    [InlineData("panel.csv", "region_code,year,indicator", "value")]
    public void Header_without_an_expected_column_names_that_column(string file, string header, string missingColumn)
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.ReplaceLine(file, 1, header);

        var error = ProblemAssert.HasError(folder.Read(), file, 1, missingColumn);

        Assert.StartsWith("missing from the header (expected ", error.Message);
    }

    [Fact]
    public void Header_with_a_misspelt_column_reports_only_the_header()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.ReplaceLine("panel.csv", 1, "region_code,year,indicator,valeu");

        var result = folder.Read();

        Assert.Equal(
        [
            "panel.csv:1: column 'value': missing from the header (expected region_code,year,indicator,value)",
            "panel.csv:1: warning: column 'valeu': not a column of panel.csv: ignored (expected region_code,year,indicator,value)",
        ], result.Problems.Select(p => p.ToString()));
        Assert.Null(result.Dataset);
    }

    [Fact]
    public void Repeated_header_column_is_an_error()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.ReplaceLine("regions.csv", 1, "code,name_zh,name_en,level,parent_code,code");

        var error = ProblemAssert.SingleError(folder.Read(), "regions.csv", 1, "code");

        Assert.Equal("appears more than once in the header", error.Message);
    }

    [Fact]
    public void Empty_file_is_an_error_asking_for_the_header()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.Write("indicators.csv", "");

        var error = ProblemAssert.SingleError(folder.Read(), "indicators.csv", 1, null);

        Assert.Equal("the file is empty: expected the header code,name_zh,name_en,unit,subsystem,direction", error.Message);
    }

    [Fact]
    public void Invalid_utf8_is_an_error_at_its_line()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        var gbkEncodedChangchun = new byte[] { 0xB3, 0xA4, 0xB4, 0xBA, 0xCA, 0xD0 };
        var bytes = "code,name_zh,name_en,level,parent_code\n220000,吉林省,Jilin,province,\n220100,"u8.ToArray()
            .Concat(gbkEncodedChangchun).Concat(",Changchun,prefecture,220000\n"u8.ToArray()).ToArray();
        File.WriteAllBytes(folder.FilePath("regions.csv"), bytes);

        var error = ProblemAssert.SingleError(folder.Read(), "regions.csv", 3, null);

        Assert.Equal("not valid UTF-8 text: save the file as UTF-8", error.Message);
    }

    [Theory]
    [InlineData("220100,2021,emp.total", 3)]
    [InlineData("220100,2021,emp.total,1,2", 5)]
    public void Panel_row_with_the_wrong_number_of_fields_is_an_error(string row, int fields)
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        var line = folder.AppendLine("panel.csv", row);

        var error = ProblemAssert.SingleError(folder.Read(), "panel.csv", line, null);

        Assert.Equal($"4 fields expected, {fields} found", error.Message);
    }

    [Fact]
    public void Region_row_without_its_trailing_empty_parent_field_is_an_error()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.ReplaceLine("regions.csv", 2, "220000,吉林省,Jilin,province");

        var error = ProblemAssert.HasError(folder.Read(), "regions.csv", 2, null);

        Assert.Equal("5 fields expected, 4 found", error.Message);
    }

    [Fact]
    public void Malformed_quoting_is_an_error_at_its_line()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.ReplaceLine("indicators.csv", 3, "emp.mfg,制造业从业人员,\"Manufacturing\" employment,10k persons,manufacturing,1");

        var error = ProblemAssert.SingleError(folder.Read(), "indicators.csv", 3, null);

        Assert.Equal("malformed quoting (text after a closing quote)", error.Message);
    }

    [Fact]
    public void Lines_are_physical_lines_counting_line_breaks_inside_quotes_and_empty_lines()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.ReplaceLine("regions.csv", 2, "220000,吉林省,\"Jilin\nProvince\",province,\n");
        var line = folder.AppendLine("regions.csv", "220900,测试,Test,city,220000");

        var error = ProblemAssert.SingleError(folder.Read(), "regions.csv", line, "level");

        Assert.Equal(8, line);
        Assert.Equal("'city' is not a level: use province or prefecture", error.Message);
    }
}
