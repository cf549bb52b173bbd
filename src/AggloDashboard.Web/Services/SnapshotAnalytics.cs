using AggloDashboard.Core.Analytics;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Data.Spatial;

namespace AggloDashboard.Web.Services;

/// <summary>
/// The analytics (docs/METRICS.md §2, §7) for one <see cref="DashboardSnapshot"/>, reached through
/// <c>snapshot.Analyses.Analytics</c>: spatial weights, the default results, and a user-chosen regression, metric or
/// weights matrix, each computed once on first use and kept in the snapshot's <see cref="SnapshotAnalyses"/> cache.
/// Pages await the <c>…Async</c> members; the others wait on the calling thread (background work, slides, reports),
/// which is safe on a circuit because nothing here resumes on the caller's synchronisation context.
/// </summary>
public sealed class SnapshotAnalytics
{
    private readonly DashboardSnapshot _snapshot;
    private readonly SnapshotAnalyses _cache;

    internal SnapshotAnalytics(DashboardSnapshot snapshot, SnapshotAnalyses cache)
    {
        _snapshot = snapshot;
        _cache = cache;
        DefaultSpec = RegressionSpec.Default(snapshot.Dataset);
    }

    /// <summary>The key of the default results in the snapshot's cache.</summary>
    public const string DefaultKey = "analytics";

    public Task<DatasetWeights> WeightsAsync(CancellationToken ct) => _cache.GetAsync("weights", () => DatasetWeights.For(_snapshot.Dataset), ct);

    public DatasetWeights Weights => WeightsAsync(CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>The analyses with the defaults of <see cref="AnalyticsOptions"/> over every available weights matrix.</summary>
    /// <param name="progress">Told how many years of Moran's I and LISA are done (see <see cref="AnalysisProgress"/>).</param>
    public async Task<AnalyticsResults> DefaultAsync(CancellationToken ct, IProgress<AnalysisProgress>? progress = null)
    {
        var weights = await WeightsAsync(ct).ConfigureAwait(false);
        return await _cache.GetAsync(DefaultKey, (reports, unwanted) =>
                AnalyticsReport.Compute(_snapshot.Dataset, _snapshot.Results, weights.All, null, reports, unwanted), progress, ct)
            .ConfigureAwait(false);
    }

    /// <inheritdoc cref="DefaultAsync"/>
    public AnalyticsResults Default => DefaultAsync(CancellationToken.None).GetAwaiter().GetResult();

    public RegressionSpec DefaultSpec { get; }

    /// <summary>
    /// The regression, its panel and the grey relational grades for a spec, without the spatial statistics: the
    /// drivers page never waits for the permutation tests of <see cref="Default"/>.
    /// </summary>
    public Task<AnalyticsResults> DriversAsync(RegressionSpec spec, CancellationToken ct) =>
        _cache.GetAsync(DriversKey(spec), () => AnalyticsReport.Compute(_snapshot.Dataset, _snapshot.Results, [],
            new AnalyticsOptions { Metrics = [], Regression = spec }), ct);

    /// <inheritdoc cref="DriversAsync"/>
    public AnalyticsResults Drivers(RegressionSpec spec) => DriversAsync(spec, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>
    /// Sigma and beta convergence, Moran's I and LISA of one metric under one weights matrix (null: the default one).
    /// The default metrics under the default weights come from <see cref="Default"/>.
    /// </summary>
    /// <param name="progress">Told how many years of Moran's I and LISA are done (see <see cref="AnalysisProgress"/>).</param>
    public async Task<AnalyticsResults> MetricAsync(string metric, SpatialWeights? weights, CancellationToken ct,
        IProgress<AnalysisProgress>? progress = null)
    {
        var standard = (await WeightsAsync(ct).ConfigureAwait(false)).Default;
        var chosen = weights ?? standard;
        if (AnalyticsOptions.Default.Metrics.Contains(metric) && ReferenceEquals(chosen, standard))
        {
            return await DefaultAsync(ct, progress).ConfigureAwait(false);
        }

        return await _cache.GetAsync(MetricKey(metric, chosen), (reports, unwanted) => AnalyticsReport.Compute(
            _snapshot.Dataset, _snapshot.Results, chosen is null ? [] : [chosen],
            new AnalyticsOptions { Metrics = [metric], Regression = DefaultSpec }, reports, unwanted), progress, ct).ConfigureAwait(false);
    }

    /// <inheritdoc cref="MetricAsync"/>
    public AnalyticsResults Metric(string metric, SpatialWeights? weights) =>
        MetricAsync(metric, weights, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Sigma and beta convergence of one metric: no spatial statistics, so nothing waits for Moran's I.</summary>
    public Task<(IReadOnlyList<SigmaRow> Sigma, IReadOnlyList<BetaRow> Beta)> ConvergenceAsync(string metric, CancellationToken ct) =>
        _cache.GetAsync("convergence|" + metric, () => AnalyticsReport.ConvergenceOf(_snapshot.Results, [metric]), ct);

    /// <summary>The Krugman specialisation index of every city-year (docs/METRICS.md §2).</summary>
    public Task<IReadOnlyList<RegionMetricValue>> KrugmanAsync(CancellationToken ct) =>
        _cache.GetAsync("krugman", () => KrugmanSpecialisation.ForDataset(_snapshot.Dataset), ct);

    /// <summary>The key, in the snapshot's cache, of one metric's analyses under one weights matrix.</summary>
    public static string MetricKey(string metric, SpatialWeights? weights) => "metric|" + metric + "|" + (weights?.Name ?? "none");

    /// <summary>The key, in the snapshot's cache, of the regressions and grey grades of one spec.</summary>
    public static string DriversKey(RegressionSpec spec) => "drivers|" + SpecKey(spec);

    public static string SpecKey(RegressionSpec spec) =>
        $"{spec.Dependent}|{string.Join(',', spec.Drivers)}|{(spec.LagDrivers ? 1 : 0)}|{(spec.LogDrivers ? 1 : 0)}";
}
