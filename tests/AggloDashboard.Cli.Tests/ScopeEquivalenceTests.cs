using System.Text.Json.Nodes;
using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Folder;

namespace AggloDashboard.Cli.Tests;

/// <summary>
/// A scope is computed as a dataset of its own: the Jilin scope of a two-province dataset writes exactly the files
/// the Jilin dataset alone writes, every metric, weight, analysis and diagnostic bit for bit.
/// </summary>
public class ScopeEquivalenceTests
{
    /// <summary>The seed, and beside it a second province (23xxxx) with the same cities' values ×1.1 and their outlines moved 20° east.</summary>
    private static void WriteTwoProvinces(string folder)
    {
        var seed = DatasetFolderReader.Read(RepoPaths.SeedData).Dataset!;
        static string Other(string code) => "23" + code[2..];
        var regions = seed.Regions.Concat(seed.Regions.Select(r => r with { Code = Other(r.Code), NameZh = r.NameZh + "乙", NameEn = r.NameEn + " B",
            ParentCode = r.ParentCode is null ? null : Other(r.ParentCode) }));
        var observations = seed.Observations.Concat(seed.Observations.Select(o => o with { RegionCode = Other(o.RegionCode), Value = o.Value * 1.1 }));
        var geo = JsonNode.Parse(seed.BoundaryGeoJson!)!;
        var features = geo["features"]!.AsArray();
        foreach (var feature in features.ToArray())
        {
            var copy = feature!.DeepClone();
            var code = Other(copy["properties"]!["code"]!.GetValue<string>());
            copy["properties"]!["code"] = code;
            copy["id"] = code;
            Shift(copy["geometry"]!["coordinates"]!);
            features.Add(copy);
        }

        DatasetFolderWriter.Write(new Dataset(regions, seed.Indicators, observations, geo.ToJsonString()), folder);
    }

    private static void Shift(JsonNode coordinates)
    {
        if (coordinates is JsonArray { Count: 2 } point && point[0] is JsonValue)
        {
            point[0] = point[0]!.GetValue<double>() + 20;
            return;
        }

        foreach (var inner in coordinates.AsArray())
        {
            Shift(inner!);
        }
    }

    [Fact]
    public void The_jilin_scope_of_a_two_province_dataset_writes_what_the_jilin_dataset_alone_writes()
    {
        using var temp = new TempFolder();
        WriteTwoProvinces(temp.File("two"));

        var scoped = CliRun.Of("compute", "--data", temp.File("two"), "--out", temp.File("scoped"), "--settings", "scope=220000");
        var alone = CliRun.Of("compute", "--data", RepoPaths.SeedData, "--out", temp.File("alone"));
        var whole = CliRun.Of("compute", "--data", temp.File("two"), "--out", temp.File("whole"));

        Assert.True(scoped.ExitCode == 0, scoped.Error);
        Assert.True(alone.ExitCode == 0, alone.Error);
        var files = Directory.GetFiles(temp.File("alone")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.True(files.Length >= 15, string.Join(", ", files));
        Assert.All(files, file => Assert.Equal(File.ReadAllText(temp.File($"alone/{file}")), File.ReadAllText(temp.File($"scoped/{file}"))));
        Assert.NotEqual(File.ReadAllText(temp.File("alone/region_metrics.csv")), File.ReadAllText(temp.File("whole/region_metrics.csv")));
    }

    [Theory]
    [InlineData("scope=229900", "scope: 229900 is not a region of")]
    [InlineData("scope=220100", "scope: fewer than 2 prefectures")]
    [InlineData("scope=22", "must be comma-separated 6-digit region codes")]
    public void A_scope_that_cannot_be_used_is_an_error_and_writes_nothing(string settings, string message)
    {
        using var temp = new TempFolder();

        var run = CliRun.Of("compute", "--data", RepoPaths.SeedData, "--out", temp.File("out"), "--settings", settings);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.False(Directory.Exists(temp.File("out")) && Directory.EnumerateFiles(temp.File("out")).Any());
    }
}
