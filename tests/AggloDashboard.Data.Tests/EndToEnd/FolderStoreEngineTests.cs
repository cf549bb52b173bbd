using AggloDashboard.Data.Store;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Data.Folder;
using AggloDashboard.Data.Tests.Boundaries;
using AggloDashboard.Data.Tests.Store;

namespace AggloDashboard.Data.Tests.EndToEnd;

/// <summary>The engine sees the same panel whether it comes from the folder or from the store.</summary>
public sealed class FolderStoreEngineTests
{
    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task Folder_to_engine_equals_folder_to_store_to_engine_bit_for_bit(StoreProvider provider)
    {
        var folder = DatasetFolderReader.Read(Path.Combine(RepositoryRoot.Path, "seed-data")).Dataset!;
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider);
        var version = await temporary.Store.AddVersionAsync(folder, "seed-data", null, isIllustrative: true, activate: true,
            CancellationToken.None);
        var stored = await temporary.Store.ReadAsync(version.Id, CancellationToken.None);

        var direct = MetricsEngine.Compute(folder);
        var viaStore = MetricsEngine.Compute(stored);

        DatasetAssert.BitwiseEqual(folder, stored);
        Assert.Equal(direct.Regional.Count, viaStore.Regional.Count);
        Assert.All(direct.Regional.Zip(viaStore.Regional), pair =>
        {
            Assert.Equal((pair.First.RegionCode, pair.First.Year, pair.First.Metric),
                (pair.Second.RegionCode, pair.Second.Year, pair.Second.Metric));
            Assert.Equal(BitConverter.DoubleToInt64Bits(pair.First.Value), BitConverter.DoubleToInt64Bits(pair.Second.Value));
        });
        Assert.Equal(direct.Aggregate, viaStore.Aggregate);
    }
}
