using AggloDashboard.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace AggloDashboard.Data.Store;

/// <summary>
/// Stores datasets as independent versions in SQLite or PostgreSQL, at most one of them active.
/// Every operation uses its own short-lived context.
/// </summary>
public sealed class DatasetStore(IDbContextFactory<AggloDbContext> contextFactory, StoreAccess access)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await context.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>Why the store refuses changes (see <see cref="OpenAsync"/>), or null while it takes them.</summary>
    public string? ReadOnlyReason => access.ReadOnlyReason;

    /// <summary>
    /// Opens the store for the dashboard: read-only when asked, or (SQLite) when the file cannot be written or
    /// <c>PRAGMA quick_check</c> fails; migrated only when writable. Returns why it is read-only, or null.
    /// </summary>
    /// <exception cref="StoreStartException">The store is read-only and its schema is older than the app's.</exception>
    public async Task<string?> OpenAsync(bool readOnly, CancellationToken cancellationToken)
    {
        if (readOnly)
            access.RefuseWrites("started read-only (Dashboard__ReadOnly)");
        else if (access.FileIsReadOnly())
            access.RefuseWrites($"the file {access.Path} cannot be written");
        if (access.QuickCheck() is var check && check != "ok")
            access.RefuseWrites($"PRAGMA quick_check failed: {check}");

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!access.IsReadOnly)
        {
            await context.Database.MigrateAsync(cancellationToken);
            return null;
        }

        string[] pending;
        try
        {
            pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToArray();
        }
        catch (System.Data.Common.DbException e)
        {
            throw new StoreStartException($"the data store {access.Path} is read-only ({access.ReadOnlyReason}) and cannot be read: {e.Message}");
        }

        if (pending.Length > 0)
            throw new StoreStartException($"the data store {access.Path} is read-only ({access.ReadOnlyReason}) and needs " +
                                          $"{pending.Length} migration(s) this app cannot apply ({string.Join(", ", pending)}); " +
                                          "make the file writable and start again");
        return access.ReadOnlyReason;
    }

    /// <summary>
    /// Writes <paramref name="dataset"/> as a new version in one transaction; when <paramref name="activate"/> is set,
    /// the new version replaces the active one in the same transaction. On any failure nothing is written.
    /// </summary>
    /// <remarks>
    /// Values read back bit for bit, except -0.0, which SQLite stores as 0. A NaN value fails the add on SQLite; the
    /// importers never pass one.
    /// </remarks>
    public async Task<DatasetVersion> AddVersionAsync(Dataset dataset, string source, string? createdBy,
        bool isIllustrative, bool activate, CancellationToken cancellationToken)
    {
        var version = new DatasetVersion
        {
            Source = source,
            CreatedAt = DateTimeOffset.UtcNow,
            CreatedBy = createdBy,
            ContentHash = ContentHash.Compute(dataset),
            IsActive = activate,
            IsIllustrative = isIllustrative,
            RegionCount = dataset.Regions.Count,
            IndicatorCount = dataset.Indicators.Count,
            ObservationCount = dataset.Observations.Count,
        };

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);

        if (activate)
            await DeactivateAllAsync(context, cancellationToken);
        context.DatasetVersions.Add(version);
        await context.SaveChangesAsync(cancellationToken);

        context.Regions.AddRange(dataset.Regions.Select(r => RegionRow.From(version.Id, r)));
        context.Indicators.AddRange(dataset.Indicators.Select(i => IndicatorRow.From(version.Id, i)));
        if (dataset.BoundaryGeoJson is { } geoJson)
            context.Boundaries.Add(new BoundaryRow { VersionId = version.Id, GeoJson = geoJson });
        await context.SaveChangesAsync(cancellationToken);

        await ObservationBulkInsert.RunAsync(context, version.Id, dataset.Observations, cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        return version;
    }

    /// <exception cref="DatasetVersionNotFoundException">No version has this id.</exception>
    public async Task<Dataset> ReadAsync(int versionId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        // No read transaction needed: a version's content is written with it in one transaction and never changes.
        if (!await context.DatasetVersions.AnyAsync(v => v.Id == versionId, cancellationToken))
            throw new DatasetVersionNotFoundException(versionId);

        return await ReadContentAsync(context, versionId, cancellationToken);
    }

    /// <summary>A version's content as <paramref name="context"/> sees it (inside its transaction, if one is open).</summary>
    internal static async Task<Dataset> ReadContentAsync(AggloDbContext context, int versionId, CancellationToken cancellationToken)
    {
        var regions = await context.Regions.AsNoTracking()
            .Where(r => r.VersionId == versionId)
            .ToListAsync(cancellationToken);
        var indicators = await context.Indicators.AsNoTracking()
            .Where(i => i.VersionId == versionId)
            .ToListAsync(cancellationToken);
        var rows = await context.Observations.AsNoTracking()
            .Where(o => o.VersionId == versionId)
            .Select(o => new { o.RegionCode, o.Year, o.IndicatorCode, o.Value })
            .ToListAsync(cancellationToken);
        // Every row brings its own copy of its two codes; one instance per code keeps a national panel's 180,000
        // observations (held as long as its snapshot is cached) from holding 360,000 copies of a few hundred codes.
        var codes = new CodePool();
        var observations = rows.Select(o => new Observation(codes.Shared(o.RegionCode), o.Year, codes.Shared(o.IndicatorCode), o.Value));
        var geoJson = await context.Boundaries.AsNoTracking()
            .Where(b => b.VersionId == versionId)
            .Select(b => b.GeoJson)
            .SingleOrDefaultAsync(cancellationToken);

        return new Dataset(regions.Select(r => r.ToRegion()), indicators.Select(i => i.ToIndicator()), observations, geoJson);
    }

    /// <summary>One version's record (not its content), or null when there is no such version.</summary>
    public async Task<DatasetVersion?> GetVersionAsync(int versionId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.DatasetVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Id == versionId, cancellationToken);
    }

    /// <summary>A version's boundary GeoJSON alone, or null when it has none.</summary>
    public async Task<string?> ReadBoundaryAsync(int versionId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Boundaries.AsNoTracking()
            .Where(b => b.VersionId == versionId)
            .Select(b => b.GeoJson)
            .SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<DatasetVersion?> GetActiveAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.DatasetVersions.AsNoTracking().SingleOrDefaultAsync(v => v.IsActive, cancellationToken);
    }

    /// <summary>The store's <see cref="StoreStamp"/>: a few index lookups, cheap enough to poll every second or two.</summary>
    public async Task<StoreStamp> GetStampAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var active = await context.DatasetVersions.AsNoTracking()
            .Where(v => v.IsActive)
            .Select(v => new { v.Id, v.ContentHash })
            .SingleOrDefaultAsync(cancellationToken);
        var lastVersion = await context.DatasetVersions.MaxAsync(v => (int?)v.Id, cancellationToken);
        var versions = await context.DatasetVersions.CountAsync(cancellationToken);
        var lastAudit = await context.AuditLog.MaxAsync(e => (int?)e.Id, cancellationToken);
        return new StoreStamp(active?.Id, active?.ContentHash, lastVersion, versions, lastAudit);
    }

    /// <summary>
    /// Null when the store can be reached and has every migration this app knows; otherwise why not, for a readiness probe.
    /// </summary>
    public async Task<string?> ReadinessProblemAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
            if (!await context.Database.CanConnectAsync(cancellationToken))
                return "the data store cannot be reached";
            var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToArray();
            return pending.Length == 0 ? null : $"the data store needs {pending.Length} migration(s): {string.Join(", ", pending)}";
        }
        catch (System.Data.Common.DbException e)
        {
            return $"the data store cannot be read: {e.Message}";
        }
    }

    /// <summary>All versions, newest first.</summary>
    public async Task<IReadOnlyList<DatasetVersion>> ListVersionsAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.DatasetVersions.AsNoTracking()
            .OrderByDescending(v => v.CreatedAt).ThenByDescending(v => v.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Makes <paramref name="versionId"/> the only active version, in one transaction.</summary>
    /// <exception cref="DatasetVersionNotFoundException">No version has this id; the active version is unchanged.</exception>
    public async Task ActivateAsync(int versionId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        if (!await context.DatasetVersions.AnyAsync(v => v.Id == versionId, cancellationToken))
            throw new DatasetVersionNotFoundException(versionId);

        await DeactivateAllAsync(context, cancellationToken);
        await context.DatasetVersions
            .Where(v => v.Id == versionId)
            .ExecuteUpdateAsync(set => set.SetProperty(v => v.IsActive, true), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Deletes a version that is not active, with all its content, and records who deleted it in the audit log, in one
    /// transaction: on any failure nothing is deleted or recorded. Other versions are not touched.
    /// </summary>
    /// <exception cref="DatasetVersionNotFoundException">No version has this id.</exception>
    /// <exception cref="ActiveVersionDeletionException">The version is the active one.</exception>
    public async Task DeleteVersionAsync(int versionId, string deletedBy, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var version = await context.DatasetVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Id == versionId, cancellationToken)
                      ?? throw new DatasetVersionNotFoundException(versionId);
        if (version.IsActive)
            throw new ActiveVersionDeletionException(versionId);

        await context.Observations.Where(o => o.VersionId == versionId).ExecuteDeleteAsync(cancellationToken);
        await context.Indicators.Where(i => i.VersionId == versionId).ExecuteDeleteAsync(cancellationToken);
        await context.Regions.Where(r => r.VersionId == versionId).ExecuteDeleteAsync(cancellationToken);
        await context.Boundaries.Where(b => b.VersionId == versionId).ExecuteDeleteAsync(cancellationToken);
        await context.DatasetVersions.Where(v => v.Id == versionId).ExecuteDeleteAsync(cancellationToken);
        context.AuditLog.Add(new AuditEntry
        {
            At = DateTimeOffset.UtcNow,
            UserName = deletedBy,
            Action = AuditActions.Delete,
            VersionId = versionId,
            Detail = $"{version.Source} ({version.ContentHash[..12]})",
        });
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>One page of a version's observations, filtered and ordered in the database.</summary>
    public async Task<ObservationPage> QueryObservationsAsync(int versionId, ObservationQuery query, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = context.Observations.AsNoTracking().Where(o => o.VersionId == versionId);
        if (query.RegionCode is { } region)
            rows = rows.Where(o => o.RegionCode == region);
        if (query.Year is { } year)
            rows = rows.Where(o => o.Year == year);
        if (query.IndicatorCode is { } indicator)
            rows = rows.Where(o => o.IndicatorCode == indicator);
        if (query.Subsystem is { } subsystem)
            rows = rows.Where(o => context.Indicators.Any(i => i.VersionId == versionId && i.Code == o.IndicatorCode && i.Subsystem == subsystem));

        var total = await rows.CountAsync(cancellationToken);
        var page = await Ordered(rows, query)
            .Skip(Math.Max(0, query.Skip))
            .Take(Math.Max(1, query.Take))
            .Select(o => new Observation(o.RegionCode, o.Year, o.IndicatorCode, o.Value))
            .ToListAsync(cancellationToken);
        return new ObservationPage(page, total);
    }

    private static IQueryable<ObservationRow> Ordered(IQueryable<ObservationRow> rows, ObservationQuery query)
    {
        var first = (query.Sort, query.Descending) switch
        {
            (ObservationSort.Year, false) => rows.OrderBy(o => o.Year),
            (ObservationSort.Year, true) => rows.OrderByDescending(o => o.Year),
            (ObservationSort.Indicator, false) => rows.OrderBy(o => o.IndicatorCode),
            (ObservationSort.Indicator, true) => rows.OrderByDescending(o => o.IndicatorCode),
            (ObservationSort.Value, false) => rows.OrderBy(o => o.Value),
            (ObservationSort.Value, true) => rows.OrderByDescending(o => o.Value),
            (_, false) => rows.OrderBy(o => o.RegionCode),
            (_, true) => rows.OrderByDescending(o => o.RegionCode),
        };
        return first.ThenBy(o => o.RegionCode).ThenBy(o => o.Year).ThenBy(o => o.IndicatorCode);
    }

    /// <summary>The newest version with this content hash, or null.</summary>
    public async Task<DatasetVersion?> FindByHashAsync(string hash, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.DatasetVersions.AsNoTracking()
            .Where(v => v.ContentHash == hash)
            .OrderByDescending(v => v.CreatedAt).ThenByDescending(v => v.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    // A separate statement before activating: SQLite checks the single-active index row by row, not per statement.
    private static Task<int> DeactivateAllAsync(AggloDbContext context, CancellationToken cancellationToken) =>
        context.DatasetVersions
            .Where(v => v.IsActive)
            .ExecuteUpdateAsync(set => set.SetProperty(v => v.IsActive, false), cancellationToken);
}
