using AggloDashboard.Core.Analytics;
using AggloDashboard.Core.Diagnostics;
using AggloDashboard.Core.Policy;
using AggloDashboard.Core.Quality;
using AggloDashboard.Data.Export;
using AggloDashboard.Data.Policy;
using AggloDashboard.Data.Spatial;
using AggloDashboard.Web.Views;

namespace AggloDashboard.Web.Services;

/// <summary>
/// The derived analyses of one snapshot that are costly to compute, in one cache that belongs to the snapshot (so it
/// is keyed by the snapshot's version and settings, and dropped with it) and holds at most <see cref="Capacity"/>
/// analyses, the most recently used, keyed by the analysis and its parameters (a metric, a regression spec, a
/// weights matrix). Each analysis runs once, off the caller's thread (see <see cref="SharedComputation"/>), however
/// many pages and circuits ask for it at the same time.
/// </summary>
public sealed class SnapshotAnalyses
{
    /// <summary>How many analyses one snapshot keeps: their parameters come from URLs.</summary>
    public const int Capacity = 32;

    /// <summary>How many years ahead the forecasts reach.</summary>
    public const int ForecastHorizon = 5;

    private readonly DashboardSnapshot _snapshot;
    private readonly BoundedCache<string, SharedComputation> _cache;
    private int _computations;

    internal SnapshotAnalyses(DashboardSnapshot snapshot)
    {
        _snapshot = snapshot;
        _cache = new BoundedCache<string, SharedComputation>(Capacity);
        Analytics = new SnapshotAnalytics(snapshot, this);
    }

    /// <summary>How many analyses are kept.</summary>
    public int Count => _cache.Count;

    /// <summary>How many analyses have been started so far (one per key unless one was dropped or failed).</summary>
    public int Computations => Volatile.Read(ref _computations);

    /// <summary>
    /// The analysis of <paramref name="key"/>: the one kept or running, else <paramref name="compute"/> started on the
    /// thread pool. <paramref name="ct"/> ends only this caller's wait; the computation runs on while anyone waits,
    /// is cancelled before it starts when nobody does any more, and a failed or cancelled one is not kept.
    /// </summary>
    public Task<T> GetAsync<T>(string key, Func<T> compute, CancellationToken ct) =>
        GetAsync(key, (_, _) => compute(), null, ct);

    /// <summary>
    /// As <see cref="GetAsync{T}(string, Func{T}, CancellationToken)"/>, for a computation that reports its progress
    /// (to every caller that passes <paramref name="progress"/>, the latest report first) and stops when nobody waits.
    /// </summary>
    public async Task<T> GetAsync<T>(string key, Func<IProgress<AnalysisProgress>, CancellationToken, T> compute,
        IProgress<AnalysisProgress>? progress, CancellationToken ct)
    {
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            var computation = _cache.GetOrAdd(key, _ =>
            {
                Interlocked.Increment(ref _computations);
                return new SharedComputation((reports, unwanted) => compute(reports, unwanted));
            });
            try
            {
                return (T)(await computation.WaitAsync(ct, progress).ConfigureAwait(false))!;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                throw;
            }
            catch (OperationCanceledException)
            {
                // Every other caller left and the computation was cancelled before this caller joined: start it again.
                _cache.Remove(key, computation);
            }
            catch
            {
                _cache.Remove(key, computation);
                throw;
            }
        }
    }

    /// <summary>As <see cref="GetAsync{T}"/>, waiting on this thread: only for an analysis too cheap to wait for (the iso-lines).</summary>
    public T Get<T>(string key, Func<T> compute) => GetAsync(key, compute, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>The iso-lines of couple.d at <see cref="CouplingData.IsoLevels"/>, by level.</summary>
    public IReadOnlyDictionary<double, IReadOnlyList<IsoPoint>> IsoLines => Get("iso-lines",
        () => CouplingData.IsoLevels.ToDictionary(level => level, level => CouplingData.IsoLine(_snapshot.Results.Settings, level)));

    /// <summary>The data-quality findings of the snapshot's dataset (the data browser's report).</summary>
    public Task<DataQualityReport> QualityAsync(CancellationToken ct) => GetAsync("quality", () => DataQuality.Check(_snapshot.Dataset), ct);

    /// <summary>The boundary repairs and mismatches of the snapshot's dataset (the data browser's report), or null without boundaries.</summary>
    public Task<BoundaryReport?> BoundariesAsync(CancellationToken ct) => GetAsync("boundaries", () => BoundaryReport.For(_snapshot.Dataset), ct);

    /// <summary>The obstacle degrees of the innovation system for every city-year.</summary>
    public Task<ObstacleDiagnosis> ObstaclesAsync(CancellationToken ct) => GetAsync("obstacles", () => ObstacleDiagnosis.Compute(_snapshot.Results), ct);

    /// <summary>The GM(1,1) forecasts of a city metric for every city, <see cref="ForecastHorizon"/> years ahead.</summary>
    public Task<IReadOnlyList<CityForecast>> ForecastsAsync(string metric, CancellationToken ct) =>
        GetAsync("forecasts|" + metric, () => MetricForecasts.Compute(_snapshot.Results, metric, ForecastHorizon), ct);

    /// <summary>The typologies of every city-year by the default policy rules, ordered by region code and year.</summary>
    public Task<IReadOnlyList<CityTypology>> TypologiesAsync(CancellationToken ct) =>
        GetAsync<IReadOnlyList<CityTypology>>("typologies", () => PolicyEngine.Evaluate(PolicyRuleFile.LoadDefault(), _snapshot.Results), ct);

    /// <summary>Every computed metric as one CSV per table in a zip (the data browser's download).</summary>
    public Task<byte[]> MetricTablesZipAsync(CancellationToken ct) => GetAsync("metric-tables.zip", () => MetricTablesArchive.CsvZip(_snapshot.Results), ct);

    /// <summary>Every computed metric as one workbook, a sheet per table (the data browser's download).</summary>
    public Task<byte[]> MetricTablesXlsxAsync(CancellationToken ct) => GetAsync("metric-tables.xlsx", () => MetricTablesArchive.Xlsx(_snapshot.Results), ct);

    /// <summary>The analyses (regressions, convergence, Moran's I and LISA), kept in this same cache.</summary>
    public SnapshotAnalytics Analytics { get; }
}
