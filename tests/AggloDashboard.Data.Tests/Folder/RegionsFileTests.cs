using AggloDashboard.Data.Folder;

namespace AggloDashboard.Data.Tests.Folder;

public sealed class RegionsFileTests
{
    [Fact]
    public void Empty_region_code_is_an_error()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        var line = folder.AppendLine("regions.csv", ",白山市,Baishan,prefecture,220000");

        var error = ProblemAssert.SingleError(folder.Read(), "regions.csv", line, "code");

        Assert.Equal("the region code is empty", error.Message);
    }

    [Fact]
    public void Several_provinces_each_with_its_prefectures_are_valid()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.AppendLine("regions.csv", "210000,辽宁省,Liaoning,province,");
        folder.ReplaceLine("regions.csv", 5, "220300,四平市,Siping,prefecture,210000");

        var result = folder.Read();

        Assert.Empty(result.Problems);
        Assert.Equal(["210000", "220000"], result.Dataset!.Regions.Where(r => r.Level == Core.Domain.RegionLevel.Province).Select(r => r.Code));
        Assert.Equal("210000", result.Dataset.Regions.Single(r => r.Code == "220300").ParentCode);
    }

    [Fact]
    public void Duplicate_region_code_names_the_first_line()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        var line = folder.AppendLine("regions.csv", "220100,长春,Changchun again,prefecture,220000");

        var error = ProblemAssert.SingleError(folder.Read(), "regions.csv", line, "code");

        Assert.Equal("duplicate region code '220100' (first on line 3)", error.Message);
    }

    [Theory]
    [InlineData("2206")]
    [InlineData("2206000")]
    [InlineData("22060a")]
    [InlineData("２２０６００")]
    public void Region_code_that_is_not_six_digits_is_an_error(string code)
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        var line = folder.AppendLine("regions.csv", $"{code},白山市,Baishan,prefecture,220000");

        var error = ProblemAssert.SingleError(folder.Read(), "regions.csv", line, "code");

        Assert.Equal($"'{code}' is not a 6-digit GB/T 2260 region code", error.Message);
    }

    [Theory]
    [InlineData("city")]
    [InlineData("Prefecture")]
    [InlineData("")]
    public void Level_other_than_province_or_prefecture_is_an_error(string level)
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        var line = folder.AppendLine("regions.csv", $"220600,白山市,Baishan,{level},220000");

        var error = ProblemAssert.SingleError(folder.Read(), "regions.csv", line, "level");

        Assert.Equal($"'{level}' is not a level: use province or prefecture", error.Message);
    }

    [Fact]
    public void Parent_code_that_is_not_a_region_of_the_file_is_an_error()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        var line = folder.AppendLine("regions.csv", "220600,白山市,Baishan,prefecture,210000");

        var error = ProblemAssert.SingleError(folder.Read(), "regions.csv", line, "parent_code");

        Assert.Equal("'210000' is not a region code in regions.csv", error.Message);
    }

    [Fact]
    public void Empty_parent_code_is_allowed_for_any_region()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.AppendLine("regions.csv", "220600,白山市,Baishan,prefecture,");

        var result = folder.Read();

        Assert.DoesNotContain(result.Problems, p => p.Column == "parent_code");
        Assert.Null(Assert.Single(result.Dataset!.Regions, r => r.Code == "220600").ParentCode);
    }

    [Fact]
    public void An_aliases_column_gives_other_printed_names_and_writes_back()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.Edit("regions.csv", text =>
        {
            var lines = text.TrimEnd('\n').Split('\n');
            return string.Join('\n', lines.Select((l, i) => i == 0 ? l + ",aliases" : i == 1 ? l + ", 甲地 ; Jia " : l + ",")) + "\n";
        });

        var result = folder.Read();

        Assert.NotNull(result.Dataset);
        var regions = result.Dataset!.Regions;
        Assert.Equal(["甲地", "Jia"], regions[0].AliasList());
        Assert.All(regions.Skip(1), r => Assert.Null(r.Aliases));
        using var copy = TestDatasetFolder.Empty();
        DatasetFolderWriter.Write(result.Dataset, copy.Path);
        Assert.Equal(regions, copy.Read().Dataset!.Regions);
    }

    [Fact]
    public void Fewer_than_two_prefectures_is_an_error()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.ReplaceLine("regions.csv", 4, "220200,吉林市,Jilin City,province,220000");
        folder.ReplaceLine("regions.csv", 5, "220300,四平市,Siping,province,220000");

        var error = ProblemAssert.SingleError(folder.Read(), "regions.csv", null, "level");

        Assert.Equal("at least 2 prefecture-level regions are required, found 1", error.Message);
    }
}
