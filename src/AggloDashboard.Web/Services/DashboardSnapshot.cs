using AggloDashboard.Core.Domain;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Data.Spatial;
using AggloDashboard.Data.Store;
using AggloDashboard.Web.Charts;

namespace AggloDashboard.Web.Services;

/// <summary>One dataset version with its metrics, computed once and shared by every page and circuit.</summary>
public sealed class DashboardSnapshot
{
    public DashboardSnapshot(DatasetVersion version, Dataset dataset, MetricResults results)
    {
        Version = version;
        Dataset = dataset;
        Results = results;
        Cities = dataset.Prefectures.ToArray();
        Years = results.Regional.Select(v => v.Year).Distinct().Order().ToArray();
        Catalog = new MetricCatalog(results.MetricOrder, dataset.Indicators);
        CityByCode = Cities.ToDictionary(c => c.Code, StringComparer.Ordinal);
        MapGeoJson = dataset.BoundaryGeoJson is { } boundaries ? DisplayBoundaries.Simplify(boundaries) : null;
        _ranges = results.Regional.GroupBy(v => v.Metric)
            .ToDictionary(g => g.Key, g => (g.Min(v => v.Value), g.Max(v => v.Value)), StringComparer.Ordinal);
    }

    private readonly Dictionary<string, (double Min, double Max)> _ranges;

    public DatasetVersion Version { get; }
    public Dataset Dataset { get; }
    public MetricResults Results { get; }
    public IReadOnlyList<Region> Cities { get; }
    public IReadOnlyDictionary<string, Region> CityByCode { get; }

    /// <summary>The years that have at least one computed metric, ascending.</summary>
    public IReadOnlyList<int> Years { get; }

    public MetricCatalog Catalog { get; }

    public bool HasBoundaries => MapGeoJson is not null;

    public string BoundaryUrl => $"/geo/{Version.Id}.json";

    /// <summary>The boundaries as the maps draw them (simplified below a pixel), served at <see cref="BoundaryUrl"/>.</summary>
    public string? MapGeoJson { get; }

    public int LatestYear => Years.Count == 0 ? 0 : Years[^1];

    /// <summary>A city's value, or null when it is undefined that year.</summary>
    public double? Value(string cityCode, int year, string metric) => Results.Get(cityCode, year, metric);

    /// <summary>The metric's range over every city and year, so colours mean the same in every year.</summary>
    public (double Min, double Max) Range(string metric) => _ranges.TryGetValue(metric, out var r) ? r : (0, 1);

    /// <summary>Each city's value in a year, in dataset order; null where undefined.</summary>
    public IReadOnlyList<(Region City, double? Value)> ValuesFor(string metric, int year) =>
        Cities.Select(c => (c, Value(c.Code, year, metric))).ToArray();

    public string CityName(string code, Lang lang) =>
        CityByCode.TryGetValue(code, out var c) ? lang.Pick(c.NameZh, c.NameEn) : code;

    /// <summary>A province-level value (aggregate metric), or null.</summary>
    public double? Aggregate(int year, string metric) =>
        Results.Aggregate.FirstOrDefault(a => a.Year == year && a.Metric == metric)?.Value;
}
