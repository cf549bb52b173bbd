using System.Collections.Concurrent;
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
    private readonly ConcurrentDictionary<int, string> _diffs = new();

    public ImportLimits ImportLimits => importer.Limits;

    /// <exception cref="OperationCanceledException">The preview was cancelled.</exception>
    public Task<ImportPreview> PreviewAsync(ClaimsPrincipal user, ImportRequest request, CancellationToken ct, IProgress<ImportProgress>? progress = null)
    {
        Demand(user);
        return importer.PreviewAsync(request, ct, progress);
    }

    /// <summary>Stores the preview as a new active version (one transaction) and switches every page to it.</summary>
    /// <exception cref="ImportRefusedException">Nothing was stored.</exception>
    public async Task<DatasetVersion> CommitAsync(ClaimsPrincipal user, ImportPreview preview, CancellationToken ct)
    {
        var name = Demand(user);
        await _gate.WaitAsync(ct);
        try
        {
            var version = await importer.CommitAsync(preview, name, activate: true, ct);
            await data.RefreshActiveAsync(ct);
            await users.WriteAuditAsync(name, AuditActions.Import, version.Id, version.Source, ct);
            return version;
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
            await data.ActivateAsync(versionId, ct);
            await users.WriteAuditAsync(name, AuditActions.Activate, versionId, null, ct);
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
            await store.DeleteVersionAsync(versionId, name, ct);
            data.Forget(versionId);
            // The version after the deleted one is now compared with an earlier one.
            _diffs.Clear();
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
            listings.Add(new VersionListing(version, previous is null ? null : await DiffAsync(previous.Id, version.Id, ct)));
        }

        return listings;
    }

    public Task<IReadOnlyList<AuditEntry>> ListAuditAsync(CancellationToken ct) => users.ListAuditAsync(50, ct);

    private async Task<string> DiffAsync(int previousId, int versionId, CancellationToken ct)
    {
        if (_diffs.TryGetValue(versionId, out var cached))
        {
            return cached;
        }

        // Versions never change, so the summary is computed once.
        var diff = DatasetDiff.Between(await store.ReadAsync(previousId, ct), await store.ReadAsync(versionId, ct));
        return _diffs.GetOrAdd(versionId, diff.ToString());
    }

    private static string Demand(ClaimsPrincipal user) =>
        DashboardAuth.IsAdministrator(user)
            ? user.Identity!.Name!
            : throw new UnauthorizedAccessException("only a signed-in administrator may import datasets, activate or delete versions");
}
