using System.CommandLine;
using AggloDashboard.Data.Store;

namespace AggloDashboard.Cli.Commands;

/// <summary>
/// The options naming the dashboard's store: <c>--db FILE</c> (SQLite, the default engine), or <c>--store postgres</c>
/// with <c>--connection</c> (or, without it, the web app's <c>ConnectionStrings__Dashboard</c> variable).
/// </summary>
internal sealed class StoreOptions
{
    public const string ConnectionVariable = "ConnectionStrings__Dashboard";

    public Option<FileInfo?> Db { get; } = new("--db")
    {
        Description = "The dashboard's SQLite file (the web app's Dashboard__DatabasePath; by default App_Data/agglo.db beside it).",
    };

    public Option<string> Store { get; } = new("--store")
    {
        Description = "sqlite (with --db; the default) or postgres (with --connection).",
        DefaultValueFactory = _ => "sqlite",
    };

    public Option<string?> Connection { get; } = new("--connection")
    {
        Description = $"The PostgreSQL connection string (Host=...;Database=...;Username=...); by default the {ConnectionVariable} variable, which keeps a password out of the shell history.",
    };

    public StoreOptions() => Store.AcceptOnlyFromAmong("sqlite", "postgres");

    /// <summary>The store the options name.</summary>
    /// <exception cref="CliException">The options do not name one store; the message says what is missing.</exception>
    public StoreLocation Resolve(ParseResult parsed)
    {
        var file = parsed.GetValue(Db);
        var connection = parsed.GetValue(Connection);
        if (parsed.GetValue(Store) == "postgres")
        {
            if (file is not null)
                throw new CliException("--db names a SQLite file: with --store postgres give --connection instead");
            connection ??= Environment.GetEnvironmentVariable(ConnectionVariable);
            return string.IsNullOrWhiteSpace(connection)
                ? throw new CliException($"--store postgres needs --connection or the {ConnectionVariable} variable")
                : StoreLocation.Postgres(connection);
        }

        if (connection is not null)
            throw new CliException("--connection is for PostgreSQL: add --store postgres");
        if (file is null)
            throw new CliException("name the store: --db FILE, or --store postgres --connection CONNECTION-STRING");
        if (file.Directory is { Exists: false })
            throw new CliException($"the folder of '{file.FullName}' does not exist");
        return StoreLocation.Sqlite(file.FullName);
    }
}

internal static class StoreOptionsCommandExtensions
{
    /// <summary>Lets a command's initializer list the store's options as one: <c>new Command(...) { store, ... }</c>.</summary>
    public static void Add(this Command command, StoreOptions store)
    {
        command.Add(store.Db);
        command.Add(store.Store);
        command.Add(store.Connection);
    }
}
