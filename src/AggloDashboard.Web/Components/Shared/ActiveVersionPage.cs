using AggloDashboard.Web.Services;
using Microsoft.AspNetCore.Components;

namespace AggloDashboard.Web.Components.Shared;

/// <summary>
/// A page that shows the active dataset version: when an administrator activates or commits another version (in any
/// circuit), the page loads its parameters again and shows the new version's numbers without a navigation.
/// </summary>
public abstract class ActiveVersionPage : PageBase, IDisposable
{
    [Inject] private DashboardDataService Versions { get; set; } = default!;

    protected override void OnInitialized() => Versions.ActiveVersionChanged += OnActiveVersionChanged;

    private void OnActiveVersionChanged(int versionId) => _ = InvokeAsync(async () =>
    {
        try
        {
            await OnParametersSetAsync();
            StateHasChanged();
        }
        catch (Exception e)
        {
            // As if the page had thrown while rendering: the layout's error boundary shows a message, not a stale page.
            await DispatchExceptionAsync(e);
        }
    });

    public void Dispose() => Versions.ActiveVersionChanged -= OnActiveVersionChanged;
}
