using AggloDashboard.EndToEnd.Tests.Infrastructure;

namespace AggloDashboard.EndToEnd.Tests;

/// <summary>The drivers, disparities and spatial pages draw their charts in a real browser.</summary>
[Collection(AppCollection.Name)]
public sealed class DriversDisparitiesSpatialTests(AppFixture fixture)
{
    [Fact]
    public async Task Drivers_page_draws_the_coefficient_plot_with_interval_bars_and_the_grey_grades()
    {
        await using var session = await fixture.OpenAsync(nameof(Drivers_page_draws_the_coefficient_plot_with_interval_bars_and_the_grey_grades));
        await session.OpenPageAsync("/drivers?lang=en");
        await session.WaitForChartAsync("coefficient-plot");
        await session.WaitForChartAsync("grey-chart");
        await session.ScreenshotAsync("drivers-en");

        Assert.Contains("Only 9 clusters", await session.Page.GetByTestId("few-clusters-note").InnerTextAsync());
        var bars = await session.Page.EvaluateAsync<int>(
            "() => document.getElementById('coefficient-plot')._fullData.filter(t => t.error_x && t.error_x.visible).length");
        Assert.Equal(2, bars);
        session.AssertClean();
    }

    [Fact]
    public async Task Disparities_and_spatial_pages_draw_their_charts_and_the_lisa_map()
    {
        await using var session = await fixture.OpenAsync(nameof(Disparities_and_spatial_pages_draw_their_charts_and_the_lisa_map));
        await session.OpenPageAsync("/disparities?lang=en");
        await session.WaitForChartAsync("sigma-chart");
        await session.WaitForChartAsync("concentration-chart");
        await session.WaitForChartAsync("krugman-chart");
        await session.ScreenshotAsync("disparities-en");
        Assert.Contains("Disparities", await session.Page.GetByTestId("page-title").InnerTextAsync());

        await session.OpenPageAsync("/spatial?lang=en");
        await session.WaitForChartAsync("moran-chart");
        await session.WaitForChartAsync("lisa-map");
        await session.ScreenshotAsync("spatial-en");

        var located = await session.Page.EvaluateAsync<int>(
            "() => document.getElementById('lisa-map').data.reduce((n, t) => n + t.locations.length, 0)");
        Assert.Equal(9, located);
        Assert.Contains("Only 9 regions", await session.Page.GetByTestId("few-regions-note").InnerTextAsync());
        session.AssertClean();
    }

    [Fact]
    public async Task Unticking_a_driver_and_switching_the_lag_refit_the_models_from_the_url()
    {
        await using var session = await fixture.OpenAsync(nameof(Unticking_a_driver_and_switching_the_lag_refit_the_models_from_the_url));
        await session.OpenPageAsync("/drivers?lang=en");
        await session.WaitForChartAsync("coefficient-plot");

        await session.Page.GetByTestId("driver-picker").ClickAsync();
        await session.Page.GetByRole(AriaRole.Option, new() { Name = "Urbanisation rate", Exact = true }).ClickAsync();
        await session.WaitForQueryAsync("drivers", "drv.fdi,drv.fixed_investment,drv.internet_users,drv.private_share,drv.st_edu_spending");
        await session.Page.Keyboard.PressAsync("Escape");

        await session.Page.GetByText("Lag the drivers one year", new() { Exact = true }).ClickAsync();
        await session.WaitForQueryAsync("lag", "1");
        // The plot is away while the new fit is computed (the page shows its computing card), then drawn again.
        await session.Page.WaitForFunctionAsync(
            "() => { const plot = document.getElementById('coefficient-plot'); return plot?.data?.[0]?.y.length === 5 && plot.data[0].y.every(l => l.endsWith('(t-1)')); }");
        session.AssertClean();
    }
}
