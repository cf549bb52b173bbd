using System.CommandLine;
using AggloDashboard.Data.Store;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace AggloDashboard.Cli.Commands;

/// <summary>The dashboard's SQLite store, opened (and migrated) for one command.</summary>
internal sealed class StoreSession : IDisposable
{
    private readonly ServiceProvider _services;

    private StoreSession(string path)
    {
        _services = new ServiceCollection().AddDatasetStore(path).BuildServiceProvider();
    }

    public DatasetStore Datasets => _services.GetRequiredService<DatasetStore>();
    public UserStore Users => _services.GetRequiredService<UserStore>();
    public Data.Import.DatasetImporter Importer => _services.GetRequiredService<Data.Import.DatasetImporter>();

    public static Option<FileInfo> DbOption() => new("--db")
    {
        Description = "The dashboard's SQLite file (the web app's Dashboard__DatabasePath; by default App_Data/agglo.db beside it).",
        Required = true,
    };

    /// <summary>Opens the file, creating it and applying migrations as the dashboard does at start.</summary>
    public static StoreSession Open(FileInfo file)
    {
        if (file.Directory is { Exists: false })
        {
            throw new CliException($"the folder of '{file.FullName}' does not exist");
        }

        var session = new StoreSession(file.FullName);
        session.Datasets.MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
        return session;
    }

    public void Dispose()
    {
        _services.Dispose();
        // Pooled connections would keep the file open.
        SqliteConnection.ClearAllPools();
    }

    /// <summary>Who the audit log names for a command-line action.</summary>
    public static string CliUser(string? given) => string.IsNullOrWhiteSpace(given) ? $"cli:{Environment.UserName}" : given.Trim();
}
