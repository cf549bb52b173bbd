using AggloDashboard.Data.Spatial;
using AggloDashboard.Data.Tests.Boundaries;
using Xunit.Abstractions;

namespace AggloDashboard.Data.Tests.Spatial;

/// <summary>Queen contiguity and centroids of the nine prefecture-level divisions in seed-data/jilin-prefectures.json.</summary>
public sealed class JilinContiguityTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyDictionary<string, NetTopologySuite.Geometries.Geometry>> Jilin = new(() =>
        BoundaryGeometries.Read(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "seed-data", "jilin-prefectures.json"))));

    private static readonly Dictionary<string, string> Names = new()
    {
        ["220100"] = "Changchun", ["220200"] = "Jilin", ["220300"] = "Siping", ["220400"] = "Liaoyuan",
        ["220500"] = "Tonghua", ["220600"] = "Baishan", ["220700"] = "Songyuan", ["220800"] = "Baicheng",
        ["222400"] = "Yanbian",
    };

    [Fact]
    public void Reads_the_nine_regions()
    {
        Assert.Equal(Names.Keys.Order(), Jilin.Value.Keys);
        Assert.All(Jilin.Value.Values, g => Assert.True(g.Area > 0));
    }

    [Fact]
    public void Every_city_has_a_neighbour_and_the_relation_is_symmetric()
    {
        var neighbours = QueenContiguity.Neighbours(Jilin.Value);
        foreach (var (code, list) in neighbours)
        {
            output.WriteLine($"{code} {Names[code]}: {string.Join(", ", list.Select(n => $"{n} {Names[n]}"))}");
        }

        Assert.All(neighbours, kv => Assert.NotEmpty(kv.Value));
        Assert.All(neighbours, kv => Assert.All(kv.Value, n => Assert.Contains(kv.Key, neighbours[n])));
        Assert.All(neighbours, kv => Assert.DoesNotContain(kv.Key, kv.Value));
    }

    [Theory]
    [InlineData("220100", "220200")] // Changchun - Jilin
    [InlineData("220100", "220300")] // Changchun - Siping
    [InlineData("220100", "220700")] // Changchun - Songyuan
    [InlineData("222400", "220200")] // Yanbian - Jilin
    [InlineData("222400", "220600")] // Yanbian - Baishan
    [InlineData("220800", "220700")] // Baicheng - Songyuan
    [InlineData("220500", "220600")] // Tonghua - Baishan
    [InlineData("220500", "220400")] // Tonghua - Liaoyuan
    public void Borders_certain_from_the_map(string a, string b)
    {
        var neighbours = QueenContiguity.Neighbours(Jilin.Value);

        Assert.Contains(b, neighbours[a]);
        Assert.Contains(a, neighbours[b]);
    }

    [Theory]
    [InlineData("220800", "222400")] // Baicheng - Yanbian: opposite ends of the province
    [InlineData("220800", "220500")] // Baicheng - Tonghua
    public void Regions_far_apart_are_not_neighbours(string a, string b)
    {
        Assert.DoesNotContain(b, QueenContiguity.Neighbours(Jilin.Value)[a]);
    }

    [Fact]
    public void The_tolerance_separates_seams_from_real_gaps()
    {
        // Prints every pair's boundary distance. Neighbours touch exactly; the closest non-neighbours, Siping and
        // Tonghua (Liaoyuan lies between them), are 0.053° apart: more than 5 times the tolerance.
        var codes = Jilin.Value.Keys.ToArray();
        var distances = (from i in Enumerable.Range(0, codes.Length)
            from j in Enumerable.Range(i + 1, codes.Length - i - 1)
            select (A: codes[i], B: codes[j], D: Jilin.Value[codes[i]].Distance(Jilin.Value[codes[j]]))).ToArray();
        foreach (var (a, b, d) in distances.OrderBy(p => p.D))
        {
            output.WriteLine($"{Names[a]}-{Names[b]}: {d:F5}°");
        }

        const double tolerance = QueenContiguity.DefaultToleranceDegrees;
        Assert.All(distances, p => Assert.True(p.D < tolerance / 10 || p.D > tolerance * 5, $"{p.A}-{p.B}: {p.D}"));
    }

    [Fact]
    public void Centroids_lie_inside_jilin_and_give_row_standardised_inverse_distance_weights()
    {
        var centroids = RegionCentroids.Of(Jilin.Value);
        var weights = RegionCentroids.InverseDistanceWeights(Jilin.Value).RowStandardised();

        Assert.All(centroids.Values, p =>
        {
            Assert.InRange(p.Longitude, 121.5, 131.0);
            Assert.InRange(p.Latitude, 41.0, 46.0);
        });
        Assert.All(weights, row => Assert.Equal(1.0, row.Sum(), 12));
        // Changchun's centroid is about 100 km from Jilin city's and over 400 km from Yanbian's.
        var km = centroids["220100"].DistanceKm(centroids["220200"]);
        Assert.InRange(km, 50, 200);
        Assert.True(centroids["220100"].DistanceKm(centroids["222400"]) > 300);
    }

    [Fact]
    public void Features_without_code_or_polygon_are_skipped()
    {
        const string geoJson = """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"code":"1"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}},
              {"type":"Feature","id":2,"geometry":{"type":"Polygon","coordinates":[[[1,0],[2,0],[2,1],[1,0]]]}},
              {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}},
              {"type":"Feature","properties":{"code":"4"},"geometry":{"type":"Point","coordinates":[0,0]}},
              {"type":"Feature","properties":{"code":"5"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0]]]}}
            ]}
            """;

        var geometries = BoundaryGeometries.Read(geoJson);

        Assert.Equal(["1", "2"], geometries.Keys);
        Assert.Equal(["2"], QueenContiguity.Neighbours(geometries)["1"]);
    }
}
