using AggloDashboard.Data.Spatial;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace AggloDashboard.Data.Tests.Spatial;

/// <summary>The code rules and repairs of <see cref="BoundaryGeometries.Parse"/>, one feature at a time.</summary>
public sealed class BoundaryRepairTests
{
    private const string Square = "[[125, 43], [126, 43], [126, 44], [125, 44], [125, 43]]";

    private static BoundaryReadResult ParseFeature(string feature) =>
        BoundaryGeometries.Parse($$"""{"type": "FeatureCollection", "features": [{{feature}}]}""");

    private static string Feature(string idAndProperties, string rings) =>
        $$$"""{"type": "Feature", {{{idAndProperties}}}, "geometry": {"type": "Polygon", "coordinates": [{{{rings}}}]}}""";

    [Theory]
    [InlineData("\"properties\": {\"code\": \"220100\"}")]
    [InlineData("\"properties\": {\"adcode\": 220100, \"name\": \"长春市\"}")]
    [InlineData("\"properties\": {\"adcode\": \"220100\", \"name\": \"长春市\"}")]
    [InlineData("\"properties\": {\"adcode\": 220100.0}")]
    [InlineData("\"id\": 220100, \"properties\": {}")]
    [InlineData("\"id\": \"220100\", \"properties\": {\"name\": \"长春市\"}")]
    [InlineData("\"properties\": {\"code\": \"220100\", \"adcode\": 999999}, \"id\": \"888888\"")]
    public void The_code_comes_from_properties_code_then_adcode_number_or_text_then_id(string idAndProperties)
    {
        var read = ParseFeature(Feature(idAndProperties, Square));

        Assert.Equal(["220100"], read.Geometries.Keys);
        Assert.Equal(["220100"], read.FeatureCodes);
        Assert.Empty(read.Notes);
    }

    [Fact]
    public void A_feature_without_any_code_is_malformed()
    {
        var read = ParseFeature(Feature("\"properties\": {\"name\": \"长春市\", \"adcode\": \"\"}", Square));

        var note = Assert.Single(read.Notes);
        Assert.Equal(BoundaryNoteKind.Malformed, note.Kind);
        Assert.Equal("feature 1 has no region code in properties.code, properties.adcode or id", note.Message);
        Assert.Empty(read.Geometries);
    }

    [Fact]
    public void An_unclosed_ring_is_closed_and_reported()
    {
        var read = ParseFeature(Feature("\"properties\": {\"code\": \"220100\"}", "[[125, 43], [126, 43], [126, 44], [125, 44]]"));

        var polygon = Assert.IsType<Polygon>(read.Geometries["220100"]);
        Assert.Equal(5, polygon.ExteriorRing.NumPoints);
        Assert.Equal(1.0, polygon.Area, 12);
        var note = Assert.Single(read.Notes);
        Assert.Equal(BoundaryNoteKind.Repaired, note.Kind);
        Assert.Equal("220100", note.Code);
        Assert.Equal("feature 1 (code 220100): closed 1 ring whose last position was not the first", note.Message);
    }

    [Fact]
    public void Clockwise_exteriors_and_counter_clockwise_holes_are_turned_and_reported()
    {
        var clockwise = "[[125, 43], [125, 44], [126, 44], [126, 43], [125, 43]]";
        var counterClockwiseHole = "[[125.2, 43.2], [125.8, 43.2], [125.8, 43.8], [125.2, 43.8], [125.2, 43.2]]";

        var read = ParseFeature(Feature("\"properties\": {\"code\": \"220100\"}", $"{clockwise}, {counterClockwiseHole}"));

        var polygon = Assert.IsType<Polygon>(read.Geometries["220100"]);
        Assert.True(Orientation.IsCCW(polygon.ExteriorRing.CoordinateSequence));
        Assert.False(Orientation.IsCCW(polygon.GetInteriorRingN(0).CoordinateSequence));
        Assert.Equal(1 - 0.36, polygon.Area, 9);
        Assert.Equal("feature 1 (code 220100): turned 2 rings to RFC 7946 orientation (exterior counter-clockwise, holes clockwise)",
            Assert.Single(read.Notes).Message);
    }

