using AggloDashboard.Data.Store;
using Microsoft.AspNetCore.DataProtection;

namespace AggloDashboard.Web.Auth;

public static class SharedDataProtection
{
    /// <summary>The data-protection application name: instances that share it (and the keys) read each other's cookies.</summary>
    public const string ApplicationName = "AggloDashboard";

    /// <summary>
    /// On a PostgreSQL store the keys that protect the sign-in and antiforgery cookies live in the store's
    /// <c>DataProtectionKeys</c> table, so a cookie issued by one instance works on every instance. A SQLite store serves
    /// one instance, whose keys stay where ASP.NET Core puts them by default (the user profile's
    /// <c>.aspnet/DataProtection-Keys</c>).
    /// </summary>
    public static IServiceCollection AddSharedDataProtection(this IServiceCollection services, StoreLocation store)
    {
        if (!store.IsSqlite)
            services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<AggloDbContext>();
        return services;
    }
}
