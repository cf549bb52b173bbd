using AggloDashboard.EndToEnd.Tests.Infrastructure;

namespace AggloDashboard.EndToEnd.Tests;

/// <summary>The map explorer: year slider, play animation and clicking a city, in a real browser.</summary>
[Collection(AppCollection.Name)]
public sealed class MapExplorerTests(AppFixture fixture)
{
    private const string Map = "explorer-map";

    // A continuous metric: its values differ from year to year (coordination classes may not).
    private const string Metric = "lq.producer_services";

    private async Task<BrowserSession> OpenMapAsync(string testName, string query)
    {
        var session = await fixture.OpenAsync(testName);
        await session.OpenPageAsync("/map?" + query);
        await session.WaitForChartAsync(Map);
        return session;
    }

    [Fact]
    public async Task Moving_the_year_slider_redraws_the_map_with_that_years_values()
    {
        await using var session = await OpenMapAsync(nameof(Moving_the_year_slider_redraws_the_map_with_that_years_values), $"year=2023&metric={Metric}");
        var year2023 = await session.ReadMapTraceAsync(Map);
        Assert.Equal(Cities.Jilin.Keys.Order(), year2023.Locations.Order());

        var slider = session.Page.GetByTestId("year-slider").Locator("input[type=range]");
        await slider.FocusAsync();
        await slider.PressAsync("ArrowLeft");

        await session.WaitForQueryAsync("year", "2022");
        await Assertions.Expect(session.Page.GetByTestId("year-display")).ToHaveTextAsync("2022");
        var viaSlider = await session.WaitForMapTraceChangeAsync(Map, year2023);
        Assert.Equal(Metric, await session.QueryAsync("metric"));
        await session.ScreenshotAsync("slider-2022");

        // The same year opened directly draws the same values.
        var direct = await session.Context.NewPageAsync();
        await direct.GotoAsync($"/map?year=2022&metric={Metric}");
        await direct.WaitForFunctionAsync(PlotlyScripts.IsDrawn, Map);
        var year2022 = MapTrace.Parse(await direct.EvaluateAsync<string>(PlotlyScripts.MapTrace, Map));
        await direct.CloseAsync();

        Assert.Equal(year2022.ByLocation, viaSlider.ByLocation);
        Assert.NotEqual(year2023.ByLocation, viaSlider.ByLocation);
        session.AssertClean();
    }

    [Fact]
    public async Task A_year_step_fetches_nothing_from_the_server_but_its_circuit_messages()
    {
        await using var session = await OpenMapAsync(nameof(A_year_step_fetches_nothing_from_the_server_but_its_circuit_messages), $"year=2023&metric={Metric}");
        var requests = new List<string>();
        // The browser asks for the page's icon again whenever the page changes its URL; that is a static file it caches.
        session.Page.Request += (_, request) =>
        {
            if (!request.Url.EndsWith("/favicon.svg", StringComparison.Ordinal))
            {
                requests.Add(request.Method + " " + request.Url);
            }
        };

        var slider = session.Page.GetByTestId("year-slider").Locator("input[type=range]");
        await slider.FocusAsync();
        var before = await session.ReadMapTraceAsync(Map);
        foreach (var year in new[] { "2022", "2021", "2020" })
        {
            await slider.PressAsync("ArrowLeft");
            await session.WaitForQueryAsync("year", year);
            before = await session.WaitForMapTraceChangeAsync(Map, before);
        }

        // The colour bar's gradient is an SVG url(page#id): once the slider has replaced the page's URL, a reference
        // still naming the old URL is another document, which the browser would load (a full page render) per step.
        await session.Page.WaitForTimeoutAsync(500);
        Assert.Empty(requests);
        session.AssertClean();
    }

    [Fact]
    public async Task Play_advances_the_year_and_redraws_the_map()
    {
        await using var session = await OpenMapAsync(nameof(Play_advances_the_year_and_redraws_the_map), $"year=2005&metric={Metric}");
        var first = await session.ReadMapTraceAsync(Map);
        await Assertions.Expect(session.Page.GetByTestId("year-display")).ToHaveTextAsync("2005");

        await session.Page.GetByTestId("play-button").ClickAsync();
        await Assertions.Expect(session.Page.GetByTestId("year-display")).ToHaveTextAsync("2007", new() { Timeout = 20_000 });
        await session.Page.GetByTestId("play-button").ClickAsync();

        Assert.True(int.Parse((await session.QueryAsync("year"))!, System.Globalization.CultureInfo.InvariantCulture) >= 2007);
        var later = await session.WaitForMapTraceChangeAsync(Map, first);
        Assert.NotEqual(first.ByLocation, later.ByLocation);
        await session.ScreenshotAsync("played");
        session.AssertClean();
    }

    [Fact]
    public async Task Clicking_a_city_on_the_map_opens_its_page()
    {
        await using var session = await OpenMapAsync(nameof(Clicking_a_city_on_the_map_opens_its_page), "year=2020&lang=en");
        var trace = await session.ReadMapTraceAsync(Map);
        const string code = "220200";
        var index = trace.Locations.ToList().IndexOf(code);
        Assert.True(index >= 0);

        // A click on the WebGL map, as Plotly reports it to its listeners, once the page has subscribed to clicks.
        await session.Page.WaitForFunctionAsync(
            "id => { const el = document.getElementById(id); return !!el._ev && el._ev.listeners('plotly_click').length > 0; }", Map);
        await session.Page.EvaluateAsync(
            """
            ([id, i]) => {
              const el = document.getElementById(id);
              const d = el.data[0];
              el.emit('plotly_click', { points: [{ curveNumber: 0, pointNumber: i, pointIndex: i,
                fullData: el._fullData[0], data: d, location: d.locations[i], z: d.z[i] }] });
            }
            """,
            new object[] { Map, index });

        await session.WaitForPathAsync("/city/" + code);
        Assert.Equal("en", await session.QueryAsync("lang"));
        await Assertions.Expect(session.Page.GetByTestId("page-title")).ToHaveTextAsync(Cities.Jilin[code].En);
        await session.WaitForChartAsync("city-subsystems");
        await session.ScreenshotAsync("city");
        session.AssertClean();
    }
}
