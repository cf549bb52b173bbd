using System.Text.Json;
using AggloDashboard.Data.Boundaries;

namespace AggloDashboard.Data.Tests.Boundaries;

public sealed class EChartsMapDecoderTests
{
    /// <summary>
    /// A square with a hole, UTF8Scale 10 (units of 0.1 degree). Characters decode as c - 64 and then zigzag:
    /// '@' (64) is 0 -> 0, 'A' (65) is 1 -> -1, 'B' (66) is 2 -> +1, 'C' (67) is 3 -> -2, 'D' (68) is 4 -> +2.
    /// Outer ring "@@ D@ @D CC" from offset (1200, 450): (1200, 450) (1202, 450) (1202, 452) (1200, 450),
    /// divided by 10: (120.0, 45.0) (120.2, 45.0) (120.2, 45.2) (120.0, 45.0).
    /// Hole "@@ B@ @B AA" from its own offset (1201, 451): (1201, 451) (1202, 451) (1202, 452) (1201, 451),
    /// divided by 10: (120.1, 45.1) (120.2, 45.1) (120.2, 45.2) (120.1, 45.1).
    /// </summary>
    [Fact]
    public void Polygon_rings_decode_from_their_own_offsets_by_the_file_scale()
    {
        var echarts = """
            {"type": "FeatureCollection", "UTF8Encoding": true, "UTF8Scale": 10, "features": [
              {"id": "220100", "type": "Feature", "properties": {"name": "长春市", "cp": [120.1, 45.1], "childNum": 1},
               "geometry": {"type": "Polygon", "coordinates": ["@@D@@DCC", "@@B@@BAA"], "encodeOffsets": [[1200, 450], [1201, 451]]}}
            ]}
            """;

        var geometry = SingleGeometry(EChartsMapDecoder.Decode(echarts));

        Assert.Equal("Polygon", geometry.GetProperty("type").GetString());
        Assert.Equal(
        [
            [[120.0, 45.0], [120.2, 45.0], [120.2, 45.2], [120.0, 45.0]],
            [[120.1, 45.1], [120.2, 45.1], [120.2, 45.2], [120.1, 45.1]],
        ], Coordinates<double[][][]>(geometry));
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

        var geometry = SingleGeometry(EChartsMapDecoder.Decode(echarts));

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

        using var document = JsonDocument.Parse(EChartsMapDecoder.Decode(echarts));

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
