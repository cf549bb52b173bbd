using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Folder;
using FsCheck;
using FsCheck.Xunit;

namespace AggloDashboard.Data.Tests.Folder;

public sealed class DatasetFolderWriterTests
{
    private const string Boundaries = """{"type":"FeatureCollection","features":[]}""";

    [Fact]
    public void Writing_the_small_valid_fixture_and_reading_it_back_gives_an_equal_dataset()
    {
        using var source = TestDatasetFolder.CopyOfSmallValid();
        using var target = TestDatasetFolder.Empty();
        var original = source.Read().Dataset!;

        DatasetFolderWriter.Write(original, target.Path);

        var result = target.Read();
        Assert.Empty(result.Problems);
        AssertEqual(original, result.Dataset!);
    }

    [Fact]
    public void Awkward_text_missing_values_and_extreme_numbers_survive_a_round_trip()
    {
        using var target = TestDatasetFolder.Empty();
        var original = SmallDataset(
        [
            new Observation("220100", 2019, "emp.total", 0.30000000000000004),
            new Observation("220100", 2019, "emp.mfg", 0.1),
            new Observation("220100", 2019, "innov.rd", null),
            new Observation("220100", 2020, "innov.rd", 1e-300),
            new Observation("220200", 2019, "innov.rd", double.MaxValue),
            new Observation("220200", 2019, "innov.energy", -123456789.12345679),
            new Observation("220200", 2020, "innov.energy", null),
        ]);

        DatasetFolderWriter.Write(original, target.Path);

        var result = target.Read();
        Assert.True(result.IsValid, string.Join('\n', result.Problems));
        AssertEqual(original, result.Dataset!);
    }

    [Property]
    public void Any_finite_value_survives_a_round_trip(NormalFloat value)
    {
        using var target = TestDatasetFolder.Empty();
        var original = SmallDataset([new Observation("220100", 2019, "innov.rd", value.Get)]);

        DatasetFolderWriter.Write(original, target.Path);

        Assert.Equal(value.Get, target.Read().Dataset!.Observations.Single().Value);
    }

    [Fact]
    public void Files_are_utf8_without_byte_order_mark_with_lf_line_endings_and_the_contract_headers()
    {
        using var target = TestDatasetFolder.Empty();

        DatasetFolderWriter.Write(SmallDataset([new Observation("220100", 2019, "emp.total", 0.30000000000000004)]), target.Path);

        foreach (var file in new[] { "regions.csv", "indicators.csv", "panel.csv", "boundaries.json" })
        {
            var bytes = File.ReadAllBytes(target.FilePath(file));
            Assert.False(bytes is [0xEF, 0xBB, 0xBF, ..], $"{file} starts with a byte order mark");
            Assert.DoesNotContain((byte)'\r', bytes);
        }

        Assert.StartsWith("code,name_zh,name_en,level,parent_code\n", File.ReadAllText(target.FilePath("regions.csv")));
        Assert.StartsWith("code,name_zh,name_en,unit,subsystem,direction\n", File.ReadAllText(target.FilePath("indicators.csv")));
        Assert.Equal("region_code,year,indicator,value\n220100,2019,emp.total,0.30000000000000004\n",
            File.ReadAllText(target.FilePath("panel.csv")));
        Assert.Equal(Boundaries, File.ReadAllText(target.FilePath("boundaries.json")));
    }

    [Fact]
    public void Regions_and_indicators_are_written_in_the_contract_spelling()
    {
        using var target = TestDatasetFolder.Empty();

        DatasetFolderWriter.Write(SmallDataset([]), target.Path);

        var regions = File.ReadAllLines(target.FilePath("regions.csv"));
        Assert.Equal("220000,吉林省,\" Jilin \",province,", regions[1]);
        var indicators = File.ReadAllLines(target.FilePath("indicators.csv"));
        Assert.Contains("innov.energy,单位GDP能耗,Energy use per unit of GDP,tce per 10k yuan,innovation_benefit,-1", indicators);
    }

    [Fact]
    public void Dataset_without_boundaries_writes_no_boundary_file()
    {
        using var target = TestDatasetFolder.Empty();
        var original = new Dataset(SmallDataset([]).Regions, SmallDataset([]).Indicators, [], null);

        DatasetFolderWriter.Write(original, target.Path, "jilin.geojson");

        Assert.Equal(["indicators.csv", "panel.csv", "regions.csv"],
            Directory.EnumerateFiles(target.Path).Select(Path.GetFileName).Order());
        Assert.Null(target.Read().Dataset!.BoundaryGeoJson);
    }

    [Fact]
    public void Boundary_file_name_the_reader_would_not_find_is_refused()
    {
        using var target = TestDatasetFolder.Empty();

        Assert.Throws<ArgumentException>(() => DatasetFolderWriter.Write(SmallDataset([]), target.Path, "boundaries.txt"));
    }

    /// <summary>Two prefectures, the required subsystems, and text that needs quoting to survive.</summary>
    private static Dataset SmallDataset(IEnumerable<Observation> observations) => new(
        [
            new Region("220000", "吉林省", " Jilin ", RegionLevel.Province, null),
            new Region("220100", "长春市", "Changchun, \"Spring City\"", RegionLevel.Prefecture, "220000"),
            new Region("220200", "", "Jilin\nCity", RegionLevel.Prefecture, null),
        ],
        [
            new Indicator("emp.total", "从业人员", "Employment", "10k persons", Subsystem.EmploymentTotal, 1),
            new Indicator("emp.mfg", "制造业", "Manufacturing", "10k persons", Subsystem.Manufacturing, 1),
            new Indicator("emp.ps.finance", "金融业", "Finance", "10k persons", Subsystem.ProducerServices, 1),
            new Indicator("innov.rd", "R&D经费", "R&D expenditure", "", Subsystem.InnovationInput, 1),
            new Indicator("innov.patents", "专利", "Patents", "items", Subsystem.InnovationOutput, 1),
            new Indicator("innov.energy", "单位GDP能耗", "Energy use per unit of GDP", "tce per 10k yuan",
                Subsystem.InnovationBenefit, -1),
        ],
        observations,
        Boundaries);

    private static void AssertEqual(Dataset expected, Dataset actual)
    {
        Assert.Equal(expected.Regions, actual.Regions);
        Assert.Equal(expected.Indicators, actual.Indicators);
        Assert.Equal(expected.Observations, actual.Observations);
        Assert.Equal(expected.BoundaryGeoJson, actual.BoundaryGeoJson);
    }
}
