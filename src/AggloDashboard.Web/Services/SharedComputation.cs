using AggloDashboard.Core.Analytics;

namespace AggloDashboard.Web.Services;

/// <summary>
/// One computation on the thread pool that any number of callers wait for, each with its own token: a caller that
/// leaves does not cancel it for the others; when the last one leaves before it has finished, it is cancelled (a
/// computation that checks its token stops; one that does not is at least not started). Each caller may follow its
/// progress: it gets the latest report on joining, then every new one.
/// </summary>
public sealed class SharedComputation
{
    private readonly CancellationTokenSource _unwanted = new();
    private readonly ProgressRelay _progress = new();
    private readonly Task<object?> _task;
    private int _waiters;

    public SharedComputation(Func<IProgress<AnalysisProgress>, CancellationToken, object?> compute) =>
        _task = Task.Run(() => compute(_progress, _unwanted.Token), _unwanted.Token);

    public async Task<object?> WaitAsync(CancellationToken ct, IProgress<AnalysisProgress>? progress = null)
    {
        Interlocked.Increment(ref _waiters);
        using var following = progress is null ? null : _progress.Follow(progress);
        try
        {
            return await _task.WaitAsync(ct).ConfigureAwait(false);
        }
        finally
        {
            if (Interlocked.Decrement(ref _waiters) == 0 && !_task.IsCompleted)
            {
                _unwanted.Cancel();
            }
        }
    }

    /// <summary>
    /// Passes the computation's reports on to the callers that follow it, in order (under one lock, so a follower
    /// must only note the report and return).
    /// </summary>
    private sealed class ProgressRelay : IProgress<AnalysisProgress>
    {
        private readonly object _gate = new();
        private readonly List<IProgress<AnalysisProgress>> _followers = [];
        private AnalysisProgress? _latest;

        public void Report(AnalysisProgress value)
        {
            lock (_gate)
            {
                _latest = value;
                foreach (var follower in _followers)
                {
                    follower.Report(value);
                }
            }
        }

        public IDisposable Follow(IProgress<AnalysisProgress> follower)
        {
            lock (_gate)
            {
                _followers.Add(follower);
                if (_latest is { } latest)
                {
                    follower.Report(latest);
                }
            }

            return new Unfollow(this, follower);
        }

        private sealed class Unfollow(ProgressRelay relay, IProgress<AnalysisProgress> follower) : IDisposable
        {
            public void Dispose()
            {
                lock (relay._gate)
                {
                    relay._followers.Remove(follower);
                }
            }
        }
    }
}
