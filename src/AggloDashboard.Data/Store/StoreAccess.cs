using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AggloDashboard.Data.Store;

/// <summary>
/// The SQLite file and whether it takes changes: a store opened read-only (the file cannot be written, the app was told
/// so, or it failed its integrity check) refuses every change with SQLite's own read-only error, on every connection.
/// </summary>
public sealed class StoreAccess(string path)
{
    /// <summary>How long a change waits for a write lock held elsewhere before it fails as busy.</summary>
    public const int BusyTimeoutSeconds = 5;

    public string Path { get; } = path;

    /// <summary>Why changes are refused, or null while the store takes them.</summary>
    public string? ReadOnlyReason { get; private set; }

    public bool IsReadOnly => ReadOnlyReason is not null;

    public string ConnectionString => ConnectionStringFor(Path);

    public static string ConnectionStringFor(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, DefaultTimeout = BusyTimeoutSeconds }.ToString();

    /// <summary>From now on every connection refuses changes; the first reason given is kept.</summary>
    public void RefuseWrites(string reason) => ReadOnlyReason ??= reason;

    /// <summary>True when the file exists and this process may not write it (SQLite would open it read-only).</summary>
    public bool FileIsReadOnly()
    {
        if (!File.Exists(Path))
        {
            return false;
        }

        try
        {
            using var _ = new FileStream(Path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
    }

    /// <summary>The result of <c>PRAGMA quick_check</c>: "ok", or SQLite's first problems.</summary>
    public string QuickCheck()
    {
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
            DataSource = Path, Mode = SqliteOpenMode.ReadOnly, DefaultTimeout = BusyTimeoutSeconds, Pooling = false,
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

    /// <summary>Makes each connection of a read-only store refuse changes (<c>PRAGMA query_only</c>).</summary>
    internal sealed class Interceptor(StoreAccess access) : DbConnectionInterceptor
    {
        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            if (access.IsReadOnly)
            {
                using var command = connection.CreateCommand();
                command.CommandText = QueryOnly;
                command.ExecuteNonQuery();
            }
        }

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            if (access.IsReadOnly)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = QueryOnly;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        private const string QueryOnly = "PRAGMA query_only = 1";
    }
}
