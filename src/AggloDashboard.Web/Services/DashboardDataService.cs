using AggloDashboard.Core.Domain;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Data.Folder;
using AggloDashboard.Data.Spatial;
using AggloDashboard.Data.Store;
using Microsoft.Extensions.Options;

namespace AggloDashboard.Web.Services;

/// <summary>
/// The pages' one source of numbers: the active dataset version from the store, its metrics computed once per
/// version and settings and kept in one bounded cache.
/// </summary>
public sealed class DashboardDataService(DatasetStore store, IOptions<DashboardOptions> options, ILogger<DashboardDataService> logger)
{
    /// <summary>How many snapshots (of any version and settings) are kept, the most recently used: settings come from URLs.</summary>
    public const int SnapshotCapacity = 12;

    private readonly BoundedCache<(int VersionId, string Settings), Lazy<Task<DashboardSnapshot>>> _snapshots =
        new(SnapshotCapacity, Math.Max(1, options.Value.SnapshotCacheMegabytes) * 1024L * 1024L);

    private volatile ActiveVersion _active = new(0, "");

    private StoreStamp? _stamp;

    /// <summary>Raised with the new version's id whenever the active version changes (an activation or a commit).</summary>
    public event Action<int>? ActiveVersionChanged;

    /// <summary>
    /// Raised when <see cref="RefreshAsync"/> sees the store changed in any way (a version added, activated or deleted;
    /// a story or user changed), here or on another instance: pages listing versions or stories load them again.
    /// </summary>
    public event Action? StoreChanged;

    public async Task InitialiseAsync(CancellationToken ct)
    {
        if (await store.OpenAsync(options.Value.ReadOnly, ct) is { } reason)
        {
            logger.LogWarning("The data store is read-only ({Reason}): pages browse it, every change is refused", reason);
        }

        var active = await store.GetActiveAsync(ct);
        if (active is null)
        {
            active = IsReadOnly
                ? throw new StoreStartException($"the data store is read-only ({ReadOnlyReason}) and has no active dataset version to show")
                : await LoadSeedAsync(ct);
        }

        _active = new ActiveVersion(active.Id, active.ContentHash);
    }

    /// <summary>Why the store refuses every change (it is read-only), or null while it takes them.</summary>
    public string? ReadOnlyReason => store.ReadOnlyReason;

    public bool IsReadOnly => ReadOnlyReason is not null;

    /// <summary>The snapshots kept: how many, and the estimate of their memory in bytes.</summary>
    public (int Count, long Bytes) CacheSize => (_snapshots.Count, _snapshots.Weight);

    /// <summary>Makes <paramref name="versionId"/> the active version in the store and for every page from now on.</summary>
    /// <exception cref="DatasetVersionNotFoundException">No version has this id; nothing changes.</exception>
    public async Task ActivateAsync(int versionId, CancellationToken ct)
    {
        await store.ActivateAsync(versionId, ct);
        await RefreshActiveAsync(ct);
    }

    /// <summary>
    /// Follows the store's active version after something else (an import, the command line, another process) changed
    /// it; every page that follows <see cref="ActiveVersionChanged"/> then shows it.
    /// </summary>
    public async Task RefreshActiveAsync(CancellationToken ct)
    {
        if (await store.GetActiveAsync(ct) is { } active)
        {
            SetActive(new ActiveVersion(active.Id, active.ContentHash));
        }
    }

    /// <summary>
    /// Reads the store's <see cref="StoreStamp"/>; when it changed since the last call, follows the active version and
    /// raises <see cref="StoreChanged"/>. The watcher calls it every <c>StorePollMilliseconds</c>.
    /// </summary>
    public async Task RefreshAsync(CancellationToken ct)
    {
        var stamp = await store.GetStampAsync(ct);
        var previous = Interlocked.Exchange(ref _stamp, stamp);
        if (previous == stamp)
        {
            return;
        }

        if (stamp.ActiveId is { } id)
        {
            SetActive(new ActiveVersion(id, stamp.ActiveHash!));
        }

        if (previous is not null)
        {
            StoreChanged?.Invoke();
        }
    }

