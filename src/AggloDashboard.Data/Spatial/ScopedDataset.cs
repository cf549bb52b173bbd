using System.Text.Json;
using System.Text.Json.Nodes;
using AggloDashboard.Core.Domain;

namespace AggloDashboard.Data.Spatial;

/// <summary>
/// A dataset restricted to a scope (<see cref="RegionScope"/>) with its boundary file restricted the same way, so
/// the scope is computed, mapped and tested for neighbours exactly as a dataset of those regions alone would be.
/// </summary>
public static class ScopedDataset
{
    /// <summary>The dataset of the prefectures in <paramref name="scope"/>; its codes that name no region are returned.</summary>
    public static (Dataset Dataset, IReadOnlyList<string> Unknown) Apply(Dataset dataset, IReadOnlyList<string> scope)
    {
        var (prefectures, unknown) = RegionScope.Resolve(dataset, scope);
        var restricted = RegionScope.Restrict(dataset, prefectures);
        if (restricted.BoundaryGeoJson is not { } geoJson)
        {
            return (restricted, unknown);
        }

        var codes = restricted.Regions.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        return (new Dataset(restricted.Regions, restricted.Indicators, restricted.Observations, Features(geoJson, codes)), unknown);
    }

    /// <summary>The FeatureCollection with only the features of <paramref name="codes"/>; text that is no FeatureCollection is kept as it is.</summary>
    private static string Features(string geoJson, IReadOnlySet<string> codes)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(geoJson);
        }
        catch (JsonException)
        {
            return geoJson;
        }

        if (root?["features"] is not JsonArray features)
        {
            return geoJson;
        }

        var kept = features.Where(f => f is not null && BoundaryGeometries.CodeOf(JsonSerializer.Deserialize<JsonElement>(f.ToJsonString())) is { } code && codes.Contains(code))
            .Select(f => f!.DeepClone()).ToArray();
        root["features"] = new JsonArray(kept);
        return root.ToJsonString();
    }
}
