using AggloDashboard.EndToEnd.Tests.Infrastructure;

namespace AggloDashboard.EndToEnd.Tests;

/// <summary>The pages on the national panel: 367 regions drawn inside the map, pages no taller than three screens, the city search.</summary>
[Collection(NationalAppCollection.Name)]
public sealed class NationalPanelTests(NationalAppFixture fixture)
{
    /// <summary>Three screens of the 1440×900 viewport the sessions use.</summary>
    private const int MaxPageHeight = 3 * 900;

    private const string PageHeight = "() => Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)";

    /// <summary>Each drawn region's box against the plot area's: how many, and how many are larger than it or outside it.</summary>
    private const string RegionBoxes = """
        id => {
          const el = document.getElementById(id);
          const frame = el.querySelector('.geo .bg rect, .geolayer .bg rect') ?? el.querySelector('.main-svg');
          const f = frame.getBoundingClientRect();
          // A trace draws only the cities whose z it has; the others' paths have no outline.
          const boxes = [...el.querySelectorAll('path.choroplethlocation')].filter(p => (p.getAttribute('d') || '').length > 0)
            .map(p => p.getBoundingClientRect());
          const outside = boxes.filter(b => b.width > f.width / 2 || b.height > f.height / 2 ||
            b.left < f.left - 1 || b.right > f.right + 1 || b.top < f.top - 1 || b.bottom > f.bottom + 1).length;
          return [boxes.length, outside];
        }
        """;

    /// <summary>Every page a visitor opens from the menu, and a city's page (its printable report is A4 pages, not a screen).</summary>
    private static readonly string[] VisitorPages =
    [
        "/", "/map", "/trends", "/coordination", "/coupling", "/diagnosis", "/policy", "/drivers", "/disparities",
        "/spatial", "/shift-share", "/data", "/methodology", "/stories", "/settings", "/city/220100",
    ];

    private const string StillLoading = "() => !document.querySelector('.mud-progress-circular, .mud-progress-linear, .mud-skeleton')";

    [Fact]
    public async Task No_page_of_the_national_panel_is_taller_than_three_screens_once_loaded()
    {
        await using var session = await fixture.OpenAsync(nameof(No_page_of_the_national_panel_is_taller_than_three_screens_once_loaded));

        var heights = new List<string>();
        var tall = new List<string>();
        foreach (var path in VisitorPages)
        {
            // The national analyses are computed on first use: the first visit of a page waits for them.
            await session.Page.GotoAsync(path, new() { Timeout = 180_000 });
            await session.WaitForCircuitAsync();
            await session.Page.WaitForFunctionAsync(StillLoading, null, new() { Timeout = 300_000, PollingInterval = 250 });
            var height = await session.Page.EvaluateAsync<int>(PageHeight);
            heights.Add($"{path} {height} px");
            if (height > MaxPageHeight)
            {
                tall.Add($"{path} is {height} px tall");
                await session.ScreenshotAsync("tall-" + path.Trim('/').Replace('/', '-'));
            }
        }

        await File.WriteAllLinesAsync(Path.Combine(fixture.ArtifactsDir, "national-page-heights.txt"), heights);
        Assert.Empty(tall);
        session.AssertClean();
    }

    [Fact]
    public async Task The_map_value_table_holds_only_the_rows_its_box_shows_and_a_year_step_moves_its_links_to_the_new_year()
    {
        await using var session = await fixture.OpenAsync(nameof(The_map_value_table_holds_only_the_rows_its_box_shows_and_a_year_step_moves_its_links_to_the_new_year));

        await session.OpenPageAsync("/map?year=2010&lang=en");
        await session.Page.WaitForFunctionAsync(PlotlyScripts.IsDrawn, "explorer-map", new() { Timeout = 180_000 });
        var rows = session.Page.Locator("[data-testid=map-values] tbody tr");
        var links = session.Page.Locator("[data-testid=map-values] a[href*='/city/']");
        // The 600 px box shows about 18 rows of 33 px; the virtualiser adds a few either side and two spacers.
        Assert.InRange(await rows.CountAsync(), 10, 40);
        Assert.All(await links.EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))"), href => Assert.Contains("year=2010", href));

