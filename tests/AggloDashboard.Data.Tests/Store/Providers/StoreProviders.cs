using AggloDashboard.Data.Store;

namespace AggloDashboard.Data.Tests.Store;

/// <summary>The providers a store theory runs on: SQLite, and PostgreSQL unless <c>AGGLO_TEST_POSTGRES=off</c>.</summary>
public sealed class StoreProviders : TheoryData<StoreProvider>
{
    public StoreProviders()
    {
        Add(StoreProvider.Sqlite);
        if (PostgresTestServer.Enabled)
            Add(StoreProvider.Postgres);
    }

    /// <summary>Every row of <paramref name="data"/> once per provider, the provider first.</summary>
    public static TheoryData<StoreProvider, T> Times<T>(IEnumerable<T> data)
    {
        var rows = new TheoryData<StoreProvider, T>();
        foreach (var provider in new StoreProviders())
            foreach (var item in data)
                rows.Add(provider, item);
        return rows;
    }
}
