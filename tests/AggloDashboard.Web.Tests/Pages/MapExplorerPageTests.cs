using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Components.Pages;
using AggloDashboard.Web.Components.Shared;
using MudBlazor;
using Plotly.Blazor.Traces;

namespace AggloDashboard.Web.Tests.Pages;

[Collection(DashboardCollection.Name)]
public sealed class MapExplorerPageTests(DashboardFixture fixture) : IAsyncLifetime
{
    private readonly BunitHost _host = new(fixture);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private IRenderedComponent<MapExplorer> Open(string url)
    {
        _host.Navigation.NavigateTo(url);
        return _host.Context.Render<MapExplorer>();
    }

    private static Choropleth MapTrace(IRenderedComponent<MapExplorer> page) =>
        (Choropleth)page.FindComponent<ChartView>().Instance.Figure.Data[0];

    [Fact]
    public void The_year_and_metric_come_from_the_url()
    {
        var page = Open("/map?year=2012&metric=lq.manufacturing&lang=en");

        Assert.Equal("2012", page.Find("[data-testid=year-display]").TextContent);
        Assert.Equal(fixture.Snapshot.Value("220100", 2012, MetricCodes.LqManufacturing), (double)MapTrace(page).Z![0]);
        Assert.Contains("Map explorer", page.Find("[data-testid=page-title]").TextContent);
    }

    [Fact]
    public void Defaults_to_innovation_coordination_in_the_latest_year_with_the_class_legend()
    {
        var page = Open("/map");

        Assert.Equal("2023", page.Find("[data-testid=year-display]").TextContent);
        Assert.Equal(10, page.FindAll("[data-testid=class-legend] .class-legend-row").Count);
        Assert.Equal(-0.5m, MapTrace(page).ZMin);
    }

    [Fact]
    public async Task Moving_the_slider_replaces_the_url_with_the_new_year()
    {
        var page = Open("/map?year=2012&metric=coagg&lang=en");

        await page.InvokeAsync(() => page.FindComponent<MudSlider<int>>().Instance.ValueChanged.InvokeAsync(2016));

        Assert.EndsWith("/map?year=2016&metric=coagg&lang=en", _host.Navigation.Uri);
        Assert.True(_host.Navigation.History.First().Options.ReplaceHistoryEntry);
    }

    [Fact]
    public async Task A_new_year_restyles_only_the_values_of_the_drawn_map()
    {
        _host.Context.JSInterop.SetupModule(ChartView.ModulePath).SetupModule("chart", _ => true).Setup<bool>("restyle", _ => true).SetResult(true);
        var page = Open("/map?year=2010&metric=coagg");
        var before = MapTrace(page).Z!.ToArray();

        _host.Navigation.NavigateTo("/map?year=2020&metric=coagg");
        await page.InvokeAsync(() => page.Render());

        var after = MapTrace(page).Z!.ToArray();
        Assert.NotEqual(before, after);
        Assert.Equal(fixture.Snapshot.Value("220100", 2020, MetricCodes.Coagglomeration), (double)after[0]);
        var restyles = _host.Context.JSInterop.Invocations.Where(i => i.Identifier == "restyle").ToArray();
        Assert.NotEmpty(restyles);
        var updates = restyles.Select(r => Assert.IsAssignableFrom<IReadOnlyDictionary<string, object[]>>(r.Arguments[0])).ToArray();
        Assert.All(updates, u => Assert.Equal(["text", "z"], u.Keys.Order()));
        Assert.Equal(after, (IEnumerable<object>)updates[^1]["z"][0]);
        // Each chart drawn once, at its first render.
        Assert.Equal(page.FindComponents<ChartView>().Count, _host.Context.JSInterop.Invocations.Count(i => i.Identifier == "draw"));
    }

    [Fact]
    public async Task A_new_metric_sends_the_whole_map()
    {
        _host.Context.JSInterop.SetupModule(ChartView.ModulePath).SetupModule("chart", _ => true).Setup<bool>("restyle", _ => true).SetResult(true);
        var page = Open("/map?year=2010&metric=coagg");

        _host.Navigation.NavigateTo("/map?year=2010&metric=lq.manufacturing");
        await page.InvokeAsync(() => page.Render());

        page.WaitForAssertion(() => Assert.True(_host.Context.JSInterop.Invocations.Count(i => i.Identifier == "draw") > page.FindComponents<ChartView>().Count));
    }

    [Fact]
    public void Play_advances_the_years_until_the_last_and_stops()
    {
        var page = Open("/map?year=2021&metric=coagg");

        page.Find("[data-testid=play-button]").Click();
        Assert.Equal("暂停", page.Find("[data-testid=play-button]").GetAttribute("aria-label"));

        page.WaitForAssertion(() => Assert.Contains("year=2023", _host.Navigation.Uri), TimeSpan.FromSeconds(5));
        page.WaitForAssertion(() => Assert.Equal("播放", page.Find("[data-testid=play-button]").GetAttribute("aria-label")),
            TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Clicking_a_city_opens_its_profile()
    {
        var page = Open("/map?year=2015&metric=coagg&lang=en");
        var index = MapTrace(page).Locations!.IndexOf("220200");

        await page.InvokeAsync(() => page.FindComponent<ChartView>().Instance.OnPointClick.InvokeAsync((0, index)));

        Assert.EndsWith("/city/220200?year=2015&metric=coagg&lang=en", _host.Navigation.Uri);
    }

    [Fact]
    public void The_value_table_downloads_as_csv_at_full_precision()
    {
        var page = Open("/map?year=2015&metric=coagg&lang=en");

        page.Find("[data-testid=map-csv]").Click();

        var call = Assert.Single(_host.Context.JSInterop.Invocations, i => i.Identifier == "download");
        Assert.Equal("map-coagg-2015.csv", call.Arguments[0]);
        var lines = ((string)call.Arguments[1]!).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("City,code,Year,Synergy co-agglomeration", lines[0]);
        Assert.Equal(10, lines.Length);
        var changchun = fixture.Snapshot.Value("220100", 2015, MetricCodes.Coagglomeration)!.Value;
        Assert.Equal($"Changchun,220100,2015,{changchun.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}", lines[1]);
    }
}
