using System.Security.Claims;
using AggloDashboard.Data.Import;
using AggloDashboard.Data.Store;
using AggloDashboard.Web.Auth;

namespace AggloDashboard.Web.Services;

/// <summary>A stored version with how it differs from the version before it.</summary>
public sealed record VersionListing(DatasetVersion Version, string? DiffFromPrevious);

/// <summary>
/// Imports, activations and deletions for the pages, each refused unless the caller is an administrator (whatever the UI
/// shows), written to the audit log, and followed by every page through <see cref="DashboardDataService"/>.
/// </summary>
public sealed class DataManagementService(DashboardDataService data, DatasetStore store, DatasetImporter importer, UserStore users)
{
    // One import or activation at a time: a commit checks the active version it was previewed against.
    private readonly SemaphoreSlim _gate = new(1, 1);
    /// <summary>How many diff summaries are kept.</summary>
    public const int DiffCapacity = 64;

    // Keyed by the two versions' content hashes: a summary never changes, whatever is deleted or given an id again.
    private readonly BoundedCache<(string Previous, string Version), Lazy<Task<string>>> _diffs = new(DiffCapacity);

    public ImportLimits ImportLimits => importer.Limits;

    /// <exception cref="OperationCanceledException">The preview was cancelled.</exception>
    public Task<ImportPreview> PreviewAsync(ClaimsPrincipal user, ImportRequest request, CancellationToken ct, IProgress<ImportProgress>? progress = null)
    {
        Demand(user);
        return importer.PreviewAsync(request, ct, progress);
    }

    /// <summary>Stores the preview as a new active version (one transaction) and switches every page to it.</summary>
    /// <exception cref="ImportRefusedException">Nothing was stored.</exception>
    /// <exception cref="StoreUnavailableException">The store is busy, full or read-only; nothing was stored.</exception>
    public async Task<DatasetVersion> CommitAsync(ClaimsPrincipal user, ImportPreview preview, CancellationToken ct)
    {
        var name = Demand(user);
        await _gate.WaitAsync(ct);
        try
        {
            return await StoreFaults.GuardAsync(async () =>
            {
                var version = await importer.CommitAsync(preview, name, activate: true, ct);
                await data.RefreshActiveAsync(ct);
                await users.WriteAuditAsync(name, AuditActions.Import, version.Id, version.Source, ct);
                return version;
            });
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Makes an earlier or later version the active one (a roll back or forward).</summary>
    public async Task ActivateAsync(ClaimsPrincipal user, int versionId, CancellationToken ct)
    {
        var name = Demand(user);
        await _gate.WaitAsync(ct);
        try
        {
            await StoreFaults.GuardAsync(async () =>
            {
                await data.ActivateAsync(versionId, ct);
                await users.WriteAuditAsync(name, AuditActions.Activate, versionId, null, ct);
            });
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Deletes a version that is not the active one; the deletion is recorded in the audit log with it.</summary>
    /// <exception cref="ActiveVersionDeletionException">The version is the active one; nothing is deleted.</exception>
    /// <exception cref="DatasetVersionNotFoundException">No version has this id.</exception>
    public async Task DeleteAsync(ClaimsPrincipal user, int versionId, CancellationToken ct)
    {
        var name = Demand(user);
        await _gate.WaitAsync(ct);
        try
        {
            await StoreFaults.GuardAsync(() => store.DeleteVersionAsync(versionId, name, ct));
            data.Forget(versionId);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Every version, newest first, with a summary of its changes against the version stored before it.</summary>
    public async Task<IReadOnlyList<VersionListing>> ListVersionsAsync(CancellationToken ct)
    {
        var versions = await store.ListVersionsAsync(ct);
        var byId = versions.OrderBy(v => v.Id).ToArray();
        var listings = new List<VersionListing>();
        foreach (var version in versions)
        {
            var previous = byId.LastOrDefault(v => v.Id < version.Id);
            listings.Add(new VersionListing(version, previous is null ? null : await DiffAsync(previous, version)));
        }

        return listings;
    }

    public Task<IReadOnlyList<AuditEntry>> ListAuditAsync(CancellationToken ct) => users.ListAuditAsync(50, ct);

    public int CachedDiffCount => _diffs.Count;

    private Task<string> DiffAsync(DatasetVersion previous, DatasetVersion version)
    {
        var key = (previous.ContentHash, version.ContentHash);
        return _diffs.GetOrAdd(key, _ => new Lazy<Task<string>>(async () =>
        {
            try
            {
                // Not back on the versions page's circuit: comparing two national versions takes a while.
                var diff = DatasetDiff.Between(await store.ReadAsync(previous.Id, CancellationToken.None).ConfigureAwait(false),
                    await store.ReadAsync(version.Id, CancellationToken.None).ConfigureAwait(false));
                return diff.ToString();
            }
            catch
            {
                _diffs.RemoveWhere(k => k == key);
                throw;
            }
        })).Value;
    }

    private static string Demand(ClaimsPrincipal user) =>
        DashboardAuth.IsAdministrator(user)
            ? user.Identity!.Name!
            : throw new UnauthorizedAccessException("only a signed-in administrator may import datasets, activate or delete versions");
}
