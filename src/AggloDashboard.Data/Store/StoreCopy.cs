using AggloDashboard.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace AggloDashboard.Data.Store;

/// <summary>What <see cref="StoreCopy.CopyAsync"/> copied; every version's content hash was checked on the target.</summary>
public sealed record StoreCopyReport(IReadOnlyList<(int Id, string ContentHash)> Versions, int Users, int Stories, int AuditEntries);

/// <summary>
/// Copies a whole store into an empty one, of either engine: every version with its content, record and id, every
/// user, story (with its slides) and audit entry, in one transaction on the target. Ids are kept, so the audit log
/// and stories still name the same versions.
/// </summary>
public static class StoreCopy
{
    /// <exception cref="StoreCopyException">
    /// The target is not empty, or a version's content read back from the target hashes differently from the source's;
    /// nothing was written.
    /// </exception>
    public static async Task<StoreCopyReport> CopyAsync(IDbContextFactory<AggloDbContext> source, IDbContextFactory<AggloDbContext> target,
        Action<string>? progress, CancellationToken cancellationToken)
    {
        await using var from = await source.CreateDbContextAsync(cancellationToken);
        await using var to = await target.CreateDbContextAsync(cancellationToken);
        to.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await to.Database.BeginTransactionAsync(cancellationToken);
        await EnsureEmptyAsync(to, cancellationToken);

        var versions = new List<(int, string)>();
        foreach (var version in await from.DatasetVersions.AsNoTracking().OrderBy(v => v.Id).ToListAsync(cancellationToken))
        {
            versions.Add((version.Id, await CopyVersionAsync(from, to, version, cancellationToken)));
            progress?.Invoke($"version #{version.Id}: {version.ObservationCount} observations, content hash {version.ContentHash[..12]} checked");
        }

        var users = await CopyAllAsync(from.Users, to, cancellationToken);
        var stories = await from.Stories.AsNoTracking().Include(s => s.Slides).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        to.Stories.AddRange(stories);
        var audit = await CopyAllAsync(from.AuditLog, to, cancellationToken);
        await to.SaveChangesAsync(cancellationToken);
        if (to.IsPostgres)
            await AdvanceIdentitiesAsync(to, cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        return new StoreCopyReport(versions, users, stories.Count, audit);
    }

    private static async Task EnsureEmptyAsync(AggloDbContext to, CancellationToken cancellationToken)
    {
        if (await to.DatasetVersions.AnyAsync(cancellationToken) || await to.Users.AnyAsync(cancellationToken) ||
            await to.Stories.AnyAsync(cancellationToken) || await to.AuditLog.AnyAsync(cancellationToken))
            throw new StoreCopyException("the target store is not empty: copy into a new database or file");
    }

    /// <summary>Copies one version's rows and returns its content's hash, the same on both sides.</summary>
    private static async Task<string> CopyVersionAsync(AggloDbContext from, AggloDbContext to, DatasetVersion version, CancellationToken cancellationToken)
    {
        var id = version.Id;
        to.DatasetVersions.Add(version);
        to.Regions.AddRange(await from.Regions.AsNoTracking().Where(r => r.VersionId == id).ToListAsync(cancellationToken));
        to.Indicators.AddRange(await from.Indicators.AsNoTracking().Where(i => i.VersionId == id).ToListAsync(cancellationToken));
        to.Boundaries.AddRange(await from.Boundaries.AsNoTracking().Where(b => b.VersionId == id).ToListAsync(cancellationToken));
        await to.SaveChangesAsync(cancellationToken);
        to.ChangeTracker.Clear();

        var observations = await from.Observations.AsNoTracking()
            .Where(o => o.VersionId == id)
            .Select(o => new Observation(o.RegionCode, o.Year, o.IndicatorCode, o.Value))
            .ToListAsync(cancellationToken);
        await ObservationBulkInsert.RunAsync(to, id, observations, cancellationToken);

        var expected = ContentHash.Compute(await DatasetStore.ReadContentAsync(from, id, cancellationToken));
        var copied = ContentHash.Compute(await DatasetStore.ReadContentAsync(to, id, cancellationToken));
        return copied == expected
            ? copied
            : throw new StoreCopyException($"version #{id} hashes {copied[..12]} on the target but {expected[..12]} on the source; nothing was copied");
    }

    private static async Task<int> CopyAllAsync<T>(DbSet<T> rows, AggloDbContext to, CancellationToken cancellationToken) where T : class
    {
        var all = await rows.AsNoTracking().ToListAsync(cancellationToken);
        to.AddRange(all);
        return all.Count;
    }

    /// <summary>
    /// Rows inserted with their ids leave PostgreSQL's identity sequences behind; the next new row must get the next id.
    /// (SQLite's AUTOINCREMENT follows explicit ids by itself.)
    /// </summary>
    private static async Task AdvanceIdentitiesAsync(AggloDbContext to, CancellationToken cancellationToken)
    {
        foreach (var entity in new[] { typeof(DatasetVersion), typeof(UserAccount), typeof(AuditEntry), typeof(Story), typeof(StorySlide) })
        {
            var table = to.Model.FindEntityType(entity)!.GetTableName()!;
            // Table names come from the model, not from input.
#pragma warning disable EF1002
            await to.Database.ExecuteSqlRawAsync(
                $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), COALESCE(MAX(\"Id\"), 1), MAX(\"Id\") IS NOT NULL) FROM \"{table}\"",
                cancellationToken);
#pragma warning restore EF1002
        }
    }
}

/// <summary>A store copy refused or failed its check; the target is unchanged.</summary>
public sealed class StoreCopyException(string message) : Exception(message);
