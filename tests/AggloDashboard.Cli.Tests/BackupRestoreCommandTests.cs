using AggloDashboard.Data.Store;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace AggloDashboard.Cli.Tests;

public class BackupRestoreCommandTests
{
    private static string[] Hashes(string db)
    {
        using var services = new ServiceCollection().AddDatasetStore(db).BuildServiceProvider();
        var versions = services.GetRequiredService<DatasetStore>().ListVersionsAsync(CancellationToken.None).GetAwaiter().GetResult();
        SqliteConnection.ClearAllPools();
        return versions.Select(v => $"{v.Id}:{v.IsActive}:{v.ContentHash}").ToArray();
    }

    private static string SeededStore(TempFolder temp)
    {
        var db = temp.File("agglo.db");
        Assert.Equal(0, CliRun.Of("import", "--db", db, "--data", RepoPaths.SeedData, "--activate").ExitCode);
        File.WriteAllText(temp.File("edit.csv"), "region_code,year,indicator,value\n220100,2023,emp.total,1\n");
        Assert.Equal(0, CliRun.Of("import", "--db", db, "--file", temp.File("edit.csv"), "--activate").ExitCode);
        return db;
    }

    /// <summary>A connection of a running dashboard in the middle of a change it has not committed.</summary>
    private static SqliteConnection WriterInTheMiddle(string db)
    {
        var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "BEGIN IMMEDIATE; UPDATE DatasetVersions SET Source = 'uncommitted'";
        command.ExecuteNonQuery();
        return connection;
    }

    [Fact]
    public void A_backup_taken_while_a_change_is_under_way_restores_to_the_same_versions_and_content_hashes()
    {
        using var temp = new TempFolder();
        var db = SeededStore(temp);
        var before = Hashes(db);

        CliRun backup;
        using (WriterInTheMiddle(db))
        {
            backup = CliRun.Of("backup", "--db", db, "--out", temp.File("backup.db"));
        }

        Assert.True(backup.ExitCode == 0, backup.Error);
        Assert.Contains("2 dataset version(s)", backup.Output);
        File.WriteAllText(temp.File("later.csv"), "region_code,year,indicator,value\n220100,2023,emp.total,2\n");
        Assert.Equal(0, CliRun.Of("import", "--db", db, "--file", temp.File("later.csv"), "--activate").ExitCode);
        Assert.NotEqual(before, Hashes(db));

        var restore = CliRun.Of("restore", "--from", temp.File("backup.db"), "--db", db);

        Assert.True(restore.ExitCode == 0, restore.Error);
        Assert.Equal(before, Hashes(db));
        Assert.Equal(0, CliRun.Of("restore", "--from", temp.File("backup.db"), "--db", temp.File("fresh.db")).ExitCode);
        Assert.Equal(before, Hashes(temp.File("fresh.db")));
        Assert.DoesNotContain(Directory.GetFiles(temp.Path), f => f.Contains(".part-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_backup_never_overwrites_a_file()
    {
        using var temp = new TempFolder();
        var db = SeededStore(temp);
        File.WriteAllText(temp.File("taken.db"), "keep");

        var run = CliRun.Of("backup", "--db", db, "--out", temp.File("taken.db"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("exists already", run.Error);
        Assert.Equal("keep", File.ReadAllText(temp.File("taken.db")));
    }

    [Fact]
    public void A_damaged_or_foreign_backup_is_refused_and_the_store_is_untouched()
    {
        using var temp = new TempFolder();
        var db = SeededStore(temp);
        var before = Hashes(db);
        File.WriteAllText(temp.File("not-a-store.db"), "this is not SQLite");
        using (var other = new SqliteConnection($"Data Source={temp.File("other.db")};Pooling=False"))
        {
            other.Open();
            using var command = other.CreateCommand();
            command.CommandText = "CREATE TABLE t (x)";
            command.ExecuteNonQuery();
        }

        var garbage = CliRun.Of("restore", "--from", temp.File("not-a-store.db"), "--db", db);
        var foreign = CliRun.Of("restore", "--from", temp.File("other.db"), "--db", db);

        Assert.Equal(1, garbage.ExitCode);
        Assert.Contains("nothing was restored", garbage.Error);
        Assert.Equal(1, foreign.ExitCode);
        Assert.Contains("no dashboard tables", foreign.Error);
        Assert.Equal(before, Hashes(db));
    }

    [Fact]
    public void A_restore_over_a_store_in_use_is_refused()
    {
        using var temp = new TempFolder();
        var db = SeededStore(temp);
        Assert.Equal(0, CliRun.Of("backup", "--db", db, "--out", temp.File("backup.db")).ExitCode);

        CliRun run;
        using (WriterInTheMiddle(db))
        {
            run = CliRun.Of("restore", "--from", temp.File("backup.db"), "--db", db);
        }

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is in use", run.Error);
    }

    [Fact]
    public void A_restore_over_a_store_an_idle_dashboard_holds_is_refused_unless_forced()
    {
        using var temp = new TempFolder();
        var db = SeededStore(temp);
        Assert.Equal(0, CliRun.Of("backup", "--db", db, "--out", temp.File("backup.db")).ExitCode);
        File.WriteAllText(temp.File("later.csv"), "region_code,year,indicator,value\n220100,2023,emp.total,2\n");
        Assert.Equal(0, CliRun.Of("import", "--db", db, "--file", temp.File("later.csv"), "--activate").ExitCode);
        var beforeRestore = Hashes(db);

        CliRun refused;
        CliRun forced;
        // What a running dashboard holds from its start to its end, whether it is changing the store or not.
        using (var dashboard = StoreInUseLock.Take(db))
        {
            Assert.True(dashboard.IsHeld);
            refused = CliRun.Of("restore", "--from", temp.File("backup.db"), "--db", db);
            Assert.Equal(beforeRestore, Hashes(db));
            forced = CliRun.Of("restore", "--from", temp.File("backup.db"), "--db", db, "--force");
        }

        var afterStop = CliRun.Of("restore", "--from", temp.File("backup.db"), "--db", db);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("is in use by a running dashboard", refused.Error);
        Assert.Contains("stop the dashboard first, or restore with --force; nothing was restored", refused.Error);
        Assert.True(forced.ExitCode == 0, forced.Error);
        Assert.True(afterStop.ExitCode == 0, afterStop.Error);
        Assert.Equal(2, Hashes(db).Length);
    }
}
