namespace AggloDashboard.Data.Tests.Store;

/// <summary>The store at the largest size the contract names: 400 regions x 20 years. Speed is measured in benchmarks/.</summary>
public sealed class StoreLargeDatasetTests
{
    [Fact]
    public async Task Four_hundred_regions_round_trip_bit_for_bit()
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync();
        var dataset = SampleDatasets.Generated(400, 20, 35);

        var version = await temporary.Store.AddVersionAsync(dataset, "generated", null, false, activate: true, CancellationToken.None);
        var readBack = await temporary.Store.ReadAsync(version.Id, CancellationToken.None);

        DatasetAssert.BitwiseEqual(dataset, readBack);
    }
}
