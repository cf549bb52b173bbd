using AggloDashboard.EndToEnd.Tests.Infrastructure;

namespace AggloDashboard.EndToEnd.Tests;

/// <summary>Charts whose drawing has to wait (a slow plotly.js, a slow boundary file) still end up as the user left them.</summary>
[Collection(AppCollection.Name)]
public sealed class ChartDrawingTests(AppFixture fixture)
{
    private const string Map = "explorer-map";
    private const string Metric = "lq.producer_services";

    [Fact]
    public async Task Charts_of_a_page_left_before_plotly_arrived_do_not_stop_the_next_pages_charts()
    {
        await using var session = await fixture.OpenAsync(nameof(Charts_of_a_page_left_before_plotly_arrived_do_not_stop_the_next_pages_charts));
        await session.Page.RouteAsync("**/plotly-3.7.0.min.js", async route =>
        {
            await Task.Delay(4000);
            await route.ContinueAsync();
        });
        await session.OpenPageAsync("/city/220100?lang=en&year=2023");
        Assert.False(await session.Page.EvaluateAsync<bool>("() => !!window.Plotly"));

        await session.Page.GetByTestId("city-report-link").ClickAsync();
        await session.WaitForPathAsync("/city/220100/report");

        foreach (var chart in new[] { "report-subsystems", "report-classes", "report-trend", "report-obstacles-chart", "report-forecast-chart" })
        {
            await session.WaitForChartAsync(chart);
        }

        session.AssertClean();
    }

    [Fact]
    public async Task A_year_step_made_while_the_map_waits_for_its_boundaries_is_drawn_after_it()
    {
        await using var session = await fixture.OpenAsync(nameof(A_year_step_made_while_the_map_waits_for_its_boundaries_is_drawn_after_it));
        var expected = await DirectMapAsync(session, 2022);
        await session.Page.RouteAsync("**/geo/**", async route =>
        {
            await Task.Delay(4000);
            await route.ContinueAsync();
        });
        await session.OpenPageAsync($"/map?year=2023&metric={Metric}");

        var slider = session.Page.GetByTestId("year-slider").Locator("input[type=range]");
        await slider.FocusAsync();
        await slider.PressAsync("ArrowLeft");
        await session.WaitForQueryAsync("year", "2022");
        Assert.False(await session.Page.EvaluateAsync<bool>(PlotlyScripts.IsDrawn, Map));

        await session.WaitForChartAsync(Map);
        await session.Page.WaitForFunctionAsync("([id, want]) => (" + PlotlyScripts.MapTrace + ")(id) === want", new object[] { Map, expected.Json });
        Assert.Equal(expected.ByLocation, (await session.ReadMapTraceAsync(Map)).ByLocation);
        session.AssertClean();
    }

    // The map of that year as a page opened on it draws it, in a page of its own.
    private static async Task<MapTrace> DirectMapAsync(BrowserSession session, int year)
    {
        var page = await session.Context.NewPageAsync();
        await page.GotoAsync($"/map?year={year}&metric={Metric}");
        await page.WaitForFunctionAsync(PlotlyScripts.IsDrawn, Map);
        var trace = MapTrace.Parse(await page.EvaluateAsync<string>(PlotlyScripts.MapTrace, Map));
        await page.CloseAsync();
        return trace;
    }
}
