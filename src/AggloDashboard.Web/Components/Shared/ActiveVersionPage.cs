using AggloDashboard.Web.Services;
using Microsoft.AspNetCore.Components;

namespace AggloDashboard.Web.Components.Shared;

/// <summary>
/// A page that shows the active dataset version: when an administrator activates or commits another version (in any
/// circuit), the page loads its parameters again and shows the new version's numbers without a navigation. Its work
/// for one set of parameters is cancelled through <see cref="PageToken"/> as soon as it is no longer wanted.
/// </summary>
public abstract class ActiveVersionPage : PageBase, IDisposable
{
    private CancellationTokenSource _work = new();

    [Inject] private DashboardDataService Versions { get; set; } = default!;

    /// <summary>
    /// Cancelled when the page's parameters change (a navigation to the same page with another query), when another
    /// version becomes active, and when the page is disposed: pass it to every wait for data or analyses.
    /// </summary>
    protected CancellationToken PageToken => _work.Token;

    /// <summary>
    /// Whether to await <paramref name="pending"/> (an analysis) now. When it is not done yet the page first renders
    /// what it has, its loading state where the result goes; prerendering does not wait at all (it sends that loading
    /// state at once and the live circuit computes).
    /// </summary>
    protected bool WaitsFor(Task pending)
    {
        if (pending.IsCompleted)
        {
            return true;
        }

        if (!RendererInfo.IsInteractive)
        {
            return false;
        }

        StateHasChanged();
        return true;
    }

    public override Task SetParametersAsync(ParameterView parameters)
    {
        RestartWork();
        return base.SetParametersAsync(parameters);
    }

    protected override void OnInitialized() => Versions.ActiveVersionChanged += OnActiveVersionChanged;

    private void OnActiveVersionChanged(int versionId) => _ = InvokeAsync(async () =>
    {
        try
        {
            RestartWork();
            await OnParametersSetAsync();
            StateHasChanged();
        }
        catch (OperationCanceledException) when (PageToken.IsCancellationRequested)
        {
            // A newer navigation or version took over; it renders its own result.
        }
        catch (Exception e)
        {
            // As if the page had thrown while rendering: the layout's error boundary shows a message, not a stale page.
            await DispatchExceptionAsync(e);
        }
    });

    // The cancelled source is not disposed: work still running holds its token and may register on it.
    private void RestartWork()
    {
        var previous = _work;
        _work = new CancellationTokenSource();
        previous.Cancel();
    }

    public void Dispose()
    {
        Versions.ActiveVersionChanged -= OnActiveVersionChanged;
        _work.Cancel();
    }
}
