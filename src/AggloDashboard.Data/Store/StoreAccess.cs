using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace AggloDashboard.Data.Store;

/// <summary>
/// The store and whether it takes changes: a store opened read-only (SQLite: the file cannot be written, the app was
/// told so, or it failed its integrity check; PostgreSQL: the app was told so) refuses every change with the engine's
/// own read-only error, on every connection.
/// </summary>
public sealed class StoreAccess(StoreLocation location)
{
    /// <summary>How long a change waits for a lock held elsewhere before it fails as busy.</summary>
    public const int BusyTimeoutSeconds = 5;

    public StoreAccess(string sqlitePath) : this(StoreLocation.Sqlite(sqlitePath))
    {
    }

    public StoreLocation Location { get; } = location;

    /// <summary>The SQLite file's path, or the PostgreSQL database's name and host (never its password).</summary>
    public string Path => Location.Display;

    /// <summary>Why changes are refused, or null while the store takes them.</summary>
    public string? ReadOnlyReason { get; private set; }

    public bool IsReadOnly => ReadOnlyReason is not null;

    public string ConnectionString => Location.IsSqlite ? ConnectionStringFor(Location.Target) : PostgresConnectionString(Location.Target);

    public static string ConnectionStringFor(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, DefaultTimeout = BusyTimeoutSeconds }.ToString();

    /// <summary>
    /// The given connection string with a lock timeout, PostgreSQL's equivalent of SQLite's busy timeout, unless it
    /// already sets one.
    /// </summary>
    public static string PostgresConnectionString(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.Options?.Contains("lock_timeout", StringComparison.Ordinal) != true)
            builder.Options = $"{builder.Options} -c lock_timeout={BusyTimeoutSeconds * 1000}".Trim();
        return builder.ToString();
    }

    /// <summary>From now on every connection refuses changes; the first reason given is kept.</summary>
    public void RefuseWrites(string reason) => ReadOnlyReason ??= reason;

    /// <summary>True when the SQLite file exists and this process may not write it (SQLite would open it read-only).</summary>
    public bool FileIsReadOnly()
    {
        if (!Location.IsSqlite || !File.Exists(Location.Target))
        {
            return false;
        }

        try
        {
            using var _ = new FileStream(Location.Target, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
    }

    /// <summary>
    /// The result of SQLite's <c>PRAGMA quick_check</c>: "ok", or SQLite's first problems. A PostgreSQL database or a
    /// SQLite file not yet created is "ok": PostgreSQL checks its pages itself.
    /// </summary>
    public string QuickCheck()
    {
        if (!Location.IsSqlite || !File.Exists(Location.Target))
        {
            return "ok";
        }

        try
        {
            return RunQuickCheck();
        }
        catch (SqliteException e)
        {
            return e.Message;
        }
    }

    private string RunQuickCheck()
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Location.Target, Mode = SqliteOpenMode.ReadOnly, DefaultTimeout = BusyTimeoutSeconds, Pooling = false,
        }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check(5)";
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join("; ", lines);
    }

    /// <summary>
    /// Makes each connection of a read-only store refuse changes: SQLite's <c>PRAGMA query_only</c>, PostgreSQL's
    /// <c>default_transaction_read_only</c>.
    /// </summary>
    internal sealed class Interceptor(StoreAccess access) : DbConnectionInterceptor
    {
        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            if (access.IsReadOnly)
            {
                using var command = connection.CreateCommand();
                command.CommandText = ReadOnlySql;
                command.ExecuteNonQuery();
            }
        }

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            if (access.IsReadOnly)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = ReadOnlySql;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        private string ReadOnlySql => access.Location.IsSqlite ? "PRAGMA query_only = 1" : "SET default_transaction_read_only = on";
    }
}
