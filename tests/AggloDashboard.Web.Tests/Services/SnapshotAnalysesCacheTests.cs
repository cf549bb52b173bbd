using AggloDashboard.Core.Analytics;
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
    public async Task A_blocking_get_on_a_single_threaded_context_returns_while_the_computation_runs_elsewhere()
    {
        var analyses = Fresh();
        var context = new ParkedContinuations();

        // As the renderer's thread while prerendering: it blocks in Get, and whatever is posted to its context waits.
        var blocked = Task.Run(() =>
        {
            SynchronizationContext.SetSynchronizationContext(context);
            return analyses.Get("first", () =>
            {
                Thread.Sleep(200);
                return "computed";
            });
        });

        Assert.Same(blocked, await Task.WhenAny(blocked, Task.Delay(TimeSpan.FromSeconds(30))));
        Assert.Equal("computed", await blocked);
        Assert.Equal(0, context.Posted);
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

    [Fact]
    public async Task Every_caller_follows_the_progress_and_one_that_joins_late_gets_the_latest_report_first()
    {
        var analyses = Fresh();
        var halfway = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        string Compute(IProgress<AnalysisProgress> progress, CancellationToken ct)
        {
            progress.Report(new AnalysisProgress(1, 2));
            halfway.SetResult();
            gate.Task.Wait(ct);
            progress.Report(new AnalysisProgress(2, 2));
            return "done";
        }

        var early = new Reports();
        var late = new Reports();
        var first = analyses.GetAsync("slow", Compute, early, CancellationToken.None);
        await halfway.Task;
        var second = analyses.GetAsync("slow", Compute, late, CancellationToken.None);
        gate.SetResult();

        Assert.Equal("done", await first);
        Assert.Equal("done", await second);
        Assert.Equal([new AnalysisProgress(1, 2), new AnalysisProgress(2, 2)], early.Seen);
        Assert.Equal([new AnalysisProgress(1, 2), new AnalysisProgress(2, 2)], late.Seen);
        Assert.Equal(1, analyses.Computations);
    }

    [Fact]
    public async Task When_the_last_caller_leaves_a_computation_that_checks_its_token_stops_and_the_next_caller_starts_it_again()
    {
        var analyses = Fresh();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var leaving = new CancellationTokenSource();
        string Compute(IProgress<AnalysisProgress> progress, CancellationToken ct)
        {
            started.TrySetResult();
            ct.Register(stopped.SetResult);
            ct.WaitHandle.WaitOne();
            ct.ThrowIfCancellationRequested();
            return "never";
        }

        var left = analyses.GetAsync("slow", Compute, null, leaving.Token);
        await started.Task;
        leaving.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => left);
        await stopped.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("again", await analyses.GetAsync("slow", () => "again", CancellationToken.None));
        Assert.Equal(2, analyses.Computations);
    }

    /// <summary>Keeps every report, on the reporting thread.</summary>
    private sealed class Reports : IProgress<AnalysisProgress>
    {
        private readonly List<AnalysisProgress> _seen = [];

        public IReadOnlyList<AnalysisProgress> Seen
        {
            get
            {
                lock (_seen)
                {
                    return [.. _seen];
                }
            }
        }

        public void Report(AnalysisProgress value)
        {
            lock (_seen)
            {
                _seen.Add(value);
            }
        }
    }

    /// <summary>A context whose posts never run, as a thread that is blocked: a continuation posted here is lost.</summary>
    private sealed class ParkedContinuations : SynchronizationContext
    {
        private int _posted;

        public int Posted => Volatile.Read(ref _posted);

        public override void Post(SendOrPostCallback d, object? state) => Interlocked.Increment(ref _posted);
    }
}
