using System.CommandLine;
using AggloDashboard.Data.Store;
using Microsoft.Data.Sqlite;

namespace AggloDashboard.Cli.Commands;

/// <summary>
/// <c>backup --db F --out G</c>: a consistent copy of the store while the dashboard serves it (SQLite's online backup);
/// <c>restore --from G --db F</c>: puts a checked backup in place of the store in one rename.
/// </summary>
internal static class BackupCommand
{
    public static Command CreateBackup()
    {
        var db = StoreSession.DbOption();
        var output = new Option<FileInfo>("--out") { Description = "The backup file to write; it must not exist yet.", Required = true };
        var command = new Command("backup", "Copy the dashboard's store consistently, also while the dashboard runs; the copy is checked before it appears.")
        {
            db, output,
        };
        command.SetAction(parsed =>
        {
            var source = parsed.GetValue(db)!;
            var target = parsed.GetValue(output)!;
            if (!source.Exists)
                throw new CliException($"the store '{source.FullName}' does not exist");
            if (target.Exists)
                throw new CliException($"'{target.FullName}' exists already; nothing was written");

            CopyChecked(ReadOnly(source.FullName), target.FullName, overwrite: false);
            parsed.InvocationConfiguration.Output.WriteLine($"backed up {source.FullName} to {target.FullName}: {Describe(target.FullName)}");
            return 0;
        });
        return command;
    }

    public static Command CreateRestore()
    {
        var from = new Option<FileInfo>("--from") { Description = "A backup written by `agglo backup`.", Required = true };
        var db = StoreSession.DbOption();
        var force = new Option<bool>("--force")
        {
            Description = "Restore even when a running dashboard holds the store; that dashboard keeps serving the old store until it restarts.",
        };
        var command = new Command("restore",
            "Replace the dashboard's store by a backup, after checking the backup's integrity; the old store is replaced in one " +
            "rename, so it is whole before and after. Stop the dashboard first: a store in use is refused.")
        {
            from, db, force,
        };
        command.SetAction(parsed =>
        {
            var backup = parsed.GetValue(from)!;
            var target = parsed.GetValue(db)!;
            if (!backup.Exists)
                throw new CliException($"the backup '{backup.FullName}' does not exist");
            if (target.Directory is { Exists: false })
                throw new CliException($"the folder of '{target.FullName}' does not exist");

            var backupCheck = Check(ReadOnly(backup.FullName));
            if (backupCheck is not null)
                throw new CliException($"the backup '{backup.FullName}' is not a whole dashboard store ({backupCheck}); nothing was restored");
            if (target.Exists)
            {
                RefuseIfInUse(target.FullName, parsed.GetValue(force));
                // The old store's write-ahead log must not be replayed into the restored file.
                File.Delete(target.FullName + "-wal");
                File.Delete(target.FullName + "-shm");
            }

            CopyChecked(ReadOnly(backup.FullName), target.FullName, overwrite: true);
            parsed.InvocationConfiguration.Output.WriteLine($"restored {target.FullName} from {backup.FullName}: {Describe(target.FullName)}");
            return 0;
        });
        return command;
    }

    private static string ReadOnly(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false, DefaultTimeout = StoreAccess.BusyTimeoutSeconds }.ToString();

    private static string Writable(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = StoreAccess.BusyTimeoutSeconds }.ToString();

    // Written to a temporary name beside the target and checked there, so the target appears whole or not at all.
    private static void CopyChecked(string sourceConnection, string target, bool overwrite)
    {
        var temporary = target + $".part-{Guid.NewGuid():N}";
        try
        {
            using (var source = new SqliteConnection(sourceConnection))
            using (var destination = new SqliteConnection(Writable(temporary)))
            {
                source.Open();
                destination.Open();
                source.BackupDatabase(destination);
                // A copy of a store in WAL mode is in WAL mode too; back in rollback mode it is one self-contained file
                // that can be moved and opened read-only without a -wal or -shm beside it.
                using var journal = destination.CreateCommand();
                journal.CommandText = "PRAGMA journal_mode = DELETE";
                journal.ExecuteNonQuery();
            }

            if (Check(ReadOnly(temporary)) is { } problem)
                throw new CliException($"the copy failed its check ({problem}); nothing was written");
            File.Move(temporary, target, overwrite);
        }
        catch (SqliteException e)
        {
            throw new CliException($"could not copy the store: {e.Message}; nothing was written");
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Null when the file passes <c>PRAGMA integrity_check</c> and holds the dashboard's tables, else why not.</summary>
    private static string? Check(string connectionString)
    {
        try
        {
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            var integrity = Scalar(connection, "PRAGMA integrity_check(5)");
            if (integrity != "ok")
                return $"integrity check: {integrity}";
            return Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE name IN ('__EFMigrationsHistory', 'DatasetVersions')") == "2"
                ? null
                : "it has no dashboard tables";
        }
        catch (SqliteException e)
        {
            return e.Message;
        }
    }

    private static void RefuseIfInUse(string path, bool force)
    {
        if (!force && StoreInUseLock.IsHeldElsewhere(path))
            throw new CliException($"the store '{path}' is in use by a running dashboard (it holds {StoreInUseLock.PathFor(path)}); " +
                                   "stop the dashboard first, or restore with --force; nothing was restored");

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = 1 }.ToString());
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "BEGIN EXCLUSIVE; ROLLBACK;";
            command.ExecuteNonQuery();
        }
        catch (SqliteException e) when (StoreFaults.Classify(e) == StoreFault.Busy)
        {
            throw new CliException($"the store '{path}' is in use; stop the dashboard and try again; nothing was restored");
        }
    }

    private static string Describe(string path)
    {
        using var connection = new SqliteConnection(ReadOnly(path));
        connection.Open();
        return $"{Scalar(connection, "SELECT count(*) FROM DatasetVersions")} dataset version(s)";
    }

    private static string Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
            lines.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture) ?? "");
        return string.Join("; ", lines);
    }
}
