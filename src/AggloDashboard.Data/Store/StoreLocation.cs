using Npgsql;

namespace AggloDashboard.Data.Store;

/// <summary>The database engine behind the store.</summary>
public enum StoreProvider
{
    /// <summary>One SQLite file (the default): one instance of the dashboard.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database: several instances may share it.</summary>
    Postgres,
}

/// <summary>Where the store lives: a SQLite file's path, or a PostgreSQL connection string.</summary>
public sealed record StoreLocation(StoreProvider Provider, string Target)
{
    public static StoreLocation Sqlite(string path) => new(StoreProvider.Sqlite, path);

    public static StoreLocation Postgres(string connectionString) => new(StoreProvider.Postgres, connectionString);

    public bool IsSqlite => Provider == StoreProvider.Sqlite;

    /// <summary>
    /// Reads <c>sqlite:FILE</c> or <c>postgres:CONNECTION-STRING</c>, as <c>agglo store copy</c> takes them.
    /// </summary>
    /// <exception cref="ArgumentException">Neither prefix, or nothing after it; the message says what is expected.</exception>
    public static StoreLocation Parse(string text)
    {
        var colon = text.IndexOf(':');
        var rest = colon < 0 ? "" : text[(colon + 1)..].Trim();
        if (colon < 0 || rest.Length == 0)
            throw new ArgumentException($"'{text}' names no store: write sqlite:FILE or postgres:CONNECTION-STRING");
        return new StoreLocation(ParseProvider(text[..colon]), rest);
    }

    /// <summary>Reads a provider name: <c>sqlite</c>, or <c>postgres</c> (also <c>postgresql</c>), in any case.</summary>
    /// <exception cref="ArgumentException">Another name.</exception>
    public static StoreProvider ParseProvider(string name) => name.Trim().ToLowerInvariant() switch
    {
        "sqlite" => StoreProvider.Sqlite,
        "postgres" or "postgresql" => StoreProvider.Postgres,
        _ => throw new ArgumentException($"'{name}' is not a store: write sqlite or postgres"),
    };

    /// <summary>The store for messages and logs: a file's path, or a database and its host without the password.</summary>
    public string Display
    {
        get
        {
            if (IsSqlite)
                return Target;
            try
            {
                var builder = new NpgsqlConnectionStringBuilder(Target);
                return $"PostgreSQL database '{builder.Database}' on {builder.Host}:{builder.Port}";
            }
            catch (ArgumentException)
            {
                return "a PostgreSQL database (the connection string cannot be read)";
            }
        }
    }

    public override string ToString() => Display;
}