    [Fact]
    public void A_self_intersecting_ring_is_fixed_with_geometry_fixer_and_reported_with_the_place()
    {
        // A bow tie: the edges (125, 43)-(126, 44) and (126, 43)-(125, 44) cross at (125.5, 43.5).
        var read = ParseFeature(Feature("\"properties\": {\"code\": \"220100\"}", "[[125, 43], [126, 44], [126, 43], [125, 44], [125, 43]]"));

        var geometry = read.Geometries["220100"];
        Assert.True(geometry.IsValid);
        Assert.Equal(0.5, geometry.Area, 9);
        var note = Assert.Single(read.Notes);
        Assert.Equal(BoundaryNoteKind.Repaired, note.Kind);
        Assert.Contains("self-intersection at [125.5, 43.5]: fixed with NetTopologySuite's GeometryFixer", note.Message);
    }

    [Fact]
    public void A_ring_of_fewer_than_three_distinct_positions_is_dropped_and_a_feature_left_with_nothing_is_dropped()
    {
        var read = BoundaryGeometries.Parse($$"""
            {"type": "FeatureCollection", "features": [
              {{Feature("\"properties\": {\"code\": \"220100\"}", $"{Square}, [[125.5, 43.5], [125.6, 43.5], [125.5, 43.5]]")}},
              {{Feature("\"properties\": {\"code\": \"220200\"}", "[[126, 43], [127, 43], [126, 43]]")}}
            ]}
            """);

        Assert.Equal(["220100"], read.Geometries.Keys);
        Assert.Equal(["220100", "220200"], read.FeatureCodes);
        Assert.Equal(
        [
            (BoundaryNoteKind.Repaired, "feature 1 (code 220100): dropped 1 ring of fewer than 3 distinct positions"),
            (BoundaryNoteKind.Dropped, "feature 2 (code 220200): dropped 1 ring of fewer than 3 distinct positions; " +
                                       "nothing usable is left, so the feature is dropped"),
        ], read.Notes.Select(n => (n.Kind, n.Message)));
    }

    [Fact]
    public void Features_sharing_a_code_are_merged_and_reported()
    {
        var read = BoundaryGeometries.Parse($$"""
            {"type": "FeatureCollection", "features": [
              {{Feature("\"properties\": {\"code\": \"220100\"}", Square)}},
              {{Feature("\"properties\": {\"code\": \"220100\"}", "[[126, 43], [127, 43], [127, 44], [126, 44], [126, 43]]")}}
            ]}
            """);

        Assert.Equal(2.0, read.Geometries["220100"].Area, 9);
        Assert.Equal("feature 2 (code 220100): merged with feature 1, which has the same code", Assert.Single(read.Notes).Message);
    }

    [Fact]
    public void Positions_that_are_not_degrees_are_malformed()
    {
        var read = ParseFeature(Feature("\"properties\": {\"code\": \"220100\"}",
            "[[500000, 4800000], [510000, 4800000], [510000, 4810000], [500000, 4800000]]"));

        var note = Assert.Single(read.Notes);
        Assert.Equal(BoundaryNoteKind.Malformed, note.Kind);
        Assert.Contains("[500000, 4800000], which is not longitude and latitude in degrees", note.Message);
    }

    [Fact]
    public void A_valid_counter_clockwise_multipolygon_needs_no_repair()
    {
        var read = ParseFeature("""
            {"type": "Feature", "properties": {"code": "220100"}, "geometry": {"type": "MultiPolygon", "coordinates": [
              [[[125, 43], [126, 43], [126, 44], [125, 44], [125, 43]]],
              [[[127, 43], [128, 43], [128, 44], [127, 43]]]]}}
            """);

        Assert.IsType<MultiPolygon>(read.Geometries["220100"]);
        Assert.Empty(read.Notes);
    }
}
