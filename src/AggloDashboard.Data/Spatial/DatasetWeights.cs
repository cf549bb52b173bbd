using AggloDashboard.Core.Analytics;
using AggloDashboard.Core.Domain;

namespace AggloDashboard.Data.Spatial;

/// <summary>
/// The spatial weights a dataset's boundaries give its prefecture-level cities: queen contiguity (the default of
/// docs/METRICS.md §7) and inverse distance between centroids (the alternative), with notes on what was left out.
/// </summary>
public sealed record DatasetWeights(SpatialWeights? Queen, SpatialWeights? InverseDistance, IReadOnlyList<string> Notes)
{
    /// <summary>Fewer regions than this cannot give a Moran's I (E[I] = -1/(n-1) needs n ≥ 3 to mean anything).</summary>
    public const int MinimumRegions = 3;

    /// <summary>Queen unless its contiguity is unusable (see <see cref="For"/>), else inverse distance, else none.</summary>
    public SpatialWeights? Default => Queen ?? InverseDistance;

    /// <summary>Every available weights matrix, the default first.</summary>
    public IReadOnlyList<SpatialWeights> All => new[] { Queen, InverseDistance }.OfType<SpatialWeights>().ToArray();

    public static DatasetWeights For(Dataset dataset)
    {
        if (dataset.BoundaryGeoJson is null)
        {
            return new DatasetWeights(null, null, ["the dataset has no boundary file, so there are no spatial weights"]);
        }

        var cities = dataset.Prefectures.Select(r => r.Code).ToArray();
        var all = BoundaryGeometries.Read(dataset.BoundaryGeoJson);
        var geometries = cities.Where(all.ContainsKey).ToDictionary(c => c, c => all[c], StringComparer.Ordinal);
        var notes = new List<string>();
        var missing = cities.Where(c => !all.ContainsKey(c)).ToArray();
        if (missing.Length > 0)
        {
            notes.Add($"no usable boundary for {string.Join(", ", missing)}: left out of the spatial statistics");
        }

        if (geometries.Count < MinimumRegions)
        {
            notes.Add($"only {geometries.Count} cities have boundaries; spatial statistics need {MinimumRegions}");
            return new DatasetWeights(null, null, notes);
        }

        var queen = QueenContiguity.Weights(geometries);
        var islands = queen.Islands;
        // An island (Taiwan, Sansha) keeps a row of zeros, as spdep's zero.policy = TRUE does (docs/METRICS.md §7);
        // when most cities touch nothing the outlines are schematic and say nothing about contiguity.
        var contiguityUsable = islands.Count * 2 < queen.Codes.Count;
        if (islands.Count > 0)
        {
            notes.Add(contiguityUsable
                ? $"queen contiguity leaves {string.Join(", ", islands)} without a neighbour: kept with no neighbours (never significant)"
                : $"queen contiguity leaves {islands.Count} of {queen.Codes.Count} cities without a neighbour; inverse distance is the default instead");
        }

        return new DatasetWeights(contiguityUsable ? queen : null, RegionCentroids.InverseDistanceWeights(geometries), notes);
    }
}
