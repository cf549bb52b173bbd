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
        _ranges = results.Regional.GroupBy(v => v.Metric)
            .ToDictionary(g => g.Key, g => (g.Min(v => v.Value), g.Max(v => v.Value)), StringComparer.Ordinal);
        Analyses = new SnapshotAnalyses(this);
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

    /// <summary>The snapshot's costly analyses, computed on first use and dropped with the snapshot.</summary>
    public SnapshotAnalyses Analyses { get; }

    public bool HasBoundaries => Dataset.BoundaryGeoJson is not null;

    /// <summary>
    /// Where the maps load the boundaries (simplified for display, <see cref="BoundaryFiles"/>): the content hash in the URL
    /// keeps a browser's cached copy from outliving a version id given again to other content.
    /// </summary>
    public string BoundaryUrl => BoundaryFiles.UrlOf(Version);

    /// <summary>
    /// A rough estimate of the snapshot's memory, for the bound of the snapshot cache: the observations, the computed
    /// values and the boundary text.
    /// </summary>
    public long EstimatedBytes =>
        Dataset.Observations.Count * 96L + Results.Regional.Count * 96L + (Dataset.BoundaryGeoJson?.Length ?? 0) * 2L;

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
