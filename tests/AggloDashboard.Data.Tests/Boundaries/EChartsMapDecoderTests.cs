using System.Text.Json;
using AggloDashboard.Data.Boundaries;

namespace AggloDashboard.Data.Tests.Boundaries;

public sealed class EChartsMapDecoderTests
{
    /// <summary>
    /// A square with a hole, UTF8Scale 10 (units of 0.1 degree). Characters decode as c - 64 and then zigzag:
    /// '@' (64) is 0 -> 0, 'C' (67) is 3 -> -2, 'D' (68) is 4 -> +2, 'G' (71) is 7 -> -4, 'H' (72) is 8 -> +4.
    /// Outer ring "@@ H@ @H G@ @G" from offset (1200, 450): (1200, 450) (1204, 450) (1204, 454) (1200, 454) (1200, 450),
    /// counter-clockwise, divided by 10: (120.0, 45.0) (120.4, 45.0) (120.4, 45.4) (120.0, 45.4) (120.0, 45.0).
    /// Hole "@@ @D D@ @C C@" from its own offset (1201, 451): (1201, 451) (1201, 453) (1203, 453) (1203, 451) (1201, 451),
    /// clockwise and inside the outer ring, so a hole even for ECharts' non-zero fill.
    /// </summary>
    [Fact]
    public void Polygon_rings_decode_from_their_own_offsets_by_the_file_scale()
    {
        var echarts = """
            {"type": "FeatureCollection", "UTF8Encoding": true, "UTF8Scale": 10, "features": [
              {"id": "220100", "type": "Feature", "properties": {"name": "长春市", "cp": [120.1, 45.1], "childNum": 1},
               "geometry": {"type": "Polygon", "coordinates": ["@@H@@HG@@G", "@@@DD@@CC@"], "encodeOffsets": [[1200, 450], [1201, 451]]}}
            ]}
            """;

        var geometry = SingleGeometry(EChartsMapDecoder.Decode(echarts).GeoJson);

        Assert.Equal("Polygon", geometry.GetProperty("type").GetString());
        Assert.Equal(
        [
            [[120.0, 45.0], [120.4, 45.0], [120.4, 45.4], [120.0, 45.4], [120.0, 45.0]],
            [[120.1, 45.1], [120.1, 45.3], [120.3, 45.3], [120.3, 45.1], [120.1, 45.1]],
        ], Coordinates<double[][][]>(geometry));
    }

    /// <summary>
    /// As ECharts stores them: rings left open, wound clockwise, and a second ring of the "Polygon" outside the first
    /// (a further part, which the non-zero fill draws). "@@ @H H@ @G" is (0, 0) (0, 4) (4, 4) (4, 0), from (1200, 450)
    /// and from (1210, 450). Each ring is closed and turned counter-clockwise; the two become a MultiPolygon.
    /// </summary>
    [Fact]
    public void Open_clockwise_rings_are_closed_and_turned_and_a_ring_outside_the_first_is_a_part()
    {
        var echarts = """
            {"type": "FeatureCollection", "UTF8Encoding": true, "UTF8Scale": 10, "features": [
              {"id": "220100", "type": "Feature", "properties": {"name": "长春市"},
               "geometry": {"type": "Polygon", "coordinates": ["@@@HH@@G", "@@@HH@@G"], "encodeOffsets": [[1200, 450], [1210, 450]]}}
            ]}
            """;

        var decoding = EChartsMapDecoder.Decode(echarts);
        var geometry = SingleGeometry(decoding.GeoJson);

        Assert.Equal("MultiPolygon", geometry.GetProperty("type").GetString());
        Assert.Equal(
        [
            [[[120.0, 45.0], [120.4, 45.0], [120.4, 45.4], [120.0, 45.4], [120.0, 45.0]]],
            [[[121.0, 45.0], [121.4, 45.0], [121.4, 45.4], [121.0, 45.4], [121.0, 45.0]]],
        ], Coordinates<double[][][][]>(geometry));
        Assert.Equal((1, 2, 0, 2, 0), (decoding.Features, decoding.ClosedRings, decoding.DroppedRings, decoding.ReorientedRings, decoding.FixedFeatures));
    }

    /// <summary>
    /// Two parts sharing the edge x = 120.4 (an invalid MultiPolygon) are merged into one Polygon by GeometryFixer; a
    /// ring of two distinct positions ("@@ H@ G@", back and forth) is dropped.
    /// </summary>
    [Fact]
    public void Touching_parts_are_merged_and_degenerate_rings_dropped()
    {
        var echarts = """
            {"type": "FeatureCollection", "UTF8Encoding": true, "UTF8Scale": 10, "features": [
              {"id": "220100", "type": "Feature", "properties": {"name": "长春市"},
               "geometry": {"type": "MultiPolygon", "coordinates": [["@@H@@HG@@G"], ["@@H@@HG@@G"], ["@@H@G@"]],
                            "encodeOffsets": [[[1200, 450]], [[1204, 450]], [[1300, 450]]]}}
            ]}
            """;

        var decoding = EChartsMapDecoder.Decode(echarts);
        var geometry = SingleGeometry(decoding.GeoJson);

        Assert.Equal("Polygon", geometry.GetProperty("type").GetString());
        var ring = Assert.Single(Coordinates<double[][][]>(geometry));
        Assert.Equal(ring[0], ring[^1]);
        Assert.Equal(
            [[120.0, 45.0], [120.0, 45.4], [120.8, 45.0], [120.8, 45.4]],
            ring.Select(p => p).DistinctBy(p => (p[0], p[1])).OrderBy(p => p[0]).ThenBy(p => p[1]).Where(p => p[0] != 120.4));
        Assert.Equal((1, 1), (decoding.DroppedRings, decoding.FixedFeatures));
    }

