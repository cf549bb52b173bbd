using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AggloDashboard.Data.Store;

public static class StoreServiceCollectionExtensions
{
    /// <summary>
    /// The assembly holding the PostgreSQL migrations; the SQLite ones live in this assembly. EF Core keeps one
    /// migrations history per provider, since the two schemas differ in column types.
    /// </summary>
    public const string PostgresMigrationsAssembly = "AggloDashboard.Data.PostgresMigrations";

    /// <summary>Registers the store on the SQLite file at <paramref name="sqlitePath"/>; see <see cref="AddDatasetStore(IServiceCollection, StoreLocation)"/>.</summary>
    public static IServiceCollection AddDatasetStore(this IServiceCollection services, string sqlitePath) =>
        services.AddDatasetStore(StoreLocation.Sqlite(sqlitePath));

    /// <summary>
    /// Registers a context factory for <paramref name="location"/> and singletons <see cref="DatasetStore"/>,
    /// <see cref="UserStore"/>, <see cref="StoryStore"/>, <see cref="StoreAccess"/> and <see cref="Import.DatasetImporter"/>, with the system clock,
    /// Identity's password hasher and stories editable by signed-in users (<see cref="Stories.StoryAccess.Default"/>) unless
    /// others are registered first.
    /// </summary>
    public static IServiceCollection AddDatasetStore(this IServiceCollection services, StoreLocation location)
    {
        var access = new StoreAccess(location);
        services.AddSingleton(access);
        services.AddDbContextFactory<AggloDbContext>(options => Configure(options, access));
        services.AddSingleton<DatasetStore>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IPasswordHasher<UserAccount>, PasswordHasher<UserAccount>>();
        services.AddSingleton<UserStore>();
        services.TryAddSingleton(Stories.StoryAccess.Default);
        services.AddSingleton<StoryStore>();
        services.AddSingleton<Import.DatasetImporter>();
        return services;
    }

    private static void Configure(DbContextOptionsBuilder options, StoreAccess access)
    {
        if (access.Location.IsSqlite)
            options.UseSqlite(access.ConnectionString);
        else
            options.UseNpgsql(access.ConnectionString, npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly));
        options.AddInterceptors(new StoreAccess.Interceptor(access));
    }
}
