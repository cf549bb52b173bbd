using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AggloDashboard.Data.Store;

public static class StoreServiceCollectionExtensions
{
    /// <summary>Registers a context factory for the SQLite file at <paramref name="sqlitePath"/> and singletons <see cref="DatasetStore"/>, <see cref="UserStore"/>, <see cref="StoryStore"/>, <see cref="StoreAccess"/> and <see cref="Import.DatasetImporter"/>.</summary>
    public static IServiceCollection AddDatasetStore(this IServiceCollection services, string sqlitePath)
    {
        var access = new StoreAccess(sqlitePath);
        services.AddSingleton(access);
        services.AddDbContextFactory<AggloDbContext>(options =>
            options.UseSqlite(access.ConnectionString).AddInterceptors(new StoreAccess.Interceptor(access)));
        services.AddSingleton<DatasetStore>();
        services.AddSingleton<UserStore>();
        services.AddSingleton<StoryStore>();
        services.AddSingleton<Import.DatasetImporter>();
        return services;
    }
}
