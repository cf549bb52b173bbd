using System.Collections.Concurrent;
using AggloDashboard.Core.Analytics;
using AggloDashboard.Data.Spatial;

namespace AggloDashboard.Web.Services;

/// <summary>
/// The analytics (docs/METRICS.md §2, §7) for one <see cref="DashboardSnapshot"/>, reached through
/// <c>SnapshotAnalyses.For(snapshot).Analytics</c>: spatial weights and the default results are computed once, a
/// user-chosen regression, metric or weights matrix once on first use and memoised by its key. Keyed by the snapshot
/// itself, not its version id, so a deleted version's id taken again by a new import never meets old results.
/// </summary>
public sealed class SnapshotAnalytics
{
    private readonly DashboardSnapshot _snapshot;
    private readonly Lazy<DatasetWeights> _weights;
    private readonly Lazy<AnalyticsResults> _default;
    private readonly ConcurrentDictionary<string, Lazy<AnalyticsResults>> _regressions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<AnalyticsResults>> _metrics = new(StringComparer.Ordinal);

    public SnapshotAnalytics(DashboardSnapshot snapshot)
    {
        _snapshot = snapshot;
        _weights = new Lazy<DatasetWeights>(() => DatasetWeights.For(snapshot.Dataset));
        _default = new Lazy<AnalyticsResults>(() => Count(AnalyticsReport.Compute(snapshot.Dataset, snapshot.Results, Weights.All)));
        DefaultSpec = RegressionSpec.Default(snapshot.Dataset);
    }

    /// <summary>How many analyses (the default one included) have been computed so far.</summary>
    public int Computations => Volatile.Read(ref _computations);

    private int _computations;

    public DatasetWeights Weights => _weights.Value;

    /// <summary>The analyses with the defaults of <see cref="AnalyticsOptions"/> over every available weights matrix.</summary>
    public AnalyticsResults Default => _default.Value;

    public RegressionSpec DefaultSpec { get; }

    /// <summary>The regression, its panel and the grey relational grades for a spec (the default one from <see cref="Default"/>).</summary>
    public AnalyticsResults Drivers(RegressionSpec spec)
    {
        var key = SpecKey(spec);
        if (key == SpecKey(DefaultSpec))
        {
            return Default;
        }

        return _regressions.GetOrAdd(key, _ => new Lazy<AnalyticsResults>(() => Count(AnalyticsReport.Compute(
            _snapshot.Dataset, _snapshot.Results, [],
            new AnalyticsOptions { Metrics = [], Regression = spec })))).Value;
    }

    /// <summary>
    /// Sigma and beta convergence, Moran's I and LISA of one metric under one weights matrix (null: the default one).
    /// The default metrics under the default weights come from <see cref="Default"/>.
    /// </summary>
    public AnalyticsResults Metric(string metric, SpatialWeights? weights)
    {
        var chosen = weights ?? Weights.Default;
        if (AnalyticsOptions.Default.Metrics.Contains(metric) && ReferenceEquals(chosen, Weights.Default))
        {
            return Default;
        }

        var key = metric + "|" + (chosen?.Name ?? "none");
        return _metrics.GetOrAdd(key, _ => new Lazy<AnalyticsResults>(() => Count(AnalyticsReport.Compute(
            _snapshot.Dataset, _snapshot.Results, chosen is null ? [] : [chosen],
            new AnalyticsOptions { Metrics = [metric], Regression = DefaultSpec })))).Value;
    }

    public static string SpecKey(RegressionSpec spec) =>
        $"{spec.Dependent}|{string.Join(',', spec.Drivers)}|{(spec.LagDrivers ? 1 : 0)}|{(spec.LogDrivers ? 1 : 0)}";

    private AnalyticsResults Count(AnalyticsResults results)
    {
        Interlocked.Increment(ref _computations);
        return results;
    }
}
