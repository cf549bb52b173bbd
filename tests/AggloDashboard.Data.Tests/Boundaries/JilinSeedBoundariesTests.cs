using System.Text.Json;
using AggloDashboard.Data.Tests.Folder;

namespace AggloDashboard.Data.Tests.Boundaries;

/// <summary>seed-data/jilin-prefectures.json, decoded from ECharts 4.9.0's jilin.json by EChartsMapDecoder.</summary>
public sealed class JilinSeedBoundariesTests
{
    private static readonly string SeedFile = Path.Combine(RepositoryRoot.Path, "seed-data", "jilin-prefectures.json");

    [Fact]
    public void Has_the_nine_prefecture_level_divisions_of_jilin()
    {
        var codes = Features().Select(f => f.GetProperty("properties").GetProperty("code").GetString());

        Assert.Equal(["220100", "220200", "220300", "220400", "220500", "220600", "220700", "220800", "222400"], codes);
    }

    [Fact]
    public void Every_coordinate_lies_in_jilin()
    {
        var positions = Rings().SelectMany(ring => ring).ToArray();

        Assert.NotEmpty(positions);
        Assert.All(positions, p =>
        {
            Assert.InRange(p[0], 121.0, 131.5);
            Assert.InRange(p[1], 40.5, 46.5);
        });
    }

    [Fact]
    public void Every_ring_is_closed()
    {
        Assert.All(Rings(), ring =>
        {
            Assert.True(ring.Length >= 4, $"a ring has {ring.Length} positions");
            Assert.Equal(ring[0], ring[^1]);
        });
    }

    [Fact]
    public void Is_a_usable_boundary_file_for_a_jilin_dataset()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        File.Copy(SeedFile, folder.FilePath("boundaries.json"), overwrite: true);

        var result = folder.Read();

        Assert.True(result.IsValid, string.Join('\n', result.Problems));
        Assert.Equal(6, result.Problems.Count(p => p.Message.EndsWith("is not a region in regions.csv")));
        Assert.Equal(6, result.Problems.Count);
    }

    private static JsonElement[] Features()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SeedFile));
        return document.RootElement.GetProperty("features").EnumerateArray().Select(f => f.Clone()).ToArray();
    }

    private static IEnumerable<double[][]> Rings() => Features().SelectMany(feature =>
    {
        var geometry = feature.GetProperty("geometry");
        var coordinates = geometry.GetProperty("coordinates");
        return geometry.GetProperty("type").GetString() == "Polygon"
            ? coordinates.Deserialize<double[][][]>()!
            : coordinates.Deserialize<double[][][][]>()!.SelectMany(polygon => polygon);
    });
}
