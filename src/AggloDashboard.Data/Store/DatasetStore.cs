using AggloDashboard.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace AggloDashboard.Data.Store;

/// <summary>
/// Stores datasets as independent versions in SQLite, at most one of them active.
/// Every operation uses its own short-lived context.
/// </summary>
public sealed class DatasetStore(IDbContextFactory<AggloDbContext> contextFactory)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await context.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>
    /// Writes <paramref name="dataset"/> as a new version in one transaction; when <paramref name="activate"/> is set,
    /// the new version replaces the active one in the same transaction. On any failure nothing is written.
    /// </summary>
    /// <remarks>Values read back bit for bit, except -0.0, which SQLite stores as 0. A NaN value fails the add.</remarks>
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

        ObservationBulkInsert.Run(context, version.Id, dataset.Observations, cancellationToken);

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

        var regions = await context.Regions.AsNoTracking()
            .Where(r => r.VersionId == versionId)
            .ToListAsync(cancellationToken);
        var indicators = await context.Indicators.AsNoTracking()
            .Where(i => i.VersionId == versionId)
            .ToListAsync(cancellationToken);
        var observations = await context.Observations.AsNoTracking()
            .Where(o => o.VersionId == versionId)
            .Select(o => new Observation(o.RegionCode, o.Year, o.IndicatorCode, o.Value))
            .ToListAsync(cancellationToken);
        var geoJson = await context.Boundaries.AsNoTracking()
            .Where(b => b.VersionId == versionId)
            .Select(b => b.GeoJson)
            .SingleOrDefaultAsync(cancellationToken);

        return new Dataset(regions.Select(r => r.ToRegion()), indicators.Select(i => i.ToIndicator()), observations, geoJson);
    }

    public async Task<DatasetVersion?> GetActiveAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.DatasetVersions.AsNoTracking().SingleOrDefaultAsync(v => v.IsActive, cancellationToken);
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
