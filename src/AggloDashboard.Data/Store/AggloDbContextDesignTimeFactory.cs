using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AggloDashboard.Data.Store;

/// <summary>
/// Lets <c>dotnet ef migrations</c> build the model from this project alone, without a startup project.
/// Adding a migration never opens the database named here.
/// </summary>
internal sealed class AggloDbContextDesignTimeFactory : IDesignTimeDbContextFactory<AggloDbContext>
{
    public AggloDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AggloDbContext>().UseSqlite("Data Source=agglo-design-time.db").Options);
}
