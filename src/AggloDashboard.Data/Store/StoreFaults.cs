using Microsoft.Data.Sqlite;
using Npgsql;

namespace AggloDashboard.Data.Store;

/// <summary>Why the store could not take a change; nothing was changed.</summary>
public enum StoreFault
{
    /// <summary>Another connection or process held the write lock longer than the busy timeout (PostgreSQL: the lock timeout, a deadlock).</summary>
    Busy,

    /// <summary>The disk (or the database's page limit) is full.</summary>
    Full,

    /// <summary>The store is open read-only (told so; SQLite: the file cannot be written, or it failed its integrity check).</summary>
    ReadOnly,
}

/// <summary>The store refused a change for a reason outside the change itself; it can be retried once the reason is gone.</summary>
public sealed class StoreUnavailableException(StoreFault fault, Exception? inner = null)
    : Exception($"the data store is {Describe(fault)}; nothing was changed", inner)
{
    public StoreFault Fault { get; } = fault;

    private static string Describe(StoreFault fault) => fault switch
    {
        StoreFault.Busy => "busy",
        StoreFault.Full => "full",
        _ => "read-only",
    };
}

public static class StoreFaults
{
    // SQLite's primary result codes (https://sqlite.org/rescode.html).
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteReadOnly = 8;
    private const int SqliteFull = 13;

    // PostgreSQL's SQLSTATE codes (https://www.postgresql.org/docs/current/errcodes-appendix.html).
    private static readonly Dictionary<string, StoreFault> PostgresStates = new()
    {
        [PostgresErrorCodes.LockNotAvailable] = StoreFault.Busy,
        [PostgresErrorCodes.DeadlockDetected] = StoreFault.Busy,
        [PostgresErrorCodes.SerializationFailure] = StoreFault.Busy,
        [PostgresErrorCodes.TooManyConnections] = StoreFault.Busy,
        [PostgresErrorCodes.DiskFull] = StoreFault.Full,
        [PostgresErrorCodes.ProgramLimitExceeded] = StoreFault.Full,
        [PostgresErrorCodes.ReadOnlySqlTransaction] = StoreFault.ReadOnly,
    };

    /// <summary>
    /// The store fault behind <paramref name="exception"/> (EF Core wraps the engine's errors), or null when it is not one.
    /// </summary>
    public static StoreFault? Classify(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case StoreUnavailableException unavailable:
                    return unavailable.Fault;
                case SqliteException sqlite:
                    return (sqlite.SqliteErrorCode & 0xFF) switch
                    {
                        SqliteBusy or SqliteLocked => StoreFault.Busy,
                        SqliteFull => StoreFault.Full,
                        SqliteReadOnly => StoreFault.ReadOnly,
                        _ => null,
                    };
                case PostgresException postgres:
                    return PostgresStates.TryGetValue(postgres.SqlState, out var fault) ? fault : null;
            }
        }

        return null;
    }

    /// <summary>Runs a change, turning a busy, full or read-only store into a <see cref="StoreUnavailableException"/>.</summary>
    public static async Task<T> GuardAsync<T>(Func<Task<T>> change)
    {
        try
        {
            return await change();
        }
        catch (Exception e) when (e is not StoreUnavailableException && Classify(e) is { } fault)
        {
            throw new StoreUnavailableException(fault, e);
        }
    }

    /// <inheritdoc cref="GuardAsync{T}"/>
    public static Task GuardAsync(Func<Task> change) => GuardAsync(async () =>
    {
        await change();
        return true;
    });
}
