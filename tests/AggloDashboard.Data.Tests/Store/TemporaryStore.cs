using AggloDashboard.Data.Store;
using AggloDashboard.Data.Stories;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AggloDashboard.Data.Tests.Store;

/// <summary>A <see cref="DatasetStore"/> on its own temporary SQLite file, wired as the host wires it; the file is deleted on dispose.</summary>
internal sealed class TemporaryStore : IDisposable
{
    private readonly ServiceProvider services;

    /// <summary>A signed-in user who is not an administrator: may edit stories under the default rule.</summary>
    public static readonly StoryActor Editor = new("tester", IsAdministrator: false);

    private TemporaryStore(StoryAccess? access, TimeProvider? clock)
    {
        FilePath = Path.Combine(Path.GetTempPath(), $"agglo-store-test-{Guid.NewGuid():N}.db");
        var collection = new ServiceCollection();
        if (access is not null)
            collection.AddSingleton(access);
        if (clock is not null)
            collection.AddSingleton(clock);
        services = collection.AddDatasetStore(FilePath).BuildServiceProvider();
        Store = services.GetRequiredService<DatasetStore>();
    }

    public string FilePath { get; }

    public DatasetStore Store { get; }

    public StoryStore Stories => services.GetRequiredService<StoryStore>();

    public static TemporaryStore CreateEmpty() => new(null, null);

    /// <param name="access">Who may edit stories; signed-in users when null.</param>
    /// <param name="clock">The stories' clock; the system clock when null.</param>
    public static async Task<TemporaryStore> CreateMigratedAsync(StoryAccess? access = null, TimeProvider? clock = null)
    {
        var store = new TemporaryStore(access, clock);
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
