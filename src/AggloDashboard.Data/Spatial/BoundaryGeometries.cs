using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace AggloDashboard.Data.Spatial;

/// <summary>Reads a dataset's GeoJSON boundary FeatureCollection into NetTopologySuite geometries by region code.</summary>
public static class BoundaryGeometries
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new GeoJsonConverterFactory() } };

    /// <summary>
    /// The Polygon or MultiPolygon of every feature, keyed by its region code (<c>properties.code</c>, else
    /// <c>id</c>, the rule of the folder reader). Features without a code or a polygonal geometry NetTopologySuite can build are skipped
    /// (the folder reader reports the first two). Coordinates stay in degrees.
    /// </summary>
    public static IReadOnlyDictionary<string, Geometry> Read(string geoJson)
    {
        using var document = JsonDocument.Parse(geoJson);
        var result = new SortedDictionary<string, Geometry>(StringComparer.Ordinal);
        if (!document.RootElement.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
        {
            return result;
        }

        foreach (var feature in features.EnumerateArray())
        {
            if (CodeOf(feature) is { } code && feature.TryGetProperty("geometry", out var element)
                && Polygonal(element) is { } geometry)
            {
                result[code] = geometry;
            }
        }

        return result;
    }

    /// <summary>The geometry when it is a Polygon or MultiPolygon NetTopologySuite can build (rings of 4+ positions).</summary>
    private static Geometry? Polygonal(JsonElement element)
    {
        try
        {
            return element.ValueKind == JsonValueKind.Object
                   && element.Deserialize<Geometry>(Options) is { } geometry and (Polygon or MultiPolygon)
                ? geometry
                : null;
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            return null;
        }
    }

    private static string? CodeOf(JsonElement feature)
    {
        if (feature.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var code = feature.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
                   && properties.TryGetProperty("code", out var fromProperties)
            ? fromProperties
            : feature.TryGetProperty("id", out var id) ? id : default;
        return code.ValueKind switch
        {
            JsonValueKind.String when code.GetString() is { Length: > 0 } text => text,
            JsonValueKind.Number => code.GetRawText(),
            _ => null,
        };
    }
}
