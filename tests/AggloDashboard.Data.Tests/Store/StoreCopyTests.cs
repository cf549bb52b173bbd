using AggloDashboard.Data.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AggloDashboard.Data.Tests.Store;

public sealed class StoreCopyTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>Every pair of providers, from and to (SQLite to SQLite alone when PostgreSQL is off).</summary>
    public static TheoryData<StoreProvider, StoreProvider> Directions()
    {
        var rows = new TheoryData<StoreProvider, StoreProvider>();
        foreach (var from in new StoreProviders())
            foreach (var to in new StoreProviders())
                rows.Add(from, to);
        return rows;
    }

    [Theory]
    [MemberData(nameof(Directions))]
    public async Task A_round_trip_keeps_every_version_hash_id_user_story_and_audit_entry(StoreProvider from, StoreProvider to)
    {
        using var source = await TemporaryStore.CreateMigratedAsync(from);
        var first = await source.Store.AddVersionAsync(SampleDatasets.Awkward(), "awkward", "alice", false, activate: false, None);
        var second = await source.Store.AddVersionAsync(SampleDatasets.Generated(12, 5, 4), "generated", "alice", true, activate: true, None);
        var third = await source.Store.AddVersionAsync(SampleDatasets.Generated(3, 2, 2), "deleted", "alice", false, activate: false, None);
        await source.Store.DeleteVersionAsync(third.Id, "alice", None);
        await source.Users.AddAsync("Alice", "a long enough secret", isAdministrator: true, "test", None);
        var story = await source.Stories.CreateAsync(TemporaryStore.Editor, "Findings", None);
        await source.Stories.AddSlideAsync(TemporaryStore.Editor, story.Id, "/map", "lang=en", "地图", "Map", None);
        using var middle = await TemporaryStore.CreateMigratedAsync(to);
        using var back = await TemporaryStore.CreateMigratedAsync(from);

        var there = await StoreCopy.CopyAsync(Contexts(source), Contexts(middle), null, None);
        var again = await StoreCopy.CopyAsync(Contexts(middle), Contexts(back), null, None);

        Assert.Equal([first.Id, second.Id], there.Versions.Select(v => v.Id));
        Assert.Equal(there.Versions, again.Versions);
        foreach (var copy in new[] { middle, back })
        {
            Assert.Equal(second.Id, (await copy.Store.GetActiveAsync(None))?.Id);
            Assert.Equal([second.ContentHash, first.ContentHash], (await copy.Store.ListVersionsAsync(None)).Select(v => v.ContentHash));
            DatasetAssert.BitwiseEqual(await source.Store.ReadAsync(first.Id, None), await copy.Store.ReadAsync(first.Id, None));
            // The password hash is copied, and the name still matches without regard to case.
            Assert.Equal(SignInStatus.Succeeded, (await copy.Users.SignInAsync("ALICE", "a long enough secret", "192.0.2.1", None)).Status);
            Assert.Equal(["/map"], (await copy.Stories.GetAsync(story.Id, None))!.Slides.Select(s => s.Path));
        }

        await using (var original = source.CreateContext())
        await using (var copied = back.CreateContext())
        {
            Assert.Equal(await AuditOf(original), await AuditOf(copied));
        }

        // New rows after the copy get new ids, not ones already taken.
        var fourth = await back.Store.AddVersionAsync(SampleDatasets.Awkward(), "after", null, false, activate: false, None);
        Assert.True(fourth.Id > second.Id);
        await back.Stories.CreateAsync(TemporaryStore.Editor, "Another", None);
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task A_target_that_is_not_empty_is_refused_and_left_unchanged(StoreProvider provider)
    {
        using var source = await TemporaryStore.CreateMigratedAsync(StoreProvider.Sqlite);
        await source.Store.AddVersionAsync(SampleDatasets.Awkward(), "source", null, false, activate: true, None);
        using var target = await TemporaryStore.CreateMigratedAsync(provider);
        var existing = await target.Store.AddVersionAsync(SampleDatasets.Generated(3, 2, 2), "target", null, false, activate: true, None);

        var refused = await Assert.ThrowsAsync<StoreCopyException>(() => StoreCopy.CopyAsync(Contexts(source), Contexts(target), null, None));

        Assert.Contains("not empty", refused.Message);
        Assert.Equal(existing.Id, Assert.Single(await target.Store.ListVersionsAsync(None)).Id);
    }

    private static IDbContextFactory<AggloDbContext> Contexts(TemporaryStore store) => store.Contexts;

    private static async Task<List<string>> AuditOf(AggloDbContext context) =>
        (await context.AuditLog.AsNoTracking().OrderBy(e => e.Id).ToListAsync())
        .Select(e => $"{e.Id} {e.At.UtcTicks} {e.UserName} {e.Action} {e.VersionId} {e.Detail}").ToList();
}
