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

    [Fact]
    public async Task Migrating_applies_every_migration_and_is_repeatable()
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync();

        await temporary.Store.MigrateAsync(CancellationToken.None);

        await using var context = temporary.CreateContext();
        Assert.Contains(await context.Database.GetAppliedMigrationsAsync(), m => m.EndsWith("_InitialCreate", StringComparison.Ordinal));
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public void The_migrations_match_the_model()
    {
        using var temporary = TemporaryStore.CreateEmpty();
        using var context = temporary.CreateContext();

        Assert.False(context.Database.HasPendingModelChanges(), "The model changed without a migration: run dotnet ef migrations add.");
    }
}
