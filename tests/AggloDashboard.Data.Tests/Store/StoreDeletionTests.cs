using AggloDashboard.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace AggloDashboard.Data.Tests.Store;

public sealed class StoreDeletionTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task Deleting_a_version_removes_its_content_and_leaves_the_others_untouched(StoreProvider provider)
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider);
        var store = temporary.Store;
        var first = await store.AddVersionAsync(SampleDatasets.Awkward(), "a", "t", false, activate: false, None);
        var doomed = await store.AddVersionAsync(SampleDatasets.Generated(3, 2, 4), "b", "t", false, activate: false, None);
        var active = await store.AddVersionAsync(SampleDatasets.Generated(4, 3, 5), "c", "t", false, activate: true, None);

        await store.DeleteVersionAsync(doomed.Id, "admin", None);

        Assert.Equal([active.Id, first.Id], (await store.ListVersionsAsync(None)).Select(v => v.Id).ToArray());
        Assert.Equal(first.ContentHash, ContentHash.Compute(await store.ReadAsync(first.Id, None)));
        Assert.Equal(active.ContentHash, ContentHash.Compute(await store.ReadAsync(active.Id, None)));
        Assert.Equal(active.Id, (await store.GetActiveAsync(None))!.Id);
        await using var context = temporary.CreateContext();
        Assert.False(await context.Observations.AnyAsync(o => o.VersionId == doomed.Id));
        Assert.False(await context.Regions.AnyAsync(r => r.VersionId == doomed.Id));
        Assert.False(await context.Indicators.AnyAsync(i => i.VersionId == doomed.Id));
        Assert.False(await context.Boundaries.AnyAsync(b => b.VersionId == doomed.Id));
        var audit = await context.AuditLog.SingleAsync();
        Assert.Equal((AuditActions.Delete, "admin", (int?)doomed.Id), (audit.Action, audit.UserName, audit.VersionId));
        Assert.StartsWith("b (", audit.Detail);
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task The_active_version_cannot_be_deleted_and_nothing_changes(StoreProvider provider)
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider);
        var store = temporary.Store;
        var other = await store.AddVersionAsync(SampleDatasets.Generated(3, 2, 4), "a", "t", false, activate: false, None);
        var active = await store.AddVersionAsync(SampleDatasets.Awkward(), "b", "t", false, activate: true, None);

        var refused = await Assert.ThrowsAsync<ActiveVersionDeletionException>(() => store.DeleteVersionAsync(active.Id, "admin", None));

        Assert.Contains("active version", refused.Message);
        Assert.Equal([active.Id, other.Id], (await store.ListVersionsAsync(None)).Select(v => v.Id).ToArray());
        Assert.Equal(active.ContentHash, ContentHash.Compute(await store.ReadAsync(active.Id, None)));
        await using var context = temporary.CreateContext();
        Assert.False(await context.AuditLog.AnyAsync());
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task Deleting_an_unknown_version_says_so(StoreProvider provider)
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider);

        await Assert.ThrowsAsync<DatasetVersionNotFoundException>(() => temporary.Store.DeleteVersionAsync(42, "admin", None));
    }
}
