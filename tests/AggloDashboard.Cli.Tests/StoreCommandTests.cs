using AggloDashboard.Data.Store;
using AggloDashboard.Data.Tests.Store;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AggloDashboard.Cli.Tests;

public class StoreCommandTests
{
    private static string[] Hashes(StoreLocation location)
    {
        using var services = new ServiceCollection().AddDatasetStore(location).BuildServiceProvider();
        var versions = services.GetRequiredService<DatasetStore>().ListVersionsAsync(CancellationToken.None).GetAwaiter().GetResult();
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        return versions.Select(v => $"{v.Id}:{v.IsActive}:{v.ContentHash}").ToArray();
    }

    [Fact]
    public async Task Copying_sqlite_to_postgres_and_back_keeps_every_version_and_hash_and_postgres_takes_the_commands()
    {
        using var temp = new TempFolder();
        var db = temp.File("agglo.db");
        Assert.Equal(0, CliRun.Of("import", "--db", db, "--data", RepoPaths.SeedData, "--activate").ExitCode);
        File.WriteAllText(temp.File("edit.csv"), "region_code,year,indicator,value\n220100,2023,emp.total,1\n");
        Assert.Equal(0, CliRun.Of("import", "--db", db, "--file", temp.File("edit.csv")).ExitCode);
        var postgres = await PostgresTestServer.CreateDatabaseAsync();
        try
        {
            var there = CliRun.Of("store", "copy", "--from", $"sqlite:{db}", "--to", $"postgres:{postgres}");
            var back = CliRun.Of("store", "copy", "--from", $"postgres:{postgres}", "--to", $"sqlite:{temp.File("back.db")}");
            var again = CliRun.Of("store", "copy", "--from", $"sqlite:{db}", "--to", $"postgres:{postgres}");
            Assert.True(there.ExitCode == 0, there.Error);
            Assert.True(back.ExitCode == 0, back.Error);
            Assert.Contains("copied 2 version(s) with matching content hashes", there.Output);
            Assert.Equal(Hashes(StoreLocation.Sqlite(db)), Hashes(StoreLocation.Postgres(postgres)));
            Assert.Equal(Hashes(StoreLocation.Sqlite(db)), Hashes(StoreLocation.Sqlite(temp.File("back.db"))));
            Assert.Equal(1, again.ExitCode);
            Assert.Contains("not empty", again.Error);

            var activate = CliRun.Of("import", "--store", "postgres", "--connection", postgres, "--file", temp.File("edit.csv"), "--activate");
            var export = CliRun.Of("export", "--store", "postgres", "--connection", postgres, "--out", temp.File("out.csv"));
            Assert.True(activate.ExitCode == 0, activate.Error);
            Assert.True(export.ExitCode == 0, export.Error);
            Assert.Contains("version #3", export.Output);
        }
        finally
        {
            await PostgresTestServer.DropDatabaseAsync(postgres);
        }
    }

    [Theory]
    [InlineData(new[] { "export", "--out", "x.csv" }, "name the store: --db FILE, or --store postgres --connection")]
    [InlineData(new[] { "export", "--out", "x.csv", "--store", "postgres", "--db", "a.db" }, "--db names a SQLite file")]
    [InlineData(new[] { "export", "--out", "x.csv", "--db", "a.db", "--connection", "Host=x" }, "--connection is for PostgreSQL")]
    [InlineData(new[] { "store", "copy", "--from", "mysql:x", "--to", "sqlite:y.db" }, "--from: 'mysql' is not a store")]
    [InlineData(new[] { "store", "copy", "--from", "sqlite:", "--to", "sqlite:y.db" }, "names no store")]
    public void A_store_named_wrongly_is_refused_with_a_message(string[] args, string message)
    {
        var run = CliRun.Of(args);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Error);
    }
}
