using AggloDashboard.Web.Services;

namespace AggloDashboard.Web.Tests.Services;

/// <summary>The snapshot's analysis cache: one computation per key, off the caller, bounded, and cancellable per caller.</summary>
[Collection(DashboardCollection.Name)]
public sealed class SnapshotAnalysesCacheTests(DashboardFixture fixture)
{
    private SnapshotAnalyses Fresh() => new DashboardSnapshot(fixture.Snapshot.Version, fixture.Snapshot.Dataset, fixture.Snapshot.Results).Analyses;

    [Fact]
    public async Task Two_concurrent_requests_for_one_key_compute_once_and_get_the_same_result()
    {
        var analyses = Fresh();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var runs = 0;
        object Compute()
        {
            Interlocked.Increment(ref runs);
            gate.Task.Wait();
            return new object();
        }

        var first = analyses.GetAsync("slow", Compute, CancellationToken.None);
        var second = analyses.GetAsync("slow", Compute, CancellationToken.None);
        Assert.False(first.IsCompleted);
        gate.SetResult();

        Assert.Same(await first, await second);
        Assert.Equal(1, runs);
        Assert.Equal(1, analyses.Computations);
    }

    [Fact]
    public async Task A_caller_that_leaves_does_not_cancel_the_computation_another_caller_waits_for()
    {
        var analyses = Fresh();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var leaving = new CancellationTokenSource();
        string Compute()
        {
            gate.Task.Wait();
            return "done";
        }

        var left = analyses.GetAsync("slow", Compute, leaving.Token);
        var staying = analyses.GetAsync("slow", Compute, CancellationToken.None);
        leaving.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => left);
        gate.SetResult();

        Assert.Equal("done", await staying);
        Assert.Equal("done", await analyses.GetAsync("slow", () => "again", CancellationToken.None));
        Assert.Equal(1, analyses.Computations);
    }

    [Fact]
    public async Task A_failed_computation_is_not_kept_and_the_next_request_computes_again()
    {
        var analyses = Fresh();

        await Assert.ThrowsAsync<InvalidOperationException>(() => analyses.GetAsync<string>("bad", () => throw new InvalidOperationException("no"), CancellationToken.None));

        Assert.Equal("fine", await analyses.GetAsync("bad", () => "fine", CancellationToken.None));
        Assert.Equal(2, analyses.Computations);
    }

    [Fact]
    public async Task The_cache_keeps_at_most_its_capacity_and_drops_the_least_recently_used()
    {
        var analyses = Fresh();
        for (var i = 0; i <= SnapshotAnalyses.Capacity; i++)
        {
            await analyses.GetAsync("key" + i, () => i, CancellationToken.None);
        }

        Assert.Equal(SnapshotAnalyses.Capacity, analyses.Count);
        Assert.Equal(-1, await analyses.GetAsync("key0", () => -1, CancellationToken.None));
        Assert.Equal(SnapshotAnalyses.Capacity, await analyses.GetAsync("key" + SnapshotAnalyses.Capacity, () => -1, CancellationToken.None));
    }
}
