using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AggloDashboard.Data.Store;

public static class StoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers a context factory for the SQLite file at <paramref name="sqlitePath"/> and singletons <see cref="DatasetStore"/>,
    /// <see cref="UserStore"/>, <see cref="StoryStore"/> and <see cref="Import.DatasetImporter"/>, with the system clock,
    /// Identity's password hasher and stories editable by signed-in users (<see cref="Stories.StoryAccess.Default"/>) unless
    /// others are registered first.
    /// </summary>
    public static IServiceCollection AddDatasetStore(this IServiceCollection services, string sqlitePath)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = sqlitePath }.ToString();
        services.AddDbContextFactory<AggloDbContext>(options => options.UseSqlite(connectionString));
        services.AddSingleton<DatasetStore>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IPasswordHasher<UserAccount>, PasswordHasher<UserAccount>>();
        services.AddSingleton<UserStore>();
        services.TryAddSingleton(Stories.StoryAccess.Default);
        services.AddSingleton<StoryStore>();
        services.AddSingleton<Import.DatasetImporter>();
        return services;
    }
}
