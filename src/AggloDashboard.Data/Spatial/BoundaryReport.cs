using AggloDashboard.Core.Domain;

namespace AggloDashboard.Data.Spatial;

/// <summary>
/// Everything to say about a dataset's boundaries: the reader's repairs and dropped features, the feature codes that
/// are no region of the dataset, and the prefecture-level regions without a usable boundary (left off the maps and
/// the spatial statistics).
/// </summary>
public sealed record BoundaryReport(
    IReadOnlyList<BoundaryNote> Notes,
    IReadOnlyList<string> FeatureCodesWithoutRegion,
    IReadOnlyList<Region> PrefecturesWithoutBoundary)
{
    public int Count => Notes.Count + FeatureCodesWithoutRegion.Count + PrefecturesWithoutBoundary.Count;

    /// <summary>The report of a dataset's boundaries, or null when it has none.</summary>
    public static BoundaryReport? For(Dataset dataset) =>
        dataset.BoundaryGeoJson is { } geoJson ? Of(BoundaryGeometries.Parse(geoJson), dataset.Regions) : null;

    public static BoundaryReport Of(BoundaryReadResult read, IEnumerable<Region> regions)
    {
        var regionList = regions.ToArray();
        var regionCodes = regionList.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        return new BoundaryReport(
            read.Notes,
            read.FeatureCodes.Where(code => !regionCodes.Contains(code)).Distinct().ToArray(),
            regionList.Where(r => r.Level == RegionLevel.Prefecture && !read.Geometries.ContainsKey(r.Code)).ToArray());
    }
}
