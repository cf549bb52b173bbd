using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Charts;
using AggloDashboard.Web.Components.Layout;
using AggloDashboard.Web.Components.Pages;
using AggloDashboard.Web.Components.Shared;
using AggloDashboard.Web.Services;
using AggloDashboard.Web.Views;
using Plotly.Blazor.Traces;

namespace AggloDashboard.Web.Tests.National;

/// <summary>The long lists of the pages on the national panel: summaries, pickers and pages instead of one element per city.</summary>
[Collection(NationalCollection.Name)]
public sealed class NationalPagesTests(NationalFixture fixture) : IAsyncLifetime
{
    private const string Changchun = "220100";
    private const string Harbin = "230100";

    private readonly BunitHost _host = new(fixture);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private IRenderedComponent<TPage> Open<TPage>(string url)
        where TPage : Microsoft.AspNetCore.Components.IComponent
    {
        _host.Navigation.NavigateTo(url);
        return _host.Context.Render<TPage>().WhenComputed();
    }

    private MetricInfo CouplingD => fixture.Snapshot.Catalog.Find(MetricCodes.CouplingD)!;

    [Fact]
    public void The_ranking_keeps_the_top_and_bottom_15_and_the_selected_cities_outlined()
    {
        Assert.Equal(367, fixture.Snapshot.Cities.Count);
        var values = fixture.Snapshot.ValuesFor(CouplingD.Code, 2023).Where(v => v.Value is not null).OrderByDescending(v => v.Value).ToArray();
        var middle = values[180].City.Code;

        var bar = (Bar)RankingFigure.Build(fixture.Snapshot, CouplingD, 2023, Lang.Zh, [middle]).Data[0];

        var codes = bar.CustomData!.Cast<string>().ToArray();
        Assert.Equal(31, codes.Length);
        Assert.Equal(values[0].City.Code, codes[^1]);
        Assert.Equal(values[^1].City.Code, codes[0]);
        Assert.Contains(middle, codes);
        Assert.Equal("<b>181. " + values[180].City.NameZh + "</b>", bar.Y![Array.IndexOf(codes, middle)]);
        var widths = bar.Marker!.Line!.WidthArray!.ToArray();
        Assert.Equal([Array.IndexOf(codes, middle)], Enumerable.Range(0, codes.Length).Where(i => widths[i] > 0));

        var all = (Bar)RankingFigure.Build(fixture.Snapshot, CouplingD, 2023, Lang.Zh, showAll: true).Data[0];
        Assert.Equal(values.Length, all.CustomData!.Count);
    }

    [Fact]
    public void Spatial_keeps_queen_contiguity_and_names_the_island_that_has_no_neighbour()
    {
        var page = Open<Spatial>("/spatial?lang=en");
        var island = fixture.Snapshot.CityByCode["710000"];

        Assert.Contains("Queen contiguity", page.Find("[data-testid=weights-picker]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=weights-fallback]"));
        Assert.Equal($"No contiguous neighbour (kept with none: spatial lag 0, LISA never significant): {island.NameEn}.",
            page.Find("[data-testid=islands-note]").TextContent.Trim());
    }

    [Fact]
    public void The_overview_shows_the_extremes_until_show_all_is_switched_on_and_then_scrolls_inside_the_card()
    {
        var middle = fixture.Snapshot.ValuesFor(CouplingD.Code, 2023).Where(v => v.Value is not null).OrderBy(v => v.Value).ElementAt(180).City.Code;
        var page = Open<Overview>($"/?cities={middle}&lang=en");

        Assert.Contains("Top and bottom 15", page.Find("[data-testid=ranking-extremes]").TextContent);
        Assert.DoesNotContain("long-list", page.Find("[data-testid=ranking-scroll]").ClassName ?? "");
        Assert.Equal(31, Ranking(page).CustomData!.Count);

        page.Find("[data-testid=ranking-show-all] input").Change(true);

        Assert.Equal(fixture.Snapshot.Cities.Count, Ranking(page).CustomData!.Count);
        Assert.Contains("long-list", page.Find("[data-testid=ranking-scroll]").ClassName);
        Assert.Empty(page.FindAll("[data-testid=ranking-extremes]"));
    }

    private static Bar Ranking(IRenderedComponent<Overview> page) =>
        (Bar)page.FindComponents<ChartView>().Single(c => c.Instance.Id == "overview-ranking").Instance.Figure.Data[0];

    [Theory]
    [InlineData("长春", Changchun)]
    [InlineData("Changchun", Changchun)]
    [InlineData("changch", Changchun)]
    [InlineData("哈尔滨", Harbin)]
    [InlineData("2301", Harbin)]
    public void The_city_search_matches_any_part_of_either_name_or_the_code(string text, string code) =>
        Assert.Equal(code, CityDirectory.Search(fixture.Snapshot, text)[0].Code);

