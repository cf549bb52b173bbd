using System.Text.Json;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Charts;
using AggloDashboard.Web.Components.Shared;
using Microsoft.JSInterop;

namespace AggloDashboard.Web.Tests.Pages;

[Collection(DashboardCollection.Name)]
public sealed class ChartViewTests(DashboardFixture fixture) : IAsyncLifetime
{
    private readonly BunitHost _host = new(fixture);
    private BunitJSInterop _chart = default!;

    public Task InitializeAsync()
    {
        _chart = _host.Context.JSInterop.SetupModule(ChartView.ModulePath).SetupModule("chart", _ => true);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Figure Map(string metric, int year) => MapFigure.Build(fixture.Snapshot, fixture.Snapshot.Catalog.Find(metric)!, year, Lang.En);

    private IRenderedComponent<ChartView> Render(Figure figure, Action<(int Trace, int Point)>? onClick = null) =>
        _host.Context.Render<ChartView>(p =>
        {
            p.Add(c => c.Id, "test-map").Add(c => c.Figure, figure);
            if (onClick is not null)
            {
                p.Add(c => c.OnPointClick, onClick);
            }
        });

    private JSRuntimeInvocation[] Calls(string identifier) =>
        _host.Context.JSInterop.Invocations.Where(i => i.Identifier == identifier).ToArray();

    [Fact]
    public void The_first_render_draws_the_figure_into_the_charts_own_element()
    {
        var figure = Map(MetricCodes.Coagglomeration, 2010);

        var view = Render(figure);

        view.WaitForAssertion(() => Assert.Single(Calls("draw")));
        Assert.Equal("test-map", view.Find("div.chart-view > div[id]").Id);
        var sent = (JsonElement)Calls("draw")[0].Arguments[0]!;
        Assert.True(JsonElement.DeepEquals(PlotlyJson.Figure(figure, ChartFormat.Config("chart")), sent));
        Assert.IsType<Microsoft.AspNetCore.Components.ElementReference>(Assert.Single(Calls("chart")).Arguments[0]);
        Assert.Empty(Calls("restyle"));
    }

    [Fact]
    public void A_new_figure_of_the_same_shape_only_restyles_the_drawn_chart()
    {
        _chart.Setup<bool>("restyle", _ => true).SetResult(true);
        var view = Render(Map(MetricCodes.Coagglomeration, 2010));
        view.WaitForAssertion(() => Assert.Single(Calls("draw")));

        var next = Map(MetricCodes.Coagglomeration, 2020);
        view.Render(p => p.Add(c => c.Figure, next));

        view.WaitForAssertion(() => Assert.Single(Calls("restyle")));
        Assert.Same(next.Step!.Attributes, Calls("restyle")[0].Arguments[0]);
        Assert.Single(Calls("draw"));
    }

    [Fact]
    public void A_restyle_the_chart_cannot_take_sends_the_whole_figure()
    {
        _chart.Setup<bool>("restyle", _ => true).SetResult(false);
        var view = Render(Map(MetricCodes.Coagglomeration, 2010));

        view.Render(p => p.Add(c => c.Figure, Map(MetricCodes.Coagglomeration, 2020)));

        view.WaitForAssertion(() => Assert.Equal(2, Calls("draw").Length));
        Assert.Single(Calls("restyle"));
    }

    [Fact]
    public void A_figure_of_another_shape_is_drawn_whole()
    {
        var view = Render(Map(MetricCodes.Coagglomeration, 2010));

        var next = Map(MetricCodes.LqManufacturing, 2010);
        view.Render(p => p.Add(c => c.Figure, next));

        view.WaitForAssertion(() => Assert.Equal(2, Calls("draw").Length));
        Assert.Empty(Calls("restyle"));
        Assert.True(JsonElement.DeepEquals(PlotlyJson.Figure(next, ChartFormat.Config("chart")), (JsonElement)Calls("draw")[1].Arguments[0]!));
    }

    [Fact]
    public async Task Leaving_the_page_purges_the_chart()
    {
        var view = Render(Map(MetricCodes.Coagglomeration, 2010));
        view.WaitForAssertion(() => Assert.Single(Calls("draw")));

        await _host.Context.DisposeComponentsAsync();

        Assert.Single(Calls("purge"));
    }

    [Fact]
    public async Task A_click_in_the_browser_reaches_OnPointClick()
    {
        (int Trace, int Point)? clicked = null;
        var view = Render(Map(MetricCodes.Coagglomeration, 2010), point => clicked = point);
        view.WaitForAssertion(() => Assert.Single(Calls("chart")));

        var target = Assert.IsType<DotNetObjectReference<ChartView>>(Calls("chart")[0].Arguments[1]);
        await view.InvokeAsync(() => target.Value.OnPlotlyClick(0, 3));

        Assert.Equal((0, 3), clicked);
    }

    [Fact]
    public void A_chart_nobody_clicks_gets_no_click_target()
    {
        var view = Render(Map(MetricCodes.Coagglomeration, 2010));

        view.WaitForAssertion(() => Assert.Single(Calls("chart")));
        Assert.Null(Calls("chart")[0].Arguments[1]);
    }

    [Fact]
    public void The_export_menu_saves_the_chart_through_the_chart_module()
    {
        var view = _host.Context.Render<ChartView>(p => p.Add(c => c.Id, "test-map").Add(c => c.Figure, Map(MetricCodes.Coagglomeration, 2010))
            .Add(c => c.FileName, "map-coagg-2010"));

        view.Find("[data-testid=test-map-export] button").Click();
        _host.Popovers.Find("[data-testid=test-map-svg]").Click();

        view.WaitForAssertion(() => Assert.Single(Calls("download")));
        Assert.Equal(["svg", "map-coagg-2010"], Calls("download")[0].Arguments);
    }
}
