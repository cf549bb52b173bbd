using System.Text.Json;

namespace AggloDashboard.Cli.Tests;

/// <summary>decode-echarts on the shipped ECharts maps, and generate --regions with validate on its output.</summary>
public sealed class BoundaryCommandTests
{
    private static string EChartsMap(string name) =>
        Path.Combine(RepoPaths.Root, "src", "AggloDashboard.Data", "Seed", "EChartsMaps", name);

    [Fact]
    public void Decode_echarts_writes_every_china_city_with_closed_rings_and_says_what_it_repaired()
    {
        using var temp = new TempFolder();

        var run = CliRun.Of("decode-echarts", "--in", EChartsMap("china-cities.json"), "--out", temp.File("cities.json"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("367 features; closed 1439 rings, dropped 86 rings of fewer than 3 distinct positions", run.Output);
        using var document = JsonDocument.Parse(File.ReadAllText(temp.File("cities.json")));
        var features = document.RootElement.GetProperty("features").EnumerateArray().ToArray();
        Assert.Equal(367, features.Length);
        using var source = JsonDocument.Parse(File.ReadAllText(EChartsMap("china-cities.json")));
        Assert.Equal(
            source.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").ToString()).Order(),
            features.Select(f => f.GetProperty("properties").GetProperty("code").GetString()).Order());
        foreach (var feature in features)
        {
            var geometry = feature.GetProperty("geometry");
            var rings = geometry.GetProperty("type").GetString() == "Polygon"
                ? geometry.GetProperty("coordinates").Deserialize<double[][][]>()!
                : geometry.GetProperty("coordinates").Deserialize<double[][][][]>()!.SelectMany(p => p).ToArray();
            Assert.All(rings, ring => Assert.True(ring.Length >= 4 && ring[0].SequenceEqual(ring[^1])));
        }
    }

    [Fact]
    public void Generate_national_writes_367_prefectures_with_boundaries_that_validate_without_warnings()
    {
        using var temp = new TempFolder();

        var generate = CliRun.Of("generate", "--regions", "national", "--out", temp.Path);
        var validate = CliRun.Of("validate", "--data", temp.Path);

        Assert.Equal(0, generate.ExitCode);
        Assert.Contains("wrote 394 regions (367 prefecture-level)", generate.Output);
        Assert.Contains("Apache ECharts", File.ReadAllText(temp.File("NOTICE")));
        Assert.True(File.Exists(temp.File("china-prefectures.json")));
        Assert.Equal(0, validate.ExitCode);
        Assert.Contains("is valid: 394 regions (367 prefectures)", validate.Output);
        Assert.Contains("; 0 warning(s).", validate.Output);
    }

    [Fact]
    public void Validate_names_the_prefecture_whose_boundary_was_dropped()
    {
        using var temp = new TempFolder();
        CliRun.Of("generate", "--regions", "jilin", "--out", temp.Path);
        var boundaries = temp.File("jilin-prefectures.json");
        var geoJson = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(boundaries))!;
        var features = geoJson["features"]!.AsArray();
        features.Remove(features.Single(f => (string?)f!["id"] == "220400"));
        File.WriteAllText(boundaries, geoJson.ToJsonString());

        var run = CliRun.Of("validate", "--data", temp.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("jilin-prefectures.json: warning: no feature for prefecture 220400 辽源市 (regions.csv line 6): " +
                        "it is left off the maps and the spatial statistics", run.Output);
        Assert.Contains("; 1 warning(s).", run.Output);
    }

    [Fact]
    public void Generate_refuses_an_unknown_region_set()
    {
        using var temp = new TempFolder();

        var run = CliRun.Of("generate", "--regions", "atlantis", "--out", temp.Path);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("atlantis", run.Error);
    }
}
