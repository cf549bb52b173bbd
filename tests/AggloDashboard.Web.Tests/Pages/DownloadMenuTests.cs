using System.Globalization;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Components.Pages;
using MiniExcelLibs;

namespace AggloDashboard.Web.Tests.Pages;

[Collection(DashboardCollection.Name)]
public sealed class DownloadMenuTests(DashboardFixture fixture) : IAsyncLifetime
{
    private BunitHost _host = default!;

    public Task InitializeAsync()
    {
        _host = new BunitHost(fixture);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public void A_page_table_downloads_as_a_workbook_with_the_same_rows_as_the_csv()
    {
        _host.Navigation.NavigateTo("/map?year=2015&metric=coagg&lang=en");
        var page = _host.Context.Render<MapExplorer>();

        page.Find("[data-testid=map-xlsx]").Click();

        page.WaitForAssertion(() => Assert.Single(_host.Context.JSInterop.Invocations, i => i.Identifier == Downloaded.Identifier));
        var call = _host.Context.JSInterop.Invocations.Single(i => i.Identifier == Downloaded.Identifier);
        Assert.Equal("map-coagg-2015.xlsx", call.Arguments[0]);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", call.Arguments[2]);
        using var stream = Downloaded.Bytes(call);
        var rows = MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToArray();
        Assert.Equal(["City", "code", "Year", "Synergy co-agglomeration"], rows[0].Keys.ToArray());
        Assert.Equal(9, rows.Length);
        Assert.Equal("Changchun", rows[0]["City"]);
        Assert.Equal(fixture.Snapshot.Value("220100", 2015, MetricCodes.Coagglomeration),
            Convert.ToDouble(rows[0]["Synergy co-agglomeration"], CultureInfo.InvariantCulture));
    }
}
