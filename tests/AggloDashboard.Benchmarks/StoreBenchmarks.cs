using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Seed;
using AggloDashboard.Data.Store;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AggloDashboard.Benchmarks;

/// <summary>
/// Writing a dataset as a new version (one transaction: version, regions, indicators, boundaries, observations) and
/// reading it back whole, on SQLite and on PostgreSQL on the same machine, for the seed and the national panel.
/// PostgreSQL: AGGLO_TEST_POSTGRES names a role that may create databases (<c>source tests/postgres.sh start</c>).
/// Run: dotnet run -c Release --project tests/AggloDashboard.Benchmarks -- --filter '*StoreBenchmarks*'
/// (AGGLO_BENCH_STORES=postgres or sqlite times one engine alone).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class StoreBenchmarks
{
    private ServiceProvider _services = null!;
    private DatasetStore _store = null!;
    private Dataset _dataset = null!;
    private int _storedId;
    private string? _sqlitePath;
    private string? _postgresDatabase;

    [ParamsSource(nameof(Providers))]
    public StoreProvider Provider { get; set; }

    public static IEnumerable<StoreProvider> Providers() =>
        Environment.GetEnvironmentVariable("AGGLO_BENCH_STORES") is { Length: > 0 } only
            ? [StoreLocation.ParseProvider(only)]
            : [StoreProvider.Sqlite, StoreProvider.Postgres];

    [Params("seed", "national")]
    public string Panel { get; set; } = "seed";

    [GlobalSetup]
    public void Setup()
    {
        _dataset = Panel == "seed" ? RegionSetPanel.Generate(RegionSet.Jilin).Dataset : RegionSetPanel.Generate(RegionSet.National).Dataset;
        StoreLocation location;
        if (Provider == StoreProvider.Sqlite)
        {
            _sqlitePath = Path.Combine(Path.GetTempPath(), $"agglo-bench-{Guid.NewGuid():N}.db");
            location = StoreLocation.Sqlite(_sqlitePath);
        }
        else
        {
            var server = Environment.GetEnvironmentVariable("AGGLO_TEST_POSTGRES")
                         ?? throw new InvalidOperationException("set AGGLO_TEST_POSTGRES (source tests/postgres.sh start)");
            _postgresDatabase = $"agglo_bench_{Guid.NewGuid():N}";
            Admin(server, $"CREATE DATABASE {_postgresDatabase}");
            location = StoreLocation.Postgres(new NpgsqlConnectionStringBuilder(server) { Database = _postgresDatabase }.ToString());
        }

        _services = new ServiceCollection().AddDatasetStore(location).BuildServiceProvider();
        _store = _services.GetRequiredService<DatasetStore>();
        _store.MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
        _storedId = _store.AddVersionAsync(_dataset, "bench", null, true, activate: true, CancellationToken.None).GetAwaiter().GetResult().Id;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        if (_sqlitePath is not null)
        {
            SqliteConnection.ClearAllPools();
            File.Delete(_sqlitePath);
        }
        else
        {
            NpgsqlConnection.ClearAllPools();
            Admin(Environment.GetEnvironmentVariable("AGGLO_TEST_POSTGRES")!, $"DROP DATABASE {_postgresDatabase} WITH (FORCE)");
        }
    }

    /// <summary>Adds a version that is not active; the iteration's cleanup deletes it again, so the store stays one version.</summary>
    [Benchmark]
    public int Write_a_version() =>
        _store.AddVersionAsync(_dataset, "bench", null, true, activate: false, CancellationToken.None).GetAwaiter().GetResult().Id;

    [IterationCleanup(Target = nameof(Write_a_version))]
    public void DeleteWritten()
    {
        foreach (var version in _store.ListVersionsAsync(CancellationToken.None).GetAwaiter().GetResult().Where(v => v.Id != _storedId))
            _store.DeleteVersionAsync(version.Id, "bench", CancellationToken.None).GetAwaiter().GetResult();
    }

    [Benchmark]
    public int Read_a_version() =>
        _store.ReadAsync(_storedId, CancellationToken.None).GetAwaiter().GetResult().Observations.Count;

    private static void Admin(string server, string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ToString());
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
