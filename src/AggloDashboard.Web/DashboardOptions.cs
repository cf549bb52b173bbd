namespace AggloDashboard.Web;

/// <summary>Settings of the <c>Dashboard</c> configuration section (appsettings.json, environment <c>Dashboard__*</c>).</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    /// <summary>
    /// The store's engine (<c>Dashboard__Store</c>): <c>sqlite</c> (the default; the file <see cref="DatabasePath"/>) or
    /// <c>postgres</c> (the connection string <c>ConnectionStrings__Dashboard</c>; several instances may share it).
    /// </summary>
    public string Store { get; set; } = "sqlite";

    /// <summary>The SQLite file; empty means <c>App_Data/agglo.db</c> beside the app (ignored by git).</summary>
    public string DatabasePath { get; set; } = "";

    /// <summary>The dataset folder loaded when the database has no dataset; empty means the bundled seed-data.</summary>
    public string SeedDataPath { get; set; } = "";

    /// <summary>When true, every page requires signing in; by default browsing is open and only data management is not.</summary>
    public bool RequireSignIn { get; set; }

    /// <summary>
    /// Who may create, change, delete, import and restore stories (<c>Dashboard__StoriesEditableBy</c>): <c>everyone</c>,
    /// <c>signed-in</c> (the default) or <c>admins</c>. Everyone who may browse may read and present them.
    /// </summary>
    public string StoriesEditableBy { get; set; } = "signed-in";

    /// <summary>The first administrator, created at start when no user exists yet (<c>Dashboard__AdminUser</c>); there is no default.</summary>
    public string AdminUser { get; set; } = "";

    /// <summary>The first administrator's password (<c>Dashboard__AdminPassword</c>); only its hash is stored.</summary>
    public string AdminPassword { get; set; } = "";

    /// <summary>The estimate of memory the cached snapshots may take together, in MiB (<c>Dashboard__SnapshotCacheMegabytes</c>).</summary>
    public int SnapshotCacheMegabytes { get; set; } = 768;

    /// <summary>Opens the store read-only: pages browse it, every change is refused (<c>Dashboard__ReadOnly</c>).</summary>
    public bool ReadOnly { get; set; }

    /// <summary>How often the store's active version is read, to follow changes made by the command line (ms).</summary>
    public int StorePollMilliseconds { get; set; } = 2000;

    /// <summary>
    /// Behind a reverse proxy (<c>Dashboard__ForwardedHeaders=true</c>): the client address and scheme come from
    /// X-Forwarded-For / X-Forwarded-Proto, and cookies are always <c>Secure</c> since the proxy is taken to speak TLS.
    /// </summary>
    public bool ForwardedHeaders { get; set; }

    /// <summary>The proxies whose forwarded headers count, comma-separated addresses; with no proxy or network given only loopback counts.</summary>
    public string KnownProxies { get; set; } = "";

    /// <summary>Networks of trusted proxies, comma-separated CIDR (<c>10.0.0.0/8</c>).</summary>
    public string KnownNetworks { get; set; } = "";

    /// <summary>Sign-in form posts allowed per client address and minute; more get 429.</summary>
    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>The largest file an import accepts, in MB (<c>Dashboard__ImportMaxMegabytes</c>); 20 by default.</summary>
    public int ImportMaxMegabytes { get; set; } = 20;

    /// <summary>Where the store lives, from <see cref="Store"/> and <paramref name="connectionString"/> (<c>ConnectionStrings:Dashboard</c>).</summary>
    /// <exception cref="Data.Store.StoreStartException">An unknown engine, or PostgreSQL without a connection string.</exception>
    public Data.Store.StoreLocation ResolveStore(string? connectionString)
    {
        Data.Store.StoreProvider provider;
        try
        {
            provider = Data.Store.StoreLocation.ParseProvider(Store);
        }
        catch (ArgumentException e)
        {
            throw new Data.Store.StoreStartException($"Dashboard__Store: {e.Message}");
        }

        if (provider == Data.Store.StoreProvider.Sqlite)
            return Data.Store.StoreLocation.Sqlite(ResolvedDatabasePath);
        return string.IsNullOrWhiteSpace(connectionString)
            ? throw new Data.Store.StoreStartException(
                "Dashboard__Store=postgres needs the database's connection string in ConnectionStrings__Dashboard " +
                "(Host=...;Database=...;Username=...;Password=...)")
            : Data.Store.StoreLocation.Postgres(connectionString);
    }

    public string ResolvedDatabasePath =>
        string.IsNullOrWhiteSpace(DatabasePath) ? Path.Combine(AppContext.BaseDirectory, "App_Data", "agglo.db") : DatabasePath;

    public string ResolvedSeedDataPath =>
        string.IsNullOrWhiteSpace(SeedDataPath) ? Path.Combine(AppContext.BaseDirectory, "seed-data") : SeedDataPath;
}
