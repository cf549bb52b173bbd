using AggloDashboard.Data.Store;
namespace AggloDashboard.Data.Tests.Store;

/// <summary>The store at the largest size the contract names: 400 regions x 20 years. Speed is measured in benchmarks/.</summary>
public sealed class StoreLargeDatasetTests
{
    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task Four_hundred_regions_round_trip_bit_for_bit(StoreProvider provider)
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider);
        var dataset = SampleDatasets.Generated(400, 20, 35);

        var version = await temporary.Store.AddVersionAsync(dataset, "generated", null, false, activate: true, CancellationToken.None);
        var readBack = await temporary.Store.ReadAsync(version.Id, CancellationToken.None);

        DatasetAssert.BitwiseEqual(dataset, readBack);
    }
}
