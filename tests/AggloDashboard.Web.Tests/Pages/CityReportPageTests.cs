using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Components.Pages;
using AggloDashboard.Web.Components.Shared;
using AggloDashboard.Web.Views;

namespace AggloDashboard.Web.Tests.Pages;

[Collection(DashboardCollection.Name)]
public sealed class CityReportPageTests(DashboardFixture fixture) : IAsyncLifetime
{
    private readonly BunitHost _host = new(fixture);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private IRenderedComponent<CityReport> Open(string code, string query)
    {
        _host.Navigation.NavigateTo($"/city/{code}/report?{query}");
        return _host.Context.Render<CityReport>(p => p.Add(c => c.Code, code)).WhenComputed();
    }

    [Fact]
    public void The_report_shows_the_city_its_metrics_obstacles_forecast_and_policy()
    {
        var page = Open("220100", "lang=en&year=2020");

        Assert.Equal("Changchun", page.Find("[data-testid=report-city]").TextContent);
        Assert.Equal(CityProfileSummary.MainMetrics.Count, page.FindAll("[data-testid=report-metrics] tbody tr").Count);
        var d = fixture.Snapshot.Value("220100", 2020, MetricCodes.CouplingD)!.Value;
        Assert.Contains(d.ToString("0.0000", Lang.En.Culture()), page.Find("[data-testid=report-metrics]").TextContent);
        Assert.Contains("Top 5 obstacle indicators · 2020", page.Find("[data-testid=report-obstacles]").TextContent);
        Assert.NotEmpty(page.Find("[data-testid=forecast-verdict]").TextContent);
        Assert.Contains("Central service hub", page.Find("[data-testid=report-policy]").TextContent);
        Assert.NotNull(page.Find("[data-testid=report-illustrative]"));
    }

    [Fact]
    public void Every_chart_is_static_and_sized_for_paper()
    {
        var page = Open("220200", "lang=zh");

        var charts = page.FindComponents<ChartView>();
        Assert.Equal(5, charts.Count);
        Assert.All(charts, c => Assert.True(c.Instance.Static));
        Assert.All(charts, c => Assert.InRange((int)c.Instance.Figure.Layout.Height!.Value, 200, 320));
        Assert.Empty(page.FindAll("[data-testid$=-export]"));
    }

    [Fact]
    public async Task The_print_button_opens_the_browser_print_dialog()
    {
        var page = Open("220100", "lang=en");

        await page.Find("[data-testid=report-print]").ClickAsync(new());

        Assert.Single(_host.Context.JSInterop.Invocations, i => i.Identifier == "print");
    }

    [Fact]
    public void Settings_in_the_link_are_used_and_stated()
    {
        var page = Open("220100", "lang=en&tol=0.3");

        Assert.Contains("Synchronous tolerance: |U1 − U2| ≤ 0.3", page.Find("[data-testid=report-settings]").TextContent);
    }

    [Fact]
    public void An_unknown_city_is_said_plainly()
    {
        var page = Open("999999", "lang=en");

        Assert.Contains("999999", page.Find("[data-testid=city-not-found]").TextContent);
    }

    [Fact]
    public void The_city_page_links_its_report_with_the_year_and_language()
    {
        _host.Navigation.NavigateTo("/city/220100?lang=en&year=2015&metric=lq.manufacturing");
        var page = _host.Context.Render<CityProfile>(p => p.Add(c => c.Code, "220100"));

        Assert.Equal("/city/220100/report?year=2015&lang=en", page.Find("[data-testid=city-report-link]").GetAttribute("href"));
    }

    [Fact]
    public void Interactive_charts_offer_the_export_menu()
    {
        _host.Navigation.NavigateTo("/trends?lang=en");
        var page = _host.Context.Render<Trends>();

        Assert.NotNull(page.Find("[data-testid=trends-chart-export]"));
    }
}
