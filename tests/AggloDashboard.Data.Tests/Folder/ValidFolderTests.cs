using System.Text;
using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Folder;

namespace AggloDashboard.Data.Tests.Folder;

public sealed class ValidFolderTests
{
    [Fact]
    public void Small_valid_fixture_reads_without_problems()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();

        var result = folder.Read();

        Assert.Empty(result.Problems);
        Assert.True(result.IsValid);
        Assert.NotNull(result.Dataset);
    }

    [Fact]
    public void Regions_keep_their_level_and_parent()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();

        var regions = folder.Read().Dataset!.Regions;

        Assert.Equal(
        [
            new Region("220000", "吉林省", "Jilin", RegionLevel.Province, null),
            new Region("220100", "长春市", "Changchun", RegionLevel.Prefecture, "220000"),
            new Region("220200", "吉林市", "Jilin City", RegionLevel.Prefecture, "220000"),
            new Region("220300", "四平市", "Siping", RegionLevel.Prefecture, "220000"),
        ], regions);
    }

    [Fact]
    public void Indicators_keep_subsystem_direction_and_quoted_names()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();

        var indicators = folder.Read().Dataset!.Indicators.ToDictionary(i => i.Code);

        Assert.Equal(7, indicators.Count);
        Assert.Equal(new Indicator("innov.energy", "单位GDP能耗", "Energy use per unit of GDP", "tce per 10k yuan",
            Subsystem.InnovationBenefit, -1), indicators["innov.energy"]);
        Assert.Equal("Information, software and IT services employment", indicators["emp.ps.it"].NameEn);
        Assert.Equal(2, indicators.Values.Count(i => i.Subsystem == Subsystem.ProducerServices));
    }

    [Fact]
    public void Panel_values_parse_including_scientific_notation_and_a_missing_value()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();

        var observations = folder.Read().Dataset!.Observations;

        Assert.Equal(42, observations.Count);
        Assert.Contains(new Observation("220100", 2019, "innov.rd", 1_523_000), observations);
        Assert.Contains(new Observation("220200", 2020, "emp.ps.it", 1.0), observations);
        var missing = Assert.Single(observations, o => o.Value is null);
        Assert.Equal(new Observation("220300", 2020, "innov.patents", null), missing);
    }

    [Fact]
    public void Boundary_file_text_becomes_the_dataset_boundaries()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();

        var dataset = folder.Read().Dataset!;

        Assert.Equal(File.ReadAllText(folder.FilePath("boundaries.json")), dataset.BoundaryGeoJson);
    }

    [Fact]
    public void Summary_counts_what_the_folder_holds()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();

        var summary = folder.Read().Summary;

        Assert.Equal(new DatasetSummary(4, 3, 7, 42, 1, 2019, 2020), summary);
        Assert.Equal("4 regions (3 prefectures), 7 indicators, 42 observations (1 missing), years 2019-2020",
            summary.ToString());
    }

    [Fact]
    public void Byte_order_mark_and_crlf_line_endings_are_tolerated()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        foreach (var file in new[] { "regions.csv", "indicators.csv", "panel.csv" })
        {
            var text = File.ReadAllText(folder.FilePath(file)).Replace("\n", "\r\n");
            File.WriteAllText(folder.FilePath(file), text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        }

        var result = folder.Read();

        Assert.Empty(result.Problems);
        Assert.Equal("220000", result.Dataset!.Regions[0].Code);
    }

    [Fact]
    public void Extra_columns_in_regions_are_ignored()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.Edit("regions.csv", text => text
            .Replace("parent_code\n", "parent_code,population\n")
            .Replace("220000\n", "220000,1000\n")
            .Replace("province,\n", "province,,24000\n"));

        var result = folder.Read();

        Assert.Empty(result.Problems);
        Assert.Equal(4, result.Dataset!.Regions.Count);
    }

    [Fact]
    public void Spaces_around_unquoted_fields_are_trimmed()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.ReplaceLine("panel.csv", 2, " 220100 , 2019 , emp.total , 120.5 ");

        var result = folder.Read();

        Assert.Empty(result.Problems);
        Assert.Contains(new Observation("220100", 2019, "emp.total", 120.5), result.Dataset!.Observations);
    }
}
