using AggloDashboard.Web.Tables;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Charts;
using AggloDashboard.Web.Components.Pages;
using AggloDashboard.Web.Components.Shared;
using Microsoft.AspNetCore.WebUtilities;
using MudBlazor;
using Plotly.Blazor.Traces;

namespace AggloDashboard.Web.Tests.Pages;

[Collection(DashboardCollection.Name)]
public sealed class TrendsPageTests(DashboardFixture fixture) : IAsyncLifetime
{
    private readonly BunitHost _host = new(fixture);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private IRenderedComponent<Trends> Render(string url)
    {
        _host.Navigation.NavigateTo(url);
        return _host.Context.Render<Trends>();
    }

    private static Figure Chart(IRenderedComponent<Trends> page) =>
        page.FindComponents<ChartView>().Single(c => c.Instance.Id == "trends-chart").Instance.Figure;

    private Dictionary<string, string> Query() =>
        QueryHelpers.ParseQuery(new Uri(_host.Navigation.Uri).Query).ToDictionary(kv => kv.Key, kv => kv.Value.ToString());

    [Fact]
    public void Reads_metric_cities_range_and_language_from_the_query_string()
    {
        var page = Render("/trends?metric=innov.t&cities=220300,220100&from=2010&to=2014&lang=en");

        Assert.Contains("Trends over time · Innovation comprehensive development T", page.Find("[data-testid=page-title]").TextContent);
        var figure = Chart(page);
        Assert.Equal(["Siping", "Changchun", "Mean of cities"], figure.Data.Cast<Scatter>().Select(t => t.Name));
        var siping = (Scatter)figure.Data[0];
        Assert.Equal(Enumerable.Range(2010, 5), siping.X!.Cast<int>());
        Assert.Equal(Enumerable.Range(2010, 5).Select(y => fixture.Snapshot.Value("220300", y, MetricCodes.InnovationT)), siping.Y!.Cast<double?>());
        Assert.Equal("true", page.Find("[data-testid=city-chip-220300]").GetAttribute("data-selected"));
        Assert.Equal("false", page.Find("[data-testid=city-chip-220200]").GetAttribute("data-selected"));
        var header = page.FindAll("[data-testid=trends-table] thead th").Select(th => th.TextContent.Trim()).ToArray();
        Assert.Equal(["Year", "Siping", "Changchun", "Mean of cities"], header);
        Assert.Equal(5, page.FindAll("[data-testid=trends-table] tbody tr").Count);
    }

    [Fact]
    public void Defaults_to_coupling_D_every_city_and_every_year_in_Chinese()
    {
        var page = Render("/trends");

        Assert.Contains("时间趋势 · 集聚—创新耦合协调度 D", page.Find("[data-testid=page-title]").TextContent);
        var figure = Chart(page);
        Assert.Equal(fixture.Snapshot.Cities.Count + 1, figure.Data.Count);
        Assert.Equal(fixture.Snapshot.Years, ((Scatter)figure.Data[0]).X!.Cast<int>());
        Assert.Equal("各市平均", ((Scatter)figure.Data[^1]).Name);
        Assert.NotEmpty(figure.Layout.Shapes!);
        Assert.Equal(fixture.Snapshot.Years.Count, page.FindAll("[data-testid=trends-table] tbody tr").Count);
    }

    [Fact]
    public void The_language_changes_labels_and_city_names()
    {
        var zh = Render("/trends?cities=220100&lang=zh");
        Assert.Contains("长春市", zh.Find("[data-testid=trends-table] thead").TextContent);
        Assert.Contains("分城市小图", zh.Find("[data-testid=multiples-switch]").TextContent);

        var en = Render("/trends?cities=220100&lang=en");
        Assert.Contains("Changchun", en.Find("[data-testid=trends-table] thead").TextContent);
        Assert.Contains("Small multiples", en.Find("[data-testid=multiples-switch]").TextContent);
        Assert.Equal("Changchun", ((Scatter)Chart(en).Data[0]).Name);
    }

    [Fact]
    public void Small_multiples_from_the_url_draw_one_subplot_per_city()
    {
        var page = Render("/trends?cities=220100,220200,220300,220400&multiples=1&lang=en");

        var figure = Chart(page);
        Assert.Equal(8, figure.Data.Count);
        Assert.Equal(4, figure.Layout.YAxis!.Count);
        Assert.Equal(2, figure.Layout.Grid!.Rows);
    }

