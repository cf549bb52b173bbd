using AggloDashboard.Web.Auth;
using AggloDashboard.Web.Readings;
using AggloDashboard.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace AggloDashboard.Web.Components.Pages;

public partial class Versions
{
    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }
    private bool _isAdministrator;
    private int? _activeId;
    private System.Security.Claims.ClaimsPrincipal _user = new();
    private IReadOnlyList<VersionListing> _versions = [];
    private IReadOnlyList<AggloDashboard.Data.Store.AuditEntry> _audit = [];

    protected override async Task OnParametersSetAsync()
    {
        _user = AuthenticationState is null ? new() : (await AuthenticationState).User;
        _isAdministrator = DashboardAuth.IsAdministrator(_user);
        await ReloadAsync();
    }

    protected override async Task ReloadAsync()
    {
        _activeId = (await Data.GetCurrentAsync()).Version.Id;
        _versions = await Management.ListVersionsAsync(CancellationToken.None);
        _audit = await Management.ListAuditAsync(CancellationToken.None);
    }

    private async Task ActivateAsync(int versionId)
    {
        try
        {
            await Management.ActivateAsync(_user, versionId, CancellationToken.None);
            Snackbar.Add($"{T("versions.activated")} #{versionId}", Severity.Success);
        }
        catch (UnauthorizedAccessException)
        {
            Snackbar.Add(T("versions.notAllowed"), Severity.Error);
        }
        catch (AggloDashboard.Data.Store.StoreUnavailableException e)
        {
            Snackbar.Add(StoreFaultText.For(e.Fault, Lang), Severity.Error);
        }

        await ReloadAsync();
    }

    private async Task DeleteAsync(int versionId)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(new MessageBoxOptions
        {
            Title = $"{T("versions.delete")} #{versionId}",
            Message = T("versions.deleteConfirm"),
            YesText = T("versions.delete"),
            CancelText = T("versions.cancel"),
        });
        if (confirmed != true)
        {
            return;
        }

        try
        {
            await Management.DeleteAsync(_user, versionId, CancellationToken.None);
            Snackbar.Add($"{T("versions.deleted")} #{versionId}", Severity.Success);
        }
        catch (AggloDashboard.Data.Store.ActiveVersionDeletionException)
        {
            Snackbar.Add(T("versions.deleteActive"), Severity.Error);
        }
        catch (AggloDashboard.Data.Store.DatasetVersionNotFoundException)
        {
            Snackbar.Add($"{T("versions.notFound")} #{versionId}", Severity.Warning);
        }
        catch (UnauthorizedAccessException)
        {
            Snackbar.Add(T("versions.notAllowed"), Severity.Error);
        }
        catch (AggloDashboard.Data.Store.StoreUnavailableException e)
        {
            Snackbar.Add(StoreFaultText.For(e.Fault, Lang), Severity.Error);
        }

        await ReloadAsync();
    }
}
