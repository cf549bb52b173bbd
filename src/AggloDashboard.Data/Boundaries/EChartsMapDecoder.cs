using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AggloDashboard.Data.Boundaries;

/// <summary>
/// Turns an ECharts 4.9.0 map file (a FeatureCollection with <c>"UTF8Encoding": true</c> and compressed coordinates)
/// into plain GeoJSON: [longitude, latitude] numbers rounded to 5 decimals (about 1 m), the geometry type kept,
/// and per feature <c>id</c> and <c>properties.code</c> (the GB/T 2260 code, ECharts' feature id) and
/// <c>properties.name</c> (the Chinese name).
/// </summary>
public static class EChartsMapDecoder
{
    private const double DefaultScale = 1024;
    private const int Decimals = 5;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Keeps the Chinese names readable in the file; the output is data, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Decodes the file at <paramref name="inputPath"/> into a UTF-8 GeoJSON file at <paramref name="outputPath"/>.</summary>
    /// <exception cref="InvalidDataException">The input is not a compressed ECharts map.</exception>
    public static void DecodeFile(string inputPath, string outputPath) =>
        File.WriteAllText(outputPath, Decode(File.ReadAllText(inputPath)), new UTF8Encoding(false));

    /// <summary>Decodes an ECharts map given as JSON text into a GeoJSON FeatureCollection as JSON text.</summary>
    /// <exception cref="InvalidDataException">The input is not a compressed ECharts map.</exception>
    public static string Decode(string echartsMapJson)
    {
        using var document = JsonDocument.Parse(echartsMapJson);
        var root = document.RootElement;
        if (!root.TryGetProperty("UTF8Encoding", out var compressed) || compressed.ValueKind != JsonValueKind.True)
        {
            throw new InvalidDataException("not a compressed ECharts map: \"UTF8Encoding\": true is missing");
        }

        var scale = root.TryGetProperty("UTF8Scale", out var scaleElement) ? scaleElement.GetDouble() : DefaultScale;
        using var output = new MemoryStream();
        using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "FeatureCollection");
            writer.WriteStartArray("features");
            foreach (var feature in root.GetProperty("features").EnumerateArray())
            {
                WriteFeature(writer, feature, scale);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(output.ToArray());
    }

    private static void WriteFeature(Utf8JsonWriter writer, JsonElement feature, double scale)
    {
        var id = feature.GetProperty("id");
        var code = id.ValueKind == JsonValueKind.Number ? id.GetRawText() : id.GetString()!;
        var geometry = feature.GetProperty("geometry");
        var geometryType = geometry.GetProperty("type").GetString();

        writer.WriteStartObject();
        writer.WriteString("type", "Feature");
        writer.WriteString("id", code);
        writer.WriteStartObject("properties");
        writer.WriteString("code", code);
        writer.WriteString("name", feature.GetProperty("properties").GetProperty("name").GetString());
        writer.WriteEndObject();
        writer.WriteStartObject("geometry");
        writer.WriteString("type", geometryType);
        writer.WritePropertyName("coordinates");
        var coordinates = geometry.GetProperty("coordinates");
        var offsets = geometry.GetProperty("encodeOffsets");
        switch (geometryType)
        {
            case "Polygon":
                WritePolygon(writer, coordinates, offsets, scale);
                break;
            case "MultiPolygon":
                writer.WriteStartArray();
                for (var polygon = 0; polygon < coordinates.GetArrayLength(); polygon++)
                {
                    WritePolygon(writer, coordinates[polygon], offsets[polygon], scale);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new InvalidDataException($"feature {code}: geometry type '{geometryType}' is not Polygon or MultiPolygon");
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WritePolygon(Utf8JsonWriter writer, JsonElement rings, JsonElement ringOffsets, double scale)
    {
        writer.WriteStartArray();
        for (var ring = 0; ring < rings.GetArrayLength(); ring++)
        {
            var offset = ringOffsets[ring];
            var positions = EChartsRing.Decode(rings[ring].GetString()!, offset[0].GetInt64(), offset[1].GetInt64(), scale);
            writer.WriteStartArray();
            foreach (var (longitude, latitude) in positions)
            {
                writer.WriteStartArray();
                writer.WriteNumberValue(Math.Round(longitude, Decimals));
                writer.WriteNumberValue(Math.Round(latitude, Decimals));
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }
}