    [Fact]
    public void Searching_a_province_gives_its_cities_grouped_together()
    {
        var jilin = CityDirectory.Search(fixture.Snapshot, "吉林省");

        Assert.Equal(fixture.Snapshot.Cities.Where(c => c.ParentCode == "220000").Select(c => c.Code), jilin.Select(c => c.Code));
        var all = CityDirectory.Search(fixture.Snapshot, "");
        Assert.Equal(all.Select(CityDirectory.ProvinceCode).Order(StringComparer.Ordinal), all.Select(CityDirectory.ProvinceCode));
    }

    [Fact]
    public void The_menu_offers_a_search_box_instead_of_367_links()
    {
        var menu = _host.Context.Render<NavMenu>(p => p.Add(m => m.Lang, Lang.En).Add(m => m.Snapshot, fixture.Snapshot));

        Assert.Empty(menu.FindAll("[data-testid^=nav-city-2]"));
        Assert.Single(menu.FindAll("[data-testid=nav-city-search] input"));
        Assert.Contains("Find a city", menu.Find("[data-testid=nav-city-search]").TextContent);
    }

    [Fact]
    public void Trends_default_to_the_mean_and_interquartile_band_with_chips_only_for_the_selected()
    {
        var page = Open<Trends>("/trends?lang=en");

        var traces = Chart(page).Data.Cast<Scatter>().ToArray();
        Assert.Equal(["Interquartile range of cities Q1", "Interquartile range of cities", "Mean of cities"], traces.Select(t => t.Name));
        Assert.Equal(["city-chip-all"], page.FindAll("[data-testid^=city-chip-]").Select(c => c.GetAttribute("data-testid")));
        Assert.Single(page.FindAll("[data-testid=trends-city-search] input"));
        Assert.Equal(2, page.FindAll("[data-testid=trends-table] th").Count);

        var selected = Open<Trends>($"/trends?cities={Changchun},{Harbin}&lang=en");

        Assert.Equal(["Interquartile range of cities Q1", "Interquartile range of cities", "Changchun", "哈尔滨", "Mean of cities"],
            Chart(selected).Data.Cast<Scatter>().Select(t => t.Name));
        Assert.Equal([$"city-chip-all", $"city-chip-{Changchun}", $"city-chip-{Harbin}"],
            selected.FindAll("[data-testid^=city-chip-]").Select(c => c.GetAttribute("data-testid")));
    }

    [Fact]
    public void The_band_holds_the_middle_half_of_the_cities_each_year()
    {
        var years = TrendData.YearsBetween(fixture.Snapshot, 2023, 2023);
        var (q1, q3) = TrendData.QuartilesOfCities(fixture.Snapshot, CouplingD.Code, years)[0];
        var values = fixture.Snapshot.ValuesFor(CouplingD.Code, 2023).Select(v => v.Value).OfType<double>().ToArray();

        Assert.InRange(values.Count(v => v < q1) / (double)values.Length, 0.24, 0.26);
        Assert.InRange(values.Count(v => v > q3) / (double)values.Length, 0.24, 0.26);
    }

    private static Figure Chart(IRenderedComponent<Trends> page) =>
        page.FindComponents<ChartView>().Single(c => c.Instance.Id == "trends-chart").Instance.Figure;

    [Fact]
    public void Policy_pages_its_cards_and_filters_by_province_and_typology()
    {
        var page = Open<Policy>("/policy?lang=en");

        Assert.Equal(Policy.PageSize, page.FindAll(".policy-card").Count);
        Assert.Equal("367 / 367", page.Find("[data-testid=policy-count]").TextContent.Trim());
        Assert.Single(page.FindAll("[data-testid=policy-province]"));
        Assert.Single(page.FindAll("[data-testid=policy-typology]"));

        var cities = PolicyData.ForYear(fixture.Snapshot, fixture.Snapshot.Analyses.Typologies, 2023, Lang.En);
        var jilin = PolicyData.Filter(fixture.Snapshot, cities, "220000", null);
        Assert.Equal(fixture.Snapshot.Cities.Where(c => c.ParentCode == "220000").Select(c => c.Code), jilin.Select(c => c.CityCode));
        var rule = cities[0].Fired[0].Rule.Id;
        var typed = PolicyData.Filter(fixture.Snapshot, cities, null, rule);
        Assert.All(typed, c => Assert.Contains(c.Fired, f => f.Rule.Id == rule));
        Assert.Equal(cities.Count(c => c.Fired.Any(f => f.Rule.Id == rule)), typed.Count);
    }

    [Fact]
    public void The_map_table_is_virtualised_in_a_scrolling_box()
    {
        var page = Open<MapExplorer>("/map?lang=en");

        Assert.Contains("long-list", page.Find("[data-testid=map-values-scroll]").ClassName);
        // The box, not the table's own container, is the scroller the virtualiser measures (app.css, docs/PERFORMANCE.md).
        Assert.Contains("virtual-rows", page.Find("[data-testid=map-values-scroll]").ClassName);
        Assert.Single(page.FindComponents<Microsoft.AspNetCore.Components.Web.Virtualization.Virtualize<(Core.Domain.Region City, double? Value)>>());
    }
}
