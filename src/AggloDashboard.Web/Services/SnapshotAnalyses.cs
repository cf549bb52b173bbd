using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using AggloDashboard.Core.Diagnostics;
using AggloDashboard.Core.Policy;
using AggloDashboard.Core.Quality;
using AggloDashboard.Data.Policy;
using AggloDashboard.Data.Spatial;

namespace AggloDashboard.Web.Services;

/// <summary>
/// The derived analyses of one snapshot that are costly to compute, each computed once on first use and shared by every
/// page and circuit for as long as the snapshot lives.
/// </summary>
public sealed class SnapshotAnalyses
{
    private static readonly ConditionalWeakTable<DashboardSnapshot, SnapshotAnalyses> Cache = new();

    private readonly DashboardSnapshot _snapshot;
    private readonly Lazy<IReadOnlyDictionary<double, IReadOnlyList<IsoPoint>>> _isoLines;
    private readonly Lazy<ObstacleDiagnosis> _obstacles;
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<CityForecast>>> _forecasts = new(StringComparer.Ordinal);
    private readonly Lazy<IReadOnlyList<CityTypology>> _typologies;
    private readonly Lazy<SnapshotAnalytics> _analytics;
    private readonly Lazy<DataQualityReport> _quality;
    private readonly Lazy<BoundaryReport?> _boundaries;

    private SnapshotAnalyses(DashboardSnapshot snapshot)
    {
        _snapshot = snapshot;
        _isoLines = new(() => CouplingData.IsoLevels.ToDictionary(level => level, level => CouplingData.IsoLine(snapshot.Results.Settings, level)));
        _obstacles = new(() => ObstacleDiagnosis.Compute(snapshot.Results));
        _typologies = new(() => PolicyEngine.Evaluate(PolicyRuleFile.LoadDefault(), snapshot.Results));
        _analytics = new(() => new SnapshotAnalytics(snapshot));
        _quality = new(() => DataQuality.Check(snapshot.Dataset));
        _boundaries = new(() => BoundaryReport.For(snapshot.Dataset));
    }

    /// <summary>How many years ahead the forecasts reach.</summary>
    public const int ForecastHorizon = 5;

    public static SnapshotAnalyses For(DashboardSnapshot snapshot) => Cache.GetValue(snapshot, s => new SnapshotAnalyses(s));

    /// <summary>The iso-lines of couple.d at <see cref="CouplingData.IsoLevels"/>, by level.</summary>
    public IReadOnlyDictionary<double, IReadOnlyList<IsoPoint>> IsoLines => _isoLines.Value;

    /// <summary>The data-quality findings of the snapshot's dataset (the data browser's report).</summary>
    public DataQualityReport Quality => _quality.Value;

    /// <summary>The boundary repairs and mismatches of the snapshot's dataset (the data browser's report), or null without boundaries.</summary>
    public BoundaryReport? Boundaries => _boundaries.Value;

    /// <summary>The obstacle degrees of the innovation system for every city-year.</summary>
    public ObstacleDiagnosis Obstacles => _obstacles.Value;

    /// <summary>The GM(1,1) forecasts of a city metric for every city, <see cref="ForecastHorizon"/> years ahead.</summary>
    public IReadOnlyList<CityForecast> Forecasts(string metric) =>
        _forecasts.GetOrAdd(metric, m => new Lazy<IReadOnlyList<CityForecast>>(() => MetricForecasts.Compute(_snapshot.Results, m, ForecastHorizon))).Value;

    /// <summary>The analyses (regressions, convergence, Moran's I and LISA), each computed once.</summary>
    public SnapshotAnalytics Analytics => _analytics.Value;

    /// <summary>The typologies of every city-year by the default policy rules, ordered by region code and year.</summary>
    public IReadOnlyList<CityTypology> Typologies => _typologies.Value;
}