    [Fact]
    public void A_feature_without_any_usable_ring_is_refused()
    {
        var echarts = """
            {"type": "FeatureCollection", "UTF8Encoding": true, "features": [
              {"id": "220100", "type": "Feature", "properties": {"name": "长春市"},
               "geometry": {"type": "Polygon", "coordinates": ["@@H@G@"], "encodeOffsets": [[0, 0]]}}
            ]}
            """;

        var error = Assert.Throws<InvalidDataException>(() => EChartsMapDecoder.Decode(echarts));

        Assert.Contains("220100", error.Message);
    }

    /// <summary>
    /// Default scale 1024 and rounding to 5 decimals.
    /// First polygon "@@ B@ @B AA" from (1025, 2049): (1025, 2049) (1026, 2049) (1026, 2050) (1025, 2049);
    /// 1025 / 1024 = 1.0009765625 -> 1.00098, 1026 / 1024 = 1.001953125 -> 1.00195,
    /// 2049 / 1024 = 2.0009765625 -> 2.00098, 2050 / 1024 = 2.001953125 -> 2.00195.
    /// Second polygon "@@ P@ @P OO" from (0, 0), with 'P' (80) 16 -> +8 and 'O' (79) 15 -> -8:
    /// (0, 0) (8, 0) (8, 8) (0, 0); 8 / 1024 = 0.0078125 -> 0.00781.
    /// </summary>
    [Fact]
    public void MultiPolygon_decodes_each_polygon_with_the_default_scale_and_rounds_to_5_decimals()
    {
        var echarts = """
            {"type": "FeatureCollection", "UTF8Encoding": true, "features": [
              {"id": "220600", "type": "Feature", "properties": {"name": "白山市"},
               "geometry": {"type": "MultiPolygon", "coordinates": [["@@B@@BAA"], ["@@P@@POO"]],
                            "encodeOffsets": [[[1025, 2049]], [[0, 0]]]}}
            ]}
            """;

        var geometry = SingleGeometry(EChartsMapDecoder.Decode(echarts).GeoJson);

        Assert.Equal("MultiPolygon", geometry.GetProperty("type").GetString());
        Assert.Equal(
        [
            [[[1.00098, 2.00098], [1.00195, 2.00098], [1.00195, 2.00195], [1.00098, 2.00098]]],
            [[[0, 0], [0.00781, 0], [0.00781, 0.00781], [0, 0]]],
        ], Coordinates<double[][][][]>(geometry));
    }

    [Fact]
    public void Features_carry_the_code_as_id_and_property_and_the_chinese_name()
    {
        var echarts = """
            {"type": "FeatureCollection", "UTF8Encoding": true, "features": [
              {"id": 222400, "type": "Feature", "properties": {"name": "延边朝鲜族自治州", "cp": [129.5, 42.9], "childNum": 1},
               "geometry": {"type": "Polygon", "coordinates": ["@@B@@BAA"], "encodeOffsets": [[132608, 43930]]}}
            ]}
            """;

        using var document = JsonDocument.Parse(EChartsMapDecoder.Decode(echarts).GeoJson);

        var root = document.RootElement;
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        Assert.False(root.TryGetProperty("UTF8Encoding", out _));
        var feature = Assert.Single(root.GetProperty("features").EnumerateArray());
        Assert.Equal("Feature", feature.GetProperty("type").GetString());
        Assert.Equal("222400", feature.GetProperty("id").GetString());
        Assert.Equal(["code", "name"], feature.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.Equal("222400", feature.GetProperty("properties").GetProperty("code").GetString());
        Assert.Equal("延边朝鲜族自治州", feature.GetProperty("properties").GetProperty("name").GetString());
        Assert.False(feature.GetProperty("geometry").TryGetProperty("encodeOffsets", out _));
    }

    [Fact]
    public void Plain_geojson_is_refused()
    {
        var plain = """{"type": "FeatureCollection", "features": []}""";

        var error = Assert.Throws<InvalidDataException>(() => EChartsMapDecoder.Decode(plain));

        Assert.Contains("UTF8Encoding", error.Message);
    }

    [Fact]
    public void Ring_with_an_odd_number_of_characters_is_refused()
    {
        var echarts = """
            {"type": "FeatureCollection", "UTF8Encoding": true, "features": [
              {"id": "220100", "type": "Feature", "properties": {"name": "长春市"},
               "geometry": {"type": "Polygon", "coordinates": ["@@B"], "encodeOffsets": [[0, 0]]}}
            ]}
            """;

        Assert.Throws<InvalidDataException>(() => EChartsMapDecoder.Decode(echarts));
    }

    [Fact]
    public void DecodeFile_writes_utf8_without_byte_order_mark()
    {
        var input = Path.GetTempFileName();
        var output = Path.GetTempFileName();
        try
        {
            File.WriteAllText(input, """
                {"type": "FeatureCollection", "UTF8Encoding": true, "features": [
                  {"id": "220100", "type": "Feature", "properties": {"name": "长春市"},
                   "geometry": {"type": "Polygon", "coordinates": ["@@B@@BAA"], "encodeOffsets": [[0, 0]]}}
                ]}
                """);

            EChartsMapDecoder.DecodeFile(input, output);

            var bytes = File.ReadAllBytes(output);
            Assert.Equal((byte)'{', bytes[0]);
            Assert.Contains("\"name\":\"长春市\"", File.ReadAllText(output));
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
    }

    private static JsonElement SingleGeometry(string geoJson)
    {
        using var document = JsonDocument.Parse(geoJson);
        return Assert.Single(document.RootElement.GetProperty("features").EnumerateArray()).GetProperty("geometry").Clone();
    }

    private static T Coordinates<T>(JsonElement geometry) =>
        geometry.GetProperty("coordinates").Deserialize<T>()!;
}
