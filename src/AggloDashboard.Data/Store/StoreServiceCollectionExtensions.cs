using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AggloDashboard.Data.Store;

public static class StoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers a context factory for the SQLite file at <paramref name="sqlitePath"/> and singletons <see cref="DatasetStore"/>,
    /// <see cref="UserStore"/>, <see cref="StoryStore"/> and <see cref="Import.DatasetImporter"/>; a <see cref="Stories.StoryAccess"/>
    /// or <see cref="TimeProvider"/> registered before is kept, else stories are editable by signed-in users on the system clock.
    /// </summary>
    public static IServiceCollection AddDatasetStore(this IServiceCollection services, string sqlitePath)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = sqlitePath }.ToString();
        services.AddDbContextFactory<AggloDbContext>(options => options.UseSqlite(connectionString));
        services.AddSingleton<DatasetStore>();
        services.AddSingleton<UserStore>();
        services.TryAddSingleton(Stories.StoryAccess.Default);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<StoryStore>();
        services.AddSingleton<Import.DatasetImporter>();
        return services;
    }
}