    [Fact]
    public void Clicking_a_selected_city_removes_it_and_keeps_the_rest_of_the_state()
    {
        var page = Render("/trends?metric=coagg&cities=220100,220200,220300&from=2008&lang=en&year=2012");

        page.Find("[data-testid=city-chip-220200]").Click();

        Assert.StartsWith("http://localhost/trends?", _host.Navigation.Uri, StringComparison.Ordinal);
        var q = Query();
        Assert.Equal("220100,220300", q["cities"]);
        Assert.Equal("coagg", q["metric"]);
        Assert.Equal("2008", q["from"]);
        Assert.Equal("en", q["lang"]);
        Assert.Equal("2012", q["year"]);
        Assert.False(q.ContainsKey("to"));
    }

    [Fact]
    public void Clicking_an_unselected_city_adds_it_and_all_cities_drop_the_parameter()
    {
        var page = Render("/trends?cities=220100&lang=en");
        page.Find("[data-testid=city-chip-222400]").Click();
        Assert.Equal("220100,222400", Query()["cities"]);

        page = Render("/trends?cities=220100&lang=en");
        page.Find("[data-testid=city-chip-all]").Click();
        Assert.False(Query().ContainsKey("cities"));
    }

    [Fact]
    public void The_last_selected_city_cannot_be_removed()
    {
        var page = Render("/trends?cities=220100&lang=en");
        var before = _host.Navigation.Uri;

        page.Find("[data-testid=city-chip-220100]").Click();

        Assert.Equal(before, _host.Navigation.Uri);
    }

    [Fact]
    public void Switching_on_small_multiples_writes_it_to_the_url()
    {
        var page = Render("/trends?cities=220100,220200&lang=en");

        page.Find("[data-testid=multiples-switch] input").Change(true);

        var q = Query();
        Assert.Equal("1", q["multiples"]);
        Assert.Equal("220100,220200", q["cities"]);
    }

    [Fact]
    public async Task Changing_metric_and_years_navigates_with_the_new_state()
    {
        var page = Render("/trends?cities=220100&lang=en");

        var metric = page.FindComponent<MetricPicker>();
        await page.InvokeAsync(() => metric.Instance.ValueChanged.InvokeAsync(MetricCodes.InnovationD));
        Assert.Equal(MetricCodes.InnovationD, Query()["metric"]);

        page = Render("/trends?cities=220100&lang=en");
        var from = page.FindComponents<MudSelect<int>>().Single(s => s.Instance.Label == "From");
        await page.InvokeAsync(() => from.Instance.ValueChanged.InvokeAsync(2011));
        Assert.Equal("2011", Query()["from"]);

        page = Render(_host.Navigation.Uri);
        var to = page.FindComponents<MudSelect<int>>().Single(s => s.Instance.Label == "To");
        await page.InvokeAsync(() => to.Instance.ValueChanged.InvokeAsync(2015));
        var q = Query();
        Assert.Equal("2011", q["from"]);
        Assert.Equal("2015", q["to"]);
        Assert.Equal(Enumerable.Range(2011, 5), ((Scatter)Chart(Render(_host.Navigation.Uri)).Data[0]).X!.Cast<int>());
    }

    [Fact]
    public void The_csv_button_downloads_the_table_in_the_current_language()
    {
        var page = Render("/trends?metric=lq.manufacturing&cities=220100&from=2020&lang=en");

        page.Find("[data-testid=trends-csv]").Click();

        var call = _host.Context.JSInterop.Invocations.Single(i => i.Identifier == Downloaded.Identifier);
        Assert.Equal("trends-lq.manufacturing-2020-2023.csv", call.Arguments[0]);
        var csv = Downloaded.Text(call);
        Assert.Equal(TrendTables.Values(fixture.Snapshot, fixture.Snapshot.Catalog.Find("lq.manufacturing")!, ["220100"], [2020, 2021, 2022, 2023], Lang.En).Csv(), csv);
        Assert.StartsWith("Year,Changchun,Mean of cities", csv, StringComparison.Ordinal);
    }
}
