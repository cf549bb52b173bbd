using AggloDashboard.Data.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AggloDashboard.Data.Tests.Store;

/// <summary>A <see cref="DatasetStore"/> on its own temporary SQLite file, wired as the host wires it; the file is deleted on dispose.</summary>
internal sealed class TemporaryStore : IDisposable
{
    private readonly ServiceProvider services;

    private TemporaryStore()
    {
        FilePath = Path.Combine(Path.GetTempPath(), $"agglo-store-test-{Guid.NewGuid():N}.db");
        services = new ServiceCollection().AddDatasetStore(FilePath).BuildServiceProvider();
        Store = services.GetRequiredService<DatasetStore>();
    }

    public string FilePath { get; }

    public DatasetStore Store { get; }

    public StoryStore Stories => services.GetRequiredService<StoryStore>();

    public static TemporaryStore CreateEmpty() => new();

    public static async Task<TemporaryStore> CreateMigratedAsync()
    {
        var store = new TemporaryStore();
        await store.Store.MigrateAsync(CancellationToken.None);
        return store;
    }

    public AggloDbContext CreateContext() =>
        services.GetRequiredService<IDbContextFactory<AggloDbContext>>().CreateDbContext();

    public void Dispose()
    {
        services.Dispose();
        // Pooled connections would keep the file open.
        SqliteConnection.ClearAllPools();
        File.Delete(FilePath);
    }
}
