using Npgsql;

namespace AggloDashboard.Data.Tests.Store;

/// <summary>
/// The PostgreSQL server the tests use: <c>AGGLO_TEST_POSTGRES</c>, a connection string to a role that may create
/// databases (tests/run-all.sh starts a throwaway cluster and sets it). Each test database is created here and dropped
/// on dispose. Without the variable a PostgreSQL test fails, saying how to get one; <c>AGGLO_TEST_POSTGRES=off</c> runs
/// the store tests on SQLite only.
/// </summary>
public static class PostgresTestServer
{
    public const string Variable = "AGGLO_TEST_POSTGRES";

    /// <summary>False when <c>AGGLO_TEST_POSTGRES=off</c>: the provider theories then list SQLite alone.</summary>
    public static bool Enabled => !string.Equals(Environment.GetEnvironmentVariable(Variable)?.Trim(), "off", StringComparison.OrdinalIgnoreCase);

    private static readonly SemaphoreSlim Creating = new(1, 1);

    /// <summary>The server's connection string.</summary>
    /// <exception cref="InvalidOperationException">The variable is not set; the message says what to do.</exception>
    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value && Enabled
            ? value
            : throw new InvalidOperationException(
                $"These tests need PostgreSQL: set {Variable} to a connection string of a role that may create databases " +
                $"(tests/run-all.sh starts a throwaway server itself; `source tests/postgres.sh start` does the same for one shell), " +
                $"or set {Variable}=off to run the store tests on SQLite only.");

    /// <summary>Creates an empty database (a copy of <paramref name="template"/> when given) and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string? template = null)
    {
        var name = $"agglo_test_{Guid.NewGuid():N}";
        await Creating.WaitAsync();
        try
        {
            await ExecuteAsync(template is null ? $"CREATE DATABASE {name}" : $"CREATE DATABASE {name} TEMPLATE {template}");
        }
        finally
        {
            Creating.Release();
        }

        return ConnectionStringOf(name);
    }

    public static string ConnectionStringOf(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database }.ToString();

    /// <summary>Drops the database of <paramref name="connectionString"/>, ending its open sessions first.</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await ExecuteAsync($"DROP DATABASE IF EXISTS {builder.Database} WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(AdminConnectionString) { Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
