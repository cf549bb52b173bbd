using AggloDashboard.Data.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AggloDashboard.Data.Tests.Store;

public sealed class AddDatasetStoreTests
{
    [Fact]
    public void The_store_is_a_singleton_over_a_context_factory_for_the_given_file()
    {
        var path = Path.Combine(Path.GetTempPath(), "agglo-never-created.db");
        using var services = new ServiceCollection().AddDatasetStore(path).BuildServiceProvider();

        Assert.Same(services.GetRequiredService<DatasetStore>(), services.GetRequiredService<DatasetStore>());
        using var context = services.GetRequiredService<IDbContextFactory<AggloDbContext>>().CreateDbContext();
        Assert.Equal(path, new SqliteConnectionStringBuilder(context.Database.GetConnectionString()).DataSource);
        Assert.False(File.Exists(path));
    }
}
