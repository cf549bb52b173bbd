using AggloDashboard.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace AggloDashboard.Data.Tests.Store;

public sealed class StoreMigrationTests
{
    [Fact]
    public async Task Migrating_a_new_file_gives_an_empty_store()
    {
        using var temporary = TemporaryStore.CreateEmpty();

        await temporary.Store.MigrateAsync(CancellationToken.None);

        Assert.True(File.Exists(temporary.FilePath));
        Assert.Empty(await temporary.Store.ListVersionsAsync(CancellationToken.None));
        Assert.Null(await temporary.Store.GetActiveAsync(CancellationToken.None));
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task Migrating_an_empty_database_gives_an_empty_store(StoreProvider provider)
    {
        using var temporary = await TemporaryStore.CreateEmptyAsync(provider);

        await temporary.Store.MigrateAsync(CancellationToken.None);

        Assert.Empty(await temporary.Store.ListVersionsAsync(CancellationToken.None));
        Assert.Null(await temporary.Store.GetActiveAsync(CancellationToken.None));
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task Migrating_applies_every_migration_and_is_repeatable(StoreProvider provider)
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider);

        await temporary.Store.MigrateAsync(CancellationToken.None);

        await using var context = temporary.CreateContext();
        Assert.Contains(await context.Database.GetAppliedMigrationsAsync(), m => m.EndsWith("_InitialCreate", StringComparison.Ordinal));
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task The_migrations_match_the_model(StoreProvider provider)
    {
        using var temporary = await TemporaryStore.CreateEmptyAsync(provider);
        using var context = temporary.CreateContext();

        Assert.False(context.Database.HasPendingModelChanges(),
            $"The {provider} model changed without a migration: run dotnet ef migrations add (see docs/ARCHITECTURE.md).");
    }
}
