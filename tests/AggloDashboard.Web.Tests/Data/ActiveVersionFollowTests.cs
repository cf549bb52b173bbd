using System.Text;
using AggloDashboard.Data.Import;
using AggloDashboard.Web.Components.Pages;
using Microsoft.Extensions.DependencyInjection;

namespace AggloDashboard.Web.Tests.Data;

/// <summary>An open page follows a commit or an activation made elsewhere, without a navigation.</summary>
public sealed class ActiveVersionFollowTests : IAsyncLifetime
{
    private DataManagementHost _host = default!;

    public async Task InitializeAsync() => _host = await DataManagementHost.CreateAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task An_open_city_page_shows_the_committed_version_and_then_the_reactivated_one()
    {
        _host.Context.Services.GetRequiredService<Bunit.TestDoubles.BunitNavigationManager>().NavigateTo("/city/220100?year=2023&lang=en");
        var page = _host.Context.Render<CityProfile>(p => p.Add(c => c.Code, "220100"));
        string Lq() => page.Find("[data-testid='rank-lq.producer_services']").TextContent;
        page.WaitForElement("[data-testid='rank-lq.producer_services']");
        var before = Lq();

        var request = new ImportRequest("edit.csv", Encoding.UTF8.GetBytes("region_code,year,indicator,value\n220100,2023,emp.total,999\n"), ImportShape.Long);
        var preview = await _host.Management.PreviewAsync(DataManagementHost.Administrator, request, CancellationToken.None);
        await _host.Management.CommitAsync(DataManagementHost.Administrator, preview, CancellationToken.None);

        page.WaitForAssertion(() => Assert.NotEqual(before, Lq()));

        await _host.Management.ActivateAsync(DataManagementHost.Administrator, 1, CancellationToken.None);
        page.WaitForAssertion(() => Assert.Equal(before, Lq()));
    }
}
