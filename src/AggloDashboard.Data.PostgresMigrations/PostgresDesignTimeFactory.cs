using AggloDashboard.Data.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AggloDashboard.Data.PostgresMigrations;

/// <summary>
/// Lets <c>dotnet ef migrations add --project src/AggloDashboard.Data.PostgresMigrations</c> build the PostgreSQL
/// model; adding a migration never connects to the database named here.
/// </summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<AggloDbContext>
{
    public AggloDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AggloDbContext>()
            .UseNpgsql("Host=localhost;Database=agglo_design_time",
                npgsql => npgsql.MigrationsAssembly(StoreServiceCollectionExtensions.PostgresMigrationsAssembly))
            .Options);
}
