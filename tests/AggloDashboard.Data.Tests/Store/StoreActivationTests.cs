using AggloDashboard.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace AggloDashboard.Data.Tests.Store;

public sealed class StoreActivationTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task A_version_added_without_activation_leaves_the_active_one_alone(StoreProvider provider)
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider);
        var first = await AddAsync(temporary, activate: true);

        var second = await AddAsync(temporary, activate: false);

        Assert.False(second.IsActive);
        Assert.Equal([first.Id], await ActiveIdsAsync(temporary));
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task The_first_version_added_without_activation_leaves_no_version_active(StoreProvider provider)
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider);

        await AddAsync(temporary, activate: false);

        Assert.Null(await temporary.Store.GetActiveAsync(None));
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task Adding_an_activated_version_replaces_the_active_one(StoreProvider provider)
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider);
        await AddAsync(temporary, activate: true);

        var second = await AddAsync(temporary, activate: true);

        Assert.Equal([second.Id], await ActiveIdsAsync(temporary));
        Assert.Equal(second.Id, (await temporary.Store.GetActiveAsync(None))?.Id);
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task Activating_an_older_version_rolls_back_to_it(StoreProvider provider)
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider);
        var first = await AddAsync(temporary, activate: true);
        await AddAsync(temporary, activate: true);
        await AddAsync(temporary, activate: false);

        await temporary.Store.ActivateAsync(first.Id, None);

        Assert.Equal([first.Id], await ActiveIdsAsync(temporary));
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task Activating_the_active_version_keeps_it_the_only_active_one(StoreProvider provider)
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider);
        await AddAsync(temporary, activate: true);
        var active = await AddAsync(temporary, activate: true);

        await temporary.Store.ActivateAsync(active.Id, None);

        Assert.Equal([active.Id], await ActiveIdsAsync(temporary));
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task Activating_a_version_when_none_is_active_makes_it_active(StoreProvider provider)
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider);
        var version = await AddAsync(temporary, activate: false);

        await temporary.Store.ActivateAsync(version.Id, None);

        Assert.Equal([version.Id], await ActiveIdsAsync(temporary));
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task Activating_an_unknown_version_fails_and_keeps_the_active_one(StoreProvider provider)
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider);
        var active = await AddAsync(temporary, activate: true);

        var error = await Assert.ThrowsAsync<DatasetVersionNotFoundException>(() => temporary.Store.ActivateAsync(active.Id + 100, None));

        Assert.Equal(active.Id + 100, error.VersionId);
        Assert.Equal([active.Id], await ActiveIdsAsync(temporary));
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task The_database_refuses_a_second_active_version(StoreProvider provider)
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider);
        await AddAsync(temporary, activate: true);
        await using var context = temporary.CreateContext();

        context.DatasetVersions.Add(new DatasetVersion { Source = "direct", ContentHash = "x", IsActive = true });

        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
    }

    private static Task<DatasetVersion> AddAsync(TemporaryStore temporary, bool activate) =>
        temporary.Store.AddVersionAsync(SampleDatasets.Awkward(), "seed-data", null, false, activate, None);

    private static async Task<int[]> ActiveIdsAsync(TemporaryStore temporary) =>
        (await temporary.Store.ListVersionsAsync(None)).Where(v => v.IsActive).Select(v => v.Id).ToArray();
}
