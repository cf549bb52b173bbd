using AggloDashboard.Data.Spatial;
using AggloDashboard.Data.Tests.Boundaries;

namespace AggloDashboard.Data.Tests.Spatial;

public sealed class DisplayBoundariesTests
{
    private static readonly string Jilin = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "seed-data", "jilin-prefectures.json"));

    [Fact]
    public void Keeps_every_region_with_its_code_and_far_fewer_vertices()
    {
        var original = BoundaryGeometries.Read(Jilin);
        var simplified = BoundaryGeometries.Read(DisplayBoundaries.Simplify(Jilin));

        Assert.Equal(original.Keys, simplified.Keys);
        Assert.True(simplified.Values.Sum(g => g.NumPoints) * 3 < original.Values.Sum(g => g.NumPoints));
    }

    [Fact]
    public void Shapes_move_by_well_under_a_pixel_at_province_scale()
    {
        var original = BoundaryGeometries.Read(Jilin);
        var simplified = BoundaryGeometries.Read(DisplayBoundaries.Simplify(Jilin));

        foreach (var (code, geometry) in original)
        {
            var hausdorff = NetTopologySuite.Algorithm.Distance.DiscreteHausdorffDistance.Distance(geometry, simplified[code]);
            // Discrete Hausdorff distance also counts where the simplifier keeps topology; two tolerances is still
            // a third of a pixel at zoom 5 (0.018° per pixel).
            Assert.True(hausdorff <= 2 * DisplayBoundaries.DefaultToleranceDegrees, $"{code}: {hausdorff}");
            // Never breaks a valid outline (Baishan's source outline already touches itself).
            Assert.True(!geometry.IsValid || simplified[code].IsValid, code);
        }
    }

    [Fact]
    public void A_province_keeps_the_default_tolerance_and_the_whole_country_is_simplified_to_a_quarter_pixel()
    {
        Assert.Equal(DisplayBoundaries.DefaultToleranceDegrees, DisplayBoundaries.ToleranceFor(BoundaryGeometries.Read(Jilin).Values));

        var factory = NetTopologySuite.NtsGeometryServices.Instance.CreateGeometryFactory();
        var west = factory.ToGeometry(new NetTopologySuite.Geometries.Envelope(73, 74, 30, 31));
        var east = factory.ToGeometry(new NetTopologySuite.Geometries.Envelope(134, 135, 40, 41));
        Assert.Equal(62 / DisplayBoundaries.ExtentPerTolerance, DisplayBoundaries.ToleranceFor([west, east]), 12);
    }

    [Fact]
    public void Exterior_rings_run_clockwise_and_holes_counter_clockwise_as_d3_geo_reads_them()
    {
        using var doc = System.Text.Json.JsonDocument.Parse(DisplayBoundaries.Simplify(Jilin));

        var rings = 0;
        foreach (var feature in doc.RootElement.GetProperty("features").EnumerateArray())
        {
            var geometry = feature.GetProperty("geometry");
            var coordinates = geometry.GetProperty("coordinates");
            var polygons = geometry.GetProperty("type").GetString() == "Polygon" ? [coordinates] : coordinates.EnumerateArray().ToArray();
            foreach (var polygon in polygons)
            {
                var index = 0;
                foreach (var ring in polygon.EnumerateArray())
                {
                    // Shoelace area in lon/lat: negative is clockwise.
                    var points = ring.EnumerateArray().Select(p => (X: p[0].GetDouble(), Y: p[1].GetDouble())).ToArray();
                    var area = points.Zip(points.Skip(1), (a, b) => a.X * b.Y - b.X * a.Y).Sum() / 2;
                    Assert.True(index++ == 0 ? area < 0 : area > 0, $"{feature.GetProperty("id")}: ring {index - 1} area {area}");
                    rings++;
                }
            }
        }

        Assert.True(rings >= 9);
    }
}
