using System.CommandLine;
using AggloDashboard.Data.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AggloDashboard.Cli.Commands;

/// <summary>The dashboard's store (a SQLite file or a PostgreSQL database), opened (and migrated) for one command.</summary>
internal sealed class StoreSession : IDisposable
{
    private readonly ServiceProvider _services;

    private StoreSession(StoreLocation location)
    {
        Location = location;
        _services = new ServiceCollection().AddDatasetStore(location).BuildServiceProvider();
    }

    public StoreLocation Location { get; }

    public DatasetStore Datasets => _services.GetRequiredService<DatasetStore>();
    public UserStore Users => _services.GetRequiredService<UserStore>();
    public Data.Import.DatasetImporter Importer => _services.GetRequiredService<Data.Import.DatasetImporter>();
    public IDbContextFactory<AggloDbContext> Contexts => _services.GetRequiredService<IDbContextFactory<AggloDbContext>>();

    /// <summary>The SQLite file alone, for the commands that work on the file itself (backup, restore).</summary>
    public static Option<FileInfo> DbOption() => new("--db")
    {
        Description = "The dashboard's SQLite file (the web app's Dashboard__DatabasePath; by default App_Data/agglo.db beside it).",
        Required = true,
    };

    /// <summary>The options naming a store: <c>--db</c>, or <c>--store postgres --connection</c>.</summary>
    public static StoreOptions StoreOptions() => new();

    /// <summary>Opens the store the options name, creating it and applying migrations as the dashboard does at start.</summary>
    public static StoreSession Open(ParseResult parsed, StoreOptions options) => Open(options.Resolve(parsed));

    /// <inheritdoc cref="Open(ParseResult, Commands.StoreOptions)"/>
    public static StoreSession Open(StoreLocation location)
    {
        var session = new StoreSession(location);
        try
        {
            session.Datasets.MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is System.Data.Common.DbException or TimeoutException)
        {
            session.Dispose();
            throw new CliException($"cannot open the store {location.Display}: {e.Message}");
        }

        return session;
    }

    public void Dispose()
    {
        _services.Dispose();
        // Pooled connections would keep the file open (or the database busy).
        if (Location.IsSqlite)
            SqliteConnection.ClearAllPools();
        else
            Npgsql.NpgsqlConnection.ClearAllPools();
    }

    /// <summary>Who the audit log names for a command-line action.</summary>
    public static string CliUser(string? given) => string.IsNullOrWhiteSpace(given) ? $"cli:{Environment.UserName}" : given.Trim();
}
