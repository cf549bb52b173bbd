using AggloDashboard.Data.Store;
using AggloDashboard.Web.Readings;
using AggloDashboard.Web.Services;
using AggloDashboard.Web.Tests.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AggloDashboard.Web.Tests.Store;

/// <summary>A store that may not be written starts the app read-only: browsing works, every change is refused.</summary>
public sealed class ReadOnlyStoreTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"agglo-web-readonly-{Guid.NewGuid():N}.db");
    private readonly List<ServiceProvider> _providers = [];

    public async Task InitializeAsync()
    {
        // Seeded and migrated by a writable start, as the app leaves it.
        var (data, _) = Open(readOnly: false);
        await data.InitialiseAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    private (DashboardDataService Data, ServiceProvider Services) Open(bool readOnly, string? path = null)
    {
        var services = new ServiceCollection().AddDatasetStore(path ?? _path).BuildServiceProvider();
        _providers.Add(services);
        var options = Options.Create(new DashboardOptions { DatabasePath = path ?? _path, SeedDataPath = DashboardFixture.SeedDataPath, ReadOnly = readOnly });
        return (new DashboardDataService(services.GetRequiredService<DatasetStore>(), options, NullLogger<DashboardDataService>.Instance), services);
    }

    [Fact]
    public async Task Pages_browse_and_activation_import_and_story_edits_are_refused()
    {
        var (data, services) = Open(readOnly: true);
        await data.InitialiseAsync(CancellationToken.None);
        var management = new DataManagementService(data, services.GetRequiredService<DatasetStore>(),
            services.GetRequiredService<AggloDashboard.Data.Import.DatasetImporter>(), services.GetRequiredService<UserStore>());

        Assert.True(data.IsReadOnly);
        Assert.Equal(1, (await data.GetCurrentAsync()).Version.Id);
        Assert.NotEmpty((await data.GetCurrentAsync()).Years);

        var activation = await Assert.ThrowsAsync<StoreUnavailableException>(() =>
            management.ActivateAsync(DataManagementHost.Administrator, 1, CancellationToken.None));
        Assert.Equal(StoreFault.ReadOnly, activation.Fault);

        var request = new AggloDashboard.Data.Import.ImportRequest("edit.csv", "region_code,year,indicator,value\n220100,2023,emp.total,1\n"u8.ToArray(), AggloDashboard.Data.Import.ImportShape.Long);
        var preview = await management.PreviewAsync(DataManagementHost.Administrator, request, CancellationToken.None);
        var import = await Assert.ThrowsAsync<StoreUnavailableException>(() =>
            management.CommitAsync(DataManagementHost.Administrator, preview, CancellationToken.None));
        Assert.Equal(StoreFault.ReadOnly, import.Fault);

        var story = await Assert.ThrowsAnyAsync<Exception>(() => services.GetRequiredService<StoryStore>().CreateAsync(new AggloDashboard.Data.Stories.StoryActor("admin", true), "x", CancellationToken.None));
        Assert.Equal("The data store is read-only; nothing was changed.", StoreFaultText.For(story, Lang.En));
        Assert.Single(await services.GetRequiredService<DatasetStore>().ListVersionsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_read_only_store_with_pending_migrations_stops_the_start_with_a_clear_message()
    {
        var empty = Path.Combine(Path.GetTempPath(), $"agglo-web-empty-{Guid.NewGuid():N}.db");
        File.WriteAllBytes(empty, []);
        try
        {
            var (data, _) = Open(readOnly: true, empty);
            var failure = await Assert.ThrowsAsync<StoreStartException>(() => data.InitialiseAsync(CancellationToken.None));
            Assert.Contains("is read-only", failure.Message);
            Assert.Contains("migration", failure.Message);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(empty);
        }
    }

    [Fact]
    public async Task A_store_that_fails_its_quick_check_refuses_changes()
    {
        var broken = Path.Combine(Path.GetTempPath(), $"agglo-web-broken-{Guid.NewGuid():N}.db");
        // EF Core keeps the store in WAL mode: move every page into the file before copying it.
        await using (var connection = new SqliteConnection($"Data Source={_path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await checkpoint.ExecuteNonQueryAsync();
        }

        File.Copy(_path, broken);
        try
        {
            // Scribble over the last pages (the observations' b-tree, written last): the schema still reads, the b-tree
            // does not check out.
            await using (var file = new FileStream(broken, FileMode.Open, FileAccess.Write))
            {
                file.Seek(-4096 * 16, SeekOrigin.End);
                await file.WriteAsync(Enumerable.Repeat((byte)0x5A, 4096 * 16).ToArray());
            }

            var (data, _) = Open(readOnly: false, broken);
            try
            {
                await data.InitialiseAsync(CancellationToken.None);
                Assert.StartsWith("PRAGMA quick_check failed", data.ReadOnlyReason);
            }
            catch (StoreStartException e)
            {
                // Damage that reaches the schema stops the start instead; either way nothing is written.
                Assert.Contains("quick_check", e.Message);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(broken);
        }
    }
}
