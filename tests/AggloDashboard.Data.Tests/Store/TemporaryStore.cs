using AggloDashboard.Data.Store;
using AggloDashboard.Data.Stories;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AggloDashboard.Data.Tests.Store;

/// <summary>
/// A <see cref="DatasetStore"/> on its own temporary SQLite file or PostgreSQL database, wired as the host wires it;
/// the file or database is deleted on dispose.
/// </summary>
internal sealed class TemporaryStore : IDisposable
{
    private readonly ServiceProvider services;

    /// <summary>A signed-in user who is not an administrator: may edit stories under the default rule.</summary>
    public static readonly StoryActor Editor = new("tester", IsAdministrator: false);

    // Migrating PostgreSQL takes a while; each store copies a database migrated once per test run.
    private static readonly Lazy<Task<string>> MigratedTemplate = new(CreateTemplateAsync);

    private TemporaryStore(StoreLocation location, StoryAccess? access, TimeProvider? clock)
    {
        Location = location;
        var collection = new ServiceCollection();
        if (access is not null)
            collection.AddSingleton(access);
        if (clock is not null)
            collection.AddSingleton(clock);
        services = collection.AddDatasetStore(location).BuildServiceProvider();
        Store = services.GetRequiredService<DatasetStore>();
    }

    public StoreLocation Location { get; }

    /// <summary>The SQLite file.</summary>
    public string FilePath => Location.IsSqlite ? Location.Target : throw new InvalidOperationException("a PostgreSQL store has no file");

    public DatasetStore Store { get; }

    public StoryStore Stories => services.GetRequiredService<StoryStore>();

    public UserStore Users => services.GetRequiredService<UserStore>();

    public static TemporaryStore CreateEmpty() => new(NewSqliteLocation(), null, null);

    /// <summary>A store whose database exists but has no tables yet.</summary>
    public static async Task<TemporaryStore> CreateEmptyAsync(StoreProvider provider) =>
        new(provider == StoreProvider.Sqlite ? NewSqliteLocation() : StoreLocation.Postgres(await PostgresTestServer.CreateDatabaseAsync()), null, null);

    /// <param name="access">Who may edit stories; signed-in users when null.</param>
    /// <param name="clock">The stories' clock; the system clock when null.</param>
    public static Task<TemporaryStore> CreateMigratedAsync(StoryAccess? access = null, TimeProvider? clock = null) =>
        CreateMigratedAsync(StoreProvider.Sqlite, access, clock);

    /// <inheritdoc cref="CreateMigratedAsync(StoryAccess?, TimeProvider?)"/>
    public static async Task<TemporaryStore> CreateMigratedAsync(StoreProvider provider, StoryAccess? access = null, TimeProvider? clock = null)
    {
        var store = new TemporaryStore(await NewLocationAsync(provider), access, clock);
        if (provider == StoreProvider.Sqlite)
            await store.Store.MigrateAsync(CancellationToken.None);
        return store;
    }

    /// <summary>A new SQLite file's path (not created yet), or a new PostgreSQL database with every migration applied.</summary>
    public static async Task<StoreLocation> NewLocationAsync(StoreProvider provider) =>
        provider == StoreProvider.Sqlite
            ? NewSqliteLocation()
            : StoreLocation.Postgres(await PostgresTestServer.CreateDatabaseAsync(await MigratedTemplate.Value));

    /// <summary>Deletes the file or drops the database.</summary>
    public static void Delete(StoreLocation location)
    {
        if (location.IsSqlite)
        {
            // Pooled connections would keep the file open.
            SqliteConnection.ClearAllPools();
            File.Delete(location.Target);
        }
        else
        {
            PostgresTestServer.DropDatabaseAsync(location.Target).GetAwaiter().GetResult();
        }
    }

    public IDbContextFactory<AggloDbContext> Contexts => services.GetRequiredService<IDbContextFactory<AggloDbContext>>();

    public AggloDbContext CreateContext() => Contexts.CreateDbContext();

    public void Dispose()
    {
        services.Dispose();
        Delete(Location);
    }

    private static StoreLocation NewSqliteLocation() =>
        StoreLocation.Sqlite(Path.Combine(Path.GetTempPath(), $"agglo-store-test-{Guid.NewGuid():N}.db"));

    private static async Task<string> CreateTemplateAsync()
    {
        var connectionString = await PostgresTestServer.CreateDatabaseAsync();
        await using (var provider = new ServiceCollection().AddDatasetStore(StoreLocation.Postgres(connectionString)).BuildServiceProvider())
        {
            await provider.GetRequiredService<DatasetStore>().MigrateAsync(CancellationToken.None);
        }

        // A template may have no open session while it is copied.
        using (var pooled = new NpgsqlConnection(StoreAccess.PostgresConnectionString(connectionString)))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => PostgresTestServer.DropDatabaseAsync(connectionString).GetAwaiter().GetResult();
        return new NpgsqlConnectionStringBuilder(connectionString).Database!;
    }
}