    /// <summary>One page of a stored version's observations, read from the store (not from the cached snapshot).</summary>
    public Task<ObservationPage> QueryObservationsAsync(int versionId, ObservationQuery query, CancellationToken ct) =>
        store.QueryObservationsAsync(versionId, query, ct);

    /// <summary>Drops the cached snapshots of a version that no longer exists.</summary>
    public void Forget(int versionId)
    {
        _snapshots.RemoveWhere(k => k.VersionId == versionId);
    }

    private void SetActive(ActiveVersion active)
    {
        var previous = _active;
        if (previous == active)
        {
            return;
        }

        // An id deleted and given again to other content (by another process) must not meet the old snapshots.
        if (previous.Id == active.Id)
        {
            _snapshots.RemoveWhere(k => k.VersionId == active.Id);
        }

        _active = active;
        ActiveVersionChanged?.Invoke(active.Id);
    }

    /// <summary>The snapshot of the active version; <paramref name="ct"/> ends this caller's wait, not the shared build.</summary>
    public Task<DashboardSnapshot> GetCurrentAsync(CancellationToken ct = default) => GetSnapshot(_active.Id).WaitAsync(ct);

    /// <summary>
    /// The snapshot of the active version computed with <paramref name="settings"/>, cached by version and
    /// <see cref="SettingsKey"/>; the default settings give the same snapshot as <see cref="GetCurrentAsync(CancellationToken)"/>.
    /// </summary>
    public Task<DashboardSnapshot> GetCurrentAsync(MetricSettings settings, CancellationToken ct = default) =>
        GetSnapshot(_active.Id, settings).WaitAsync(ct);

    private Task<DashboardSnapshot> GetSnapshot(int versionId, MetricSettings settings)
    {
        var key = SettingsKey(settings);
        return key == SettingsKey(MetricSettings.Default)
            ? GetSnapshot(versionId)
            : Cached((versionId, key), () => BuildVariantAsync(versionId, settings));
    }

    /// <summary>
    /// The snapshot of the active version for the settings a URL asks for. User weights that do not fit the dataset's
    /// composites (a missing or unknown indicator) are reported as a problem and entropy weights used instead.
    /// </summary>
    public Task<SettingsResolution> ResolveAsync(ParsedSettings requested, CancellationToken ct = default) =>
        ResolveAsync(_active.Id, requested, ct);

    /// <summary>As <see cref="ResolveAsync(ParsedSettings, CancellationToken)"/> for any stored version (the downloads).</summary>
    /// <exception cref="DatasetVersionNotFoundException">No version has this id.</exception>
    public async Task<SettingsResolution> ResolveAsync(int versionId, ParsedSettings requested, CancellationToken ct)
    {
        if (requested.Settings.Scope is { } scope)
        {
            requested = await ResolveScopeAsync(versionId, requested, scope, ct);
        }

        try
        {
            return new SettingsResolution(await GetSnapshot(versionId, requested.Settings).WaitAsync(ct), requested.Problems);
        }
        catch (ArgumentException e) when (requested.Settings.Weighting.Method == WeightingMethod.UserGiven)
        {
            _snapshots.RemoveWhere(k => k.Settings == SettingsKey(requested.Settings));
            var problem = new SettingProblem(MetricSettingsQuery.Weights,
                string.Join(',', requested.Settings.Weighting.UserWeights.Keys), Reason("settings.problem.weights", Lang.Zh, e.Message),
                Reason("settings.problem.weights", Lang.En, e.Message));
            var fallback = requested.Settings with { Weighting = IndicatorWeighting.Entropy };
            return new SettingsResolution(await GetSnapshot(versionId, fallback).WaitAsync(ct), [.. requested.Problems, problem]);
        }
    }

    private static string Reason(string key, Lang lang, params object[] values) => string.Format(lang.Culture(), UiText.Get(lang, key), values);

