using System.Diagnostics;
using Xunit.Abstractions;

namespace AggloDashboard.Data.Tests.Store;

/// <summary>Bounds are loose enough for a busy 2-core CI machine; the output shows the measured times.</summary>
public sealed class StorePerformanceTests(ITestOutputHelper output)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [InlineData(9, 19, 35, 1.0)]
    [InlineData(400, 20, 35, 10.0)]
    public async Task A_dataset_is_stored_and_read_back_quickly(int regions, int years, int indicators, double maxInsertSeconds)
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync();
        var dataset = SampleDatasets.Generated(regions, years, indicators);
        await temporary.Store.AddVersionAsync(SampleDatasets.Awkward(), "warm-up", null, false, activate: true, None);

        var insert = Stopwatch.StartNew();
        var version = await temporary.Store.AddVersionAsync(dataset, "generated", null, false, activate: true, None);
        insert.Stop();
        var read = Stopwatch.StartNew();
        var readBack = await temporary.Store.ReadAsync(version.Id, None);
        read.Stop();

        output.WriteLine($"{dataset.Observations.Count} observations: insert {insert.Elapsed.TotalMilliseconds:F0} ms, read {read.Elapsed.TotalMilliseconds:F0} ms");
        DatasetAssert.BitwiseEqual(dataset, readBack);
        Assert.InRange(insert.Elapsed.TotalSeconds, 0, maxInsertSeconds);
    }
}
