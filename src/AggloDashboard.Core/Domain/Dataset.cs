namespace AggloDashboard.Core.Domain;

/// <summary>
/// A complete dataset as the engine sees it, whether it came from a dataset folder or the store.
/// Collections keep a canonical order (regions and indicators by code, observations by region, year, indicator)
/// so two datasets with the same content compare equal element by element.
/// </summary>
public sealed class Dataset
{
    public Dataset(IEnumerable<Region> regions, IEnumerable<Indicator> indicators,
        IEnumerable<Observation> observations, string? boundaryGeoJson)
    {
        Regions = regions.OrderBy(r => r.Code, StringComparer.Ordinal).ToArray();
        Indicators = indicators.OrderBy(i => i.Code, StringComparer.Ordinal).ToArray();
        Observations = observations
            .OrderBy(o => o.RegionCode, StringComparer.Ordinal)
            .ThenBy(o => o.Year)
            .ThenBy(o => o.IndicatorCode, StringComparer.Ordinal)
            .ToArray();
        BoundaryGeoJson = boundaryGeoJson;
    }

    public IReadOnlyList<Region> Regions { get; }
    public IReadOnlyList<Indicator> Indicators { get; }
    public IReadOnlyList<Observation> Observations { get; }

    /// <summary>A GeoJSON FeatureCollection of the regions' boundaries, or null when the dataset has none.</summary>
    public string? BoundaryGeoJson { get; }

    public IEnumerable<Region> Prefectures => Regions.Where(r => r.Level == RegionLevel.Prefecture);

    public IReadOnlyList<int> Years => Observations.Select(o => o.Year).Distinct().Order().ToArray();
}