    /// <summary>
    /// Drops the scope's codes that name no region of the active version, and the scope itself when it leaves fewer
    /// than two cities, each with a problem saying so; the other settings are kept.
    /// </summary>
    private async Task<ParsedSettings> ResolveScopeAsync(int versionId, ParsedSettings requested, IReadOnlyList<string> scope, CancellationToken ct)
    {
        var dataset = (await GetSnapshot(versionId).WaitAsync(ct)).Dataset;
        var (prefectures, unknown) = RegionScope.Resolve(dataset, scope);
        var problems = requested.Problems.ToList();
        foreach (var code in unknown)
        {
            problems.Add(new SettingProblem(MetricSettingsText.Scope, code, Reason("settings.problem.unknownRegion", Lang.Zh),
                Reason("settings.problem.unknownRegion", Lang.En)));
        }

        if (prefectures.Count < 2)
        {
            problems.Add(new SettingProblem(MetricSettingsText.Scope, string.Join(',', scope), Reason("settings.problem.smallScope", Lang.Zh),
                Reason("settings.problem.smallScope", Lang.En)));
            return new ParsedSettings(requested.Settings with { Scope = null }, problems);
        }

        var known = scope.Except(unknown).ToArray();
        return new ParsedSettings(requested.Settings with { Scope = known }, problems);
    }

    /// <summary>A text that is equal for two settings exactly when they give the same numbers: their query values.</summary>
    public static string SettingsKey(MetricSettings settings) =>
        string.Join('&', MetricSettingsText.ToValues(settings).Select(kv => kv.Key + "=" + kv.Value));

    private Task<DashboardSnapshot> GetSnapshot(int versionId) => Cached((versionId, ""), () => BuildAsync(versionId));

    // Built once per key; weighed when built; a failed build (a missing version, a busy store) is not kept.
    private Task<DashboardSnapshot> Cached((int VersionId, string Settings) key, Func<Task<DashboardSnapshot>> build)
    {
        Lazy<Task<DashboardSnapshot>>? entry = null;
        entry = _snapshots.GetOrAdd(key, _ => new Lazy<Task<DashboardSnapshot>>(async () =>
        {
            try
            {
                // On the thread pool: reading a version (Microsoft.Data.Sqlite works synchronously under its async API)
                // and computing its metrics take seconds for a national dataset, and the first caller may be a circuit,
                // whose page shows its loading state meanwhile.
                var snapshot = await Task.Run(build);
                _snapshots.SetWeight(key, entry!, snapshot.EstimatedBytes);
                return snapshot;
            }
            catch
            {
                _snapshots.RemoveWhere(k => k == key);
                throw;
            }
        }));
        return entry.Value;
    }

    // Shared by every caller waiting for the key, so no caller's token may cancel it.
    private async Task<DashboardSnapshot> BuildAsync(int versionId)
    {
        var versions = await store.ListVersionsAsync(CancellationToken.None);
        var version = versions.FirstOrDefault(v => v.Id == versionId) ?? throw new DatasetVersionNotFoundException(versionId);
        var dataset = await store.ReadAsync(versionId, CancellationToken.None);
        return new DashboardSnapshot(version, dataset, MetricsEngine.Compute(dataset));
    }

    private async Task<DashboardSnapshot> BuildVariantAsync(int versionId, MetricSettings settings)
    {
        var standard = await GetSnapshot(versionId);
        var dataset = settings.Scope is { } scope ? ScopedDataset.Apply(standard.Dataset, scope).Dataset : standard.Dataset;
        return new DashboardSnapshot(standard.Version, dataset, MetricsEngine.Compute(dataset, settings));
    }

    private async Task<DatasetVersion> LoadSeedAsync(CancellationToken ct)
    {
        var folder = options.Value.ResolvedSeedDataPath;
        var read = DatasetFolderReader.Read(folder);
        if (read.Dataset is null)
        {
            throw new InvalidOperationException(
                $"the seed dataset at {folder} is invalid: " + string.Join("; ", read.Problems.Take(5)));
        }

        logger.LogInformation("Loading the illustrative seed dataset from {Folder}: {Summary}", folder, read.Summary);
        return await store.AddVersionAsync(read.Dataset, "seed-data (illustrative)", "system", isIllustrative: true,
            activate: true, ct);
    }

    private sealed record ActiveVersion(int Id, string ContentHash);
}
