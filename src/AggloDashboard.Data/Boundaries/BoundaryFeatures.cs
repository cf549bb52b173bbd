using System.Text.Json;

namespace AggloDashboard.Data.Boundaries;

/// <summary>
/// Checks a GeoJSON FeatureCollection of region boundaries: every feature carries a region code
/// (<c>properties.code</c>, else <c>id</c>) and a Polygon or MultiPolygon geometry with numeric positions.
/// </summary>
internal static class BoundaryFeatures
{
    public static bool IsFeatureCollection(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object
        && root.TryGetProperty("type", out var type)
        && type.ValueKind == JsonValueKind.String
        && type.GetString() == "FeatureCollection";

    /// <summary>The region codes of the usable features; one message per problem is added to <paramref name="problems"/>.</summary>
    public static IReadOnlyList<string> ReadCodes(JsonElement collection, ICollection<string> problems)
    {
        if (collection.TryGetProperty("UTF8Encoding", out var compressed) && compressed.ValueKind == JsonValueKind.True)
        {
            problems.Add("compressed ECharts map (\"UTF8Encoding\": true): decode it to plain coordinates first " +
                         "(EChartsMapDecoder, CLI command decode-echarts)");
            return [];
        }

        if (!collection.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
        {
            problems.Add("the FeatureCollection has no \"features\" array");
            return [];
        }

        var codes = new List<string>();
        var number = 0;
        foreach (var feature in features.EnumerateArray())
        {
            number++;
            if (CodeOf(feature) is not { } code)
            {
                problems.Add($"feature {number} has no region code in properties.code or id");
                continue;
            }

            if (!HasPolygonalGeometry(feature))
            {
                problems.Add($"feature {number} (code {code}) has no Polygon or MultiPolygon geometry " +
                             "with numeric [longitude, latitude] positions");
                continue;
            }

            codes.Add(code);
        }

        return codes;
    }

    private static string? CodeOf(JsonElement feature)
    {
        if (feature.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var hasCode = feature.TryGetProperty("properties", out var properties)
                      && properties.ValueKind == JsonValueKind.Object
                      && properties.TryGetProperty("code", out _);
        return hasCode ? CodeText(properties.GetProperty("code"))
            : feature.TryGetProperty("id", out var id) ? CodeText(id)
            : null;
    }

    private static string? CodeText(JsonElement code) => code.ValueKind switch
    {
        JsonValueKind.String when code.GetString() is { Length: > 0 } text => text,
        JsonValueKind.Number => code.GetRawText(),
        _ => null,
    };

    private static bool HasPolygonalGeometry(JsonElement feature)
    {
        if (!feature.TryGetProperty("geometry", out var geometry) || geometry.ValueKind != JsonValueKind.Object
            || !geometry.TryGetProperty("type", out var type) || !geometry.TryGetProperty("coordinates", out var coordinates))
        {
            return false;
        }

        return type.ValueKind == JsonValueKind.String && type.GetString() switch
        {
            "Polygon" => IsNestedPositions(coordinates, depth: 2),
            "MultiPolygon" => IsNestedPositions(coordinates, depth: 3),
            _ => false,
        };
    }

    /// <summary>Depth 0 is a position ([lon, lat], maybe with more numbers); depth n a non-empty array of depth n - 1.</summary>
    private static bool IsNestedPositions(JsonElement element, int depth)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        return depth == 0
            ? element.GetArrayLength() >= 2 && element.EnumerateArray().All(n => n.ValueKind == JsonValueKind.Number)
            : element.GetArrayLength() > 0 && element.EnumerateArray().All(child => IsNestedPositions(child, depth - 1));
    }
}
