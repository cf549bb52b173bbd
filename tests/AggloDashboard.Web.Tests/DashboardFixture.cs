using AggloDashboard.Data.Store;
using AggloDashboard.Data.Stories;
using AggloDashboard.Web.Services;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AggloDashboard.Web.Tests;

/// <summary>
/// The real data service on a temporary SQLite file loaded with the bundled seed data (or another dataset folder),
/// shared by the tests of a collection (loading and computing once).
/// </summary>
public class DashboardFixture : IAsyncLifetime
{
    private readonly string _seedDataPath;
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"agglo-web-test-{Guid.NewGuid():N}.db");
    private ServiceProvider? _services;

    public DashboardDataService Data { get; private set; } = default!;

    public DashboardSnapshot Snapshot { get; private set; } = default!;

    /// <summary>A signed-in user who is not an administrator: may edit stories under the default rule.</summary>
    public static readonly StoryActor Editor = new("tester", IsAdministrator: false);

    /// <summary>The stories of the same file (editable by signed-in users); each test makes its own stories.</summary>
    public StoryStore Stories { get; private set; } = default!;

    /// <summary>A store of the same stories under another rule of who may edit them.</summary>
    public StoryStore StoriesEditableBy(StoriesEditableBy rule) =>
        new(_services!.GetRequiredService<IDbContextFactory<AggloDbContext>>(), new StoryAccess(rule), TimeProvider.System);

    public static string SeedDataPath => Path.Combine(AppContext.BaseDirectory, "seed-data");

    public DashboardFixture()
        : this(SeedDataPath)
    {
    }

    protected DashboardFixture(string seedDataPath) => _seedDataPath = seedDataPath;

    /// <summary>The dataset folder loaded as version 1.</summary>
    protected string DataPath => _seedDataPath;

    public async Task InitializeAsync()
    {
        _services = new ServiceCollection().AddDatasetStore(_databasePath).BuildServiceProvider();
        var options = Options.Create(new DashboardOptions { DatabasePath = _databasePath, SeedDataPath = _seedDataPath });
        Data = new DashboardDataService(_services.GetRequiredService<DatasetStore>(), options, NullLogger<DashboardDataService>.Instance);
        await Data.InitialiseAsync(CancellationToken.None);
        Snapshot = await Data.GetCurrentAsync();
        Stories = _services.GetRequiredService<StoryStore>();
    }

    public virtual async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        File.Delete(_databasePath);
    }
}

[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardFixture>
{
    public const string Name = "dashboard";
}
