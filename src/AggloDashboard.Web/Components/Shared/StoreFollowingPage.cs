using AggloDashboard.Web.Services;
using Microsoft.AspNetCore.Components;

namespace AggloDashboard.Web.Components.Shared;

/// <summary>
/// A page listing what any instance may change (versions, stories): when the store changes here or on another instance
/// (<see cref="DashboardDataService.StoreChanged"/>), the page loads its lists again without a navigation.
/// </summary>
public abstract class StoreFollowingPage : PageBase, IDisposable
{
    [Inject] private DashboardDataService Changes { get; set; } = default!;

    /// <summary>Loads what the page lists from the store.</summary>
    protected abstract Task ReloadAsync();

    protected override void OnInitialized() => Changes.StoreChanged += OnStoreChanged;

    private void OnStoreChanged() => _ = InvokeAsync(async () =>
    {
        try
        {
            await ReloadAsync();
            StateHasChanged();
        }
        catch (Exception e)
        {
            // As if the page had thrown while rendering: the layout's error boundary shows a message, not a stale list.
            await DispatchExceptionAsync(e);
        }
    });

    public void Dispose() => Changes.StoreChanged -= OnStoreChanged;
}
