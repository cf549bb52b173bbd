using AggloDashboard.Data.Store;
using AggloDashboard.Web.Services;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AggloDashboard.Web.Tests.Store;

/// <summary>
/// What another instance (or the command line) changes in the store reaches this one through the watcher's
/// <see cref="DashboardDataService.RefreshAsync"/>: a new version or a story change raises StoreChanged, an activation
/// also ActiveVersionChanged; nothing changed raises nothing.
/// </summary>
public sealed class StoreFollowingTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"agglo-follow-test-{Guid.NewGuid():N}.db");
    private ServiceProvider _services = default!;
    private DashboardDataService _data = default!;
    private int _storeChanges;
    private readonly List<int> _activations = [];

    public async Task InitializeAsync()
    {
        _services = new ServiceCollection().AddDatasetStore(_path).BuildServiceProvider();
        var options = Options.Create(new DashboardOptions { DatabasePath = _path, SeedDataPath = DashboardFixture.SeedDataPath });
        _data = new DashboardDataService(_services.GetRequiredService<DatasetStore>(), options, NullLogger<DashboardDataService>.Instance);
        await _data.InitialiseAsync(None);
        _data.StoreChanged += () => _storeChanges++;
        _data.ActiveVersionChanged += _activations.Add;
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    [Fact]
    public async Task Changes_made_elsewhere_raise_the_events_once_and_no_change_raises_none()
    {
        var store = _services.GetRequiredService<DatasetStore>();
        var stories = _services.GetRequiredService<StoryStore>();
        await _data.RefreshAsync(None);
        await _data.RefreshAsync(None);
        Assert.Equal(0, _storeChanges);

        await stories.CreateAsync(DashboardFixture.Editor, "Elsewhere", None);
        await _data.RefreshAsync(None);
        Assert.Equal(1, _storeChanges);
        Assert.Empty(_activations);

        var current = await store.ReadAsync((await store.GetActiveAsync(None))!.Id, None);
        var added = await store.AddVersionAsync(current, "elsewhere", null, false, activate: false, None);
        await _data.RefreshAsync(None);
        await _data.RefreshAsync(None);
        Assert.Equal(2, _storeChanges);
        Assert.Empty(_activations);

        await store.ActivateAsync(added.Id, None);
        await _data.RefreshAsync(None);
        Assert.Equal(3, _storeChanges);
        Assert.Equal([added.Id], _activations);
        Assert.Equal(added.Id, (await _data.GetCurrentAsync()).Version.Id);
    }

    [Theory]
    [InlineData("mysql", "Host=x", "Dashboard__Store: 'mysql' is not a store")]
    [InlineData("postgres", null, "Dashboard__Store=postgres needs the database's connection string in ConnectionStrings__Dashboard")]
    public void A_store_setting_the_app_cannot_use_stops_it_with_a_message(string store, string? connection, string message)
    {
        var options = new DashboardOptions { Store = store };

        Assert.StartsWith(message, Assert.Throws<StoreStartException>(() => options.ResolveStore(connection)).Message);
    }

    [Fact]
    public void The_default_store_is_the_sqlite_file_and_postgres_takes_the_connection_string()
    {
        Assert.Equal(StoreLocation.Sqlite("/data/agglo.db"), new DashboardOptions { DatabasePath = "/data/agglo.db" }.ResolveStore("Host=x"));
        Assert.Equal(StoreLocation.Postgres("Host=db;Database=agglo"),
            new DashboardOptions { Store = "PostgreSQL" }.ResolveStore("Host=db;Database=agglo"));
    }
}