        await session.Page.GetByTestId("map-values-scroll").EvaluateAsync("box => box.scrollTop = box.scrollHeight");
        await session.Page.WaitForFunctionAsync(
            "() => { const box = document.querySelector('[data-testid=map-values-scroll]'); const r = box.getBoundingClientRect(); " +
            "return [...box.querySelectorAll('tbody a')].some(a => { const b = a.getBoundingClientRect(); return b.top >= r.top && b.bottom <= r.bottom; }); }");
        Assert.InRange(await rows.CountAsync(), 10, 40);

        var slider = session.Page.Locator("[data-testid=year-slider] input[type=range]");
        await slider.FocusAsync();
        await slider.PressAsync("ArrowRight");
        await session.WaitForQueryAsync("year", "2011");
        await session.Page.WaitForFunctionAsync(
            "() => [...document.querySelectorAll('[data-testid=map-values] a[href*=\"/city/\"]')].every(a => a.getAttribute('href').includes('year=2011'))");
        Assert.InRange(await rows.CountAsync(), 10, 40);
        session.AssertClean();
    }

    [Fact]
    public async Task The_map_draws_367_regions_inside_it_pages_stay_short_and_the_city_search_finds_cities_by_either_name()
    {
        await using var session = await fixture.OpenAsync(nameof(The_map_draws_367_regions_inside_it_pages_stay_short_and_the_city_search_finds_cities_by_either_name));

        await session.OpenPageAsync("/map");
        // The 367 regions' boundaries load and draw in a few seconds on a quiet machine, far longer on a busy one.
        await session.Page.WaitForFunctionAsync(PlotlyScripts.IsDrawn, "explorer-map", new() { Timeout = 180_000 });
        var regions = await session.Page.EvaluateAsync<int[]>(RegionBoxes, "explorer-map");
        Assert.Equal([367, 0], regions);
        Assert.InRange(await session.Page.EvaluateAsync<int>(PageHeight), 900, MaxPageHeight);
        await session.ScreenshotAsync("map");

        await session.OpenPageAsync("/");
        await session.WaitForChartAsync("overview-ranking");
        Assert.InRange(await session.Page.EvaluateAsync<int>(PageHeight), 900, MaxPageHeight);

        var tall = new List<string>();
        foreach (var (path, chart) in new[] { ("/drivers", "coefficient-plot"), ("/shift-share", "shift-bars"), ("/city/220100", "city-trend") })
        {
            // The national regressions and shift-share are computed on first use: the first visit waits for them.
            await session.Page.GotoAsync(path, new() { Timeout = 180_000 });
            await session.WaitForCircuitAsync();
            await session.Page.WaitForFunctionAsync(PlotlyScripts.IsDrawn, chart, new() { Timeout = 180_000 });
            var height = await session.Page.EvaluateAsync<int>(PageHeight);
            await session.ScreenshotAsync(path.Trim('/').Replace('/', '-'));
            if (height is < 900 or > MaxPageHeight)
            {
                tall.Add($"{path} is {height} px tall");
            }
        }

        Assert.Empty(tall);
        // On /city/220100 now: 366 other cities are compared through a search box, not listed as links.
        await Assertions.Expect(session.Page.GetByTestId("compare-search")).ToBeVisibleAsync();
        Assert.Equal(0, await session.Page.GetByTestId("compare-links").CountAsync());

        var search = session.Page.GetByTestId("nav-city-search").Locator("input");
        foreach (var (text, code) in new[] { ("长春", "220100"), ("Changchun", "220100"), ("哈尔滨", "230100") })
        {
            await search.FillAsync(text);
            await Assertions.Expect(session.Page.GetByTestId($"nav-city-search-option-{code}")).ToBeVisibleAsync();
        }

        await session.Page.GetByTestId("nav-city-search-option-230100").ClickAsync();
        await session.WaitForPathAsync("/city/230100");
        session.AssertClean();
    }
}
