namespace AggloDashboard.Web.Services;

/// <summary>
/// One computation on the thread pool that any number of callers wait for, each with its own token: a caller that
/// leaves does not cancel it for the others; when the last one leaves before it has started, it is cancelled.
/// </summary>
public sealed class SharedComputation
{
    private readonly CancellationTokenSource _unwanted = new();
    private readonly Task<object?> _task;
    private int _waiters;

    public SharedComputation(Func<object?> compute) => _task = Task.Run(compute, _unwanted.Token);

    public async Task<object?> WaitAsync(CancellationToken ct)
    {
        Interlocked.Increment(ref _waiters);
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
}
