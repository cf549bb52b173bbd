namespace AggloDashboard.Web.Components.Shared;

/// <summary>
/// Steps through the later years of a list, one every <see cref="Step"/>, until the last year or until stopped: the
/// animation of the year player and of the presenter.
/// </summary>
public sealed class YearAnimation : IAsyncDisposable
{
    /// <summary>How long each year stays on screen while playing.</summary>
    public static readonly TimeSpan Step = TimeSpan.FromMilliseconds(900);

    private CancellationTokenSource? _play;

    public bool IsPlaying => _play is not null;

    /// <summary>Starts stepping from the year after <paramref name="current"/>'s, each step asking for the next year.</summary>
    /// <param name="current">The year to step from, read at every step.</param>
    /// <param name="show">Shows the next year.</param>
    /// <param name="ended">Called after the last year was shown (not when stopped).</param>
    /// <param name="dispatch">Runs the callbacks on the component's dispatcher (its <c>InvokeAsync</c>).</param>
    public void Start(IReadOnlyList<int> years, Func<int> current, Func<int, Task> show, Func<Task> ended, Func<Func<Task>, Task> dispatch)
    {
        var play = new CancellationTokenSource();
        _play = play;
        _ = RunAsync(play, years, current, show, ended, dispatch);
    }

    private async Task RunAsync(CancellationTokenSource play, IReadOnlyList<int> years, Func<int> current, Func<int, Task> show, Func<Task> ended,
        Func<Func<Task>, Task> dispatch)
    {
        using var timer = new PeriodicTimer(Step);
        try
        {
            while (await timer.WaitForNextTickAsync(play.Token))
            {
                var from = current();
                var next = years.FirstOrDefault(y => y > from);
                if (next == 0)
                {
                    break;
                }

                await dispatch(() => show(next));
            }
        }
        catch (OperationCanceledException)
        {
            return;
        }

        await dispatch(async () =>
        {
            // Only the animation that ended: the user may have paused and played again meanwhile.
            if (ReferenceEquals(_play, play))
            {
                await StopAsync();
                await ended();
            }
        });
    }

    public async Task StopAsync()
    {
        // Taken before awaiting, so a key pressed while the cancellation runs cannot stop the same animation twice.
        var play = _play;
        _play = null;
        if (play is not null)
        {
            await play.CancelAsync();
            play.Dispose();
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
