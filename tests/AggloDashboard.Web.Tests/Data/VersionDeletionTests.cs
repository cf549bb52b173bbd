using AggloDashboard.Core.Metrics;
using System.Text;
using AggloDashboard.Data.Import;
using AggloDashboard.Data.Store;
using AggloDashboard.Web.Components.Pages;
using MudBlazor;

namespace AggloDashboard.Web.Tests.Data;

public sealed class VersionDeletionTests : IAsyncLifetime
{
    private DataManagementHost _host = default!;

    public async Task InitializeAsync() => _host = await DataManagementHost.CreateAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<DatasetVersion> CommitEditAsync(string value)
    {
        var request = new ImportRequest("edit.csv", Encoding.UTF8.GetBytes($"region_code,year,indicator,value\n220100,2023,emp.total,{value}\n"), ImportShape.Long);
        var preview = await _host.Management.PreviewAsync(DataManagementHost.Administrator, request, CancellationToken.None);
        return await _host.Management.CommitAsync(DataManagementHost.Administrator, preview, CancellationToken.None);
    }

    [Fact]
    public async Task Only_an_administrator_may_delete_and_the_active_version_is_refused()
    {
        var edit = await CommitEditAsync("999");

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _host.Management.DeleteAsync(DataManagementHost.Viewer, 1, CancellationToken.None));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _host.Management.DeleteAsync(DataManagementHost.Anonymous, 1, CancellationToken.None));
        await Assert.ThrowsAsync<ActiveVersionDeletionException>(() => _host.Management.DeleteAsync(DataManagementHost.Administrator, edit.Id, CancellationToken.None));

        Assert.Equal(2, (await _host.Store.ListVersionsAsync(CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Deleting_a_version_drops_it_from_the_listing_and_the_cache_and_is_audited()
    {
        await CommitEditAsync("999");
        var third = await CommitEditAsync("1000");
        Assert.Equal("0 new, 1 changed, 0 removed", (await _host.Management.ListVersionsAsync(CancellationToken.None)).First().DiffFromPrevious);

        await _host.Management.DeleteAsync(DataManagementHost.Administrator, 2, CancellationToken.None);

        var listing = await _host.Management.ListVersionsAsync(CancellationToken.None);
        Assert.Equal([third.Id, 1], listing.Select(l => l.Version.Id).ToArray());
        Assert.Equal("0 new, 1 changed, 0 removed", listing[0].DiffFromPrevious);
        await Assert.ThrowsAsync<DatasetVersionNotFoundException>(() => _host.Data.ResolveAsync(2, new ParsedSettings(MetricSettings.Default, []), CancellationToken.None));
        var audit = (await _host.Management.ListAuditAsync(CancellationToken.None))[0];
        Assert.Equal((AuditActions.Delete, 2, "admin"), (audit.Action, audit.VersionId ?? 0, audit.UserName));
    }

    [Fact]
    public async Task The_versions_page_deletes_after_confirmation_and_offers_no_delete_for_the_active_version()
    {
        var edit = await CommitEditAsync("999");
        var anonymous = _host.Context.Render<Versions>();
        anonymous.WaitForElement("[data-testid=versions-showing]");
        Assert.Empty(anonymous.FindAll("[data-testid^=delete-]"));

        _host.SignInAdministrator();
        var dialogs = _host.Context.Render<MudDialogProvider>();
        var page = _host.Context.Render<Versions>();
        page.WaitForElement("[data-testid=delete-1]").Click();
        Assert.Empty(page.FindAll($"[data-testid=delete-{edit.Id}]"));
        dialogs.WaitForAssertion(() => Assert.Contains("删除后", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "取消").Click();
        Assert.Equal(2, (await _host.Store.ListVersionsAsync(CancellationToken.None)).Count);

        page.Find("[data-testid=delete-1]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("删除后", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "删除").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=version-1]")));
        Assert.Equal([edit.Id], (await _host.Store.ListVersionsAsync(CancellationToken.None)).Select(v => v.Id).ToArray());
        Assert.Contains(AuditActions.Delete, page.Find("[data-testid=audit-log]").TextContent);
    }

    [Fact]
    public async Task Activation_and_commit_raise_the_version_changed_event()
    {
        var seen = new List<int>();
        _host.Data.ActiveVersionChanged += seen.Add;

        var edit = await CommitEditAsync("999");
        await _host.Management.ActivateAsync(DataManagementHost.Administrator, 1, CancellationToken.None);
        await _host.Management.ActivateAsync(DataManagementHost.Administrator, 1, CancellationToken.None);

        Assert.Equal([edit.Id, 1], seen);
    }
}
