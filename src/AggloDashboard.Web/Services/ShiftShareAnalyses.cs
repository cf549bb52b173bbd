using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using AggloDashboard.Core.Analytics;
using AggloDashboard.Core.ShiftShare;
using AggloDashboard.Data.Spatial;

namespace AggloDashboard.Web.Services;

/// <summary>
/// The shift-share decompositions (docs/METRICS.md §9) of one snapshot and its cities' boundary centroids, each
/// computed once on first use and shared by every page and circuit for as long as the snapshot lives.
/// </summary>
public sealed class ShiftShareAnalyses
{
    private static readonly ConditionalWeakTable<DashboardSnapshot, ShiftShareAnalyses> Cache = new();

    private readonly Lazy<ShiftSharePanel> _panel;
    private readonly Lazy<IReadOnlyDictionary<string, GeoPoint>?> _centroids;
    private readonly ConcurrentDictionary<(ShiftShareMethod, int, int), Lazy<ShiftShareResult>> _results = new();

    private ShiftShareAnalyses(DashboardSnapshot snapshot)
    {
        _panel = new(() => new ShiftSharePanel(snapshot.Dataset));
        _centroids = new(() => snapshot.Dataset.BoundaryGeoJson is { } geoJson
            ? RegionCentroids.Of(BoundaryGeometries.Read(geoJson))
            : null);
    }

    public static ShiftShareAnalyses For(DashboardSnapshot snapshot) => Cache.GetValue(snapshot, s => new ShiftShareAnalyses(s));

    public ShiftSharePanel Panel => _panel.Value;

    /// <summary>The boundary centroid of each region with a boundary (the ones inverse-distance weights use), or null without boundaries.</summary>
    public IReadOnlyDictionary<string, GeoPoint>? Centroids => _centroids.Value;

    /// <summary>The decomposition; the years must pass <see cref="ShiftSharePanel.Check"/>.</summary>
    public ShiftShareResult Result(ShiftShareMethod method, int baseYear, int endYear) =>
        _results.GetOrAdd((method, baseYear, endYear),
            key => new Lazy<ShiftShareResult>(() => Panel.Compute(key.Item1, key.Item2, key.Item3))).Value;
}
