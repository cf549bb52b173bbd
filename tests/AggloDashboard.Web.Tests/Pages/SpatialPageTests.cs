using AggloDashboard.Core.Analytics;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Charts;
using AggloDashboard.Web.Components.Pages;
using AggloDashboard.Web.Components.Shared;
using MudBlazor;
using Plotly.Blazor.Traces;

namespace AggloDashboard.Web.Tests.Pages;

[Collection(DashboardCollection.Name)]
public sealed class SpatialPageTests(DashboardFixture fixture) : IAsyncLifetime
{
    private readonly BunitHost _host = new(fixture);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private IRenderedComponent<Spatial> Open(string url)
    {
        _host.Navigation.NavigateTo(url);
        return _host.Context.Render<Spatial>().WhenComputed();
    }

    private static Figure Chart(IRenderedComponent<Spatial> page, string id) =>
        page.FindComponents<ChartView>().Single(c => c.Instance.Id == id).Instance.Figure;

    [Fact]
    public void Defaults_to_queen_weights_and_coupling_coordination_in_the_latest_year_with_the_few_regions_warning_in_Chinese()
    {
        var page = Open("/spatial");
        var moran = fixture.Snapshot.Analyses.Analytics.Default.Moran
            .Where(m => m.Metric == MetricCodes.CouplingD && m.Weights == SpatialWeights.QueenName).OrderBy(m => m.Year).ToArray();

        Assert.Equal(moran.Select(m => (object)m.Result.I), ((Scatter)Chart(page, "moran-chart").Data[0]).Y);
        Assert.Equal(moran.Length, page.FindAll("[data-testid=moran-table] tbody tr").Count);
        Assert.Equal(moran.Count(m => m.Result.PseudoP < 0.05), page.FindAll("[data-testid=moran-table] tbody tr.significant").Count);
        Assert.Contains("仅有 9 个地区", page.Find("[data-testid=few-regions-note]").TextContent);
        Assert.Contains("空间自相关", page.Find("[data-testid=page-title]").TextContent);
        Assert.Equal(9, page.FindAll("[data-testid=lisa-table] tbody tr").Count);
        var methods = page.FindAll("[data-testid^=lisa-method-]");
        Assert.Equal(9, methods.Count);
        Assert.All(methods, cell => Assert.Equal("精确枚举", cell.TextContent));
        Assert.Contains("10,000", page.Find("[data-testid=lisa-p-note]").TextContent);
        Assert.Equal(5, page.FindAll("[data-testid=lisa-legend] .lisa-legend-item").Count);
    }

    [Fact]
    public void Weights_metric_and_year_come_from_the_url_and_the_map_shows_that_year_s_lisa()
    {
        var page = Open("/spatial?metric=coagg&year=2014&weights=distance&lang=en");
        var analytics = fixture.Snapshot.Analyses.Analytics;
        var results = analytics.Metric(MetricCodes.Coagglomeration, analytics.Weights.InverseDistance);
        var lisa = results.Lisa.Where(l => l.Year == 2014).ToArray();

        Assert.All(results.Moran, m => Assert.Equal(SpatialWeights.InverseDistanceName, m.Weights));
        Assert.Equal(results.Moran.OrderBy(m => m.Year).Select(m => (object)m.Result.I), ((Scatter)Chart(page, "moran-chart").Data[0]).Y);
        var traces = Chart(page, "lisa-map").Data.Cast<Choropleth>().ToArray();
        Assert.Equal(lisa.Select(l => l.Result.Code).Order(), traces.SelectMany(t => t.Locations!.Cast<string>()).Order());
        foreach (var trace in traces)
        {
            Assert.All(trace.Locations!.Cast<string>(), code =>
                Assert.Equal(SpatialFigures.ClusterName(lisa.Single(l => l.Result.Code == code).Result.Cluster, Lang.En), trace.Name));
        }

        Assert.Contains("Only 9 regions", page.Find("[data-testid=few-regions-note]").TextContent);
        Assert.Contains("Inverse distance", page.Markup);
        Assert.Empty(page.FindAll("[data-testid=weights-fallback]"));
        // Inverse distance makes every other city a neighbour with its own weight: 8! orders, so permutations.
        Assert.All(page.FindAll("[data-testid^=lisa-method-]"), cell => Assert.Equal("permutations", cell.TextContent));
    }

    [Fact]
    public async Task The_controls_keep_the_weights_in_the_url()
    {
        var page = Open("/spatial?metric=coagg&year=2014&lang=en");

        var weights = page.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "Spatial weights");
        await page.InvokeAsync(() => weights.Instance.ValueChanged.InvokeAsync("distance"));
        Assert.EndsWith("/spatial?year=2014&metric=coagg&lang=en&weights=distance", _host.Navigation.Uri);

        await page.InvokeAsync(() => page.FindComponent<YearPicker>().Instance.ValueChanged.InvokeAsync(2016));
        Assert.EndsWith("/spatial?year=2016&metric=coagg&lang=en&weights=distance", _host.Navigation.Uri);
        Assert.Contains("LISA cluster map · 2016", page.Markup);
    }

    [Fact]
    public void The_moran_and_lisa_tables_download_as_csv()
    {
        var page = Open("/spatial?metric=couple.d&year=2015&lang=en");
        var lisa = fixture.Snapshot.Analyses.Analytics.Default.Lisa
            .Where(l => l.Metric == MetricCodes.CouplingD && l.Year == 2015 && l.Weights == SpatialWeights.QueenName).ToArray();

        page.Find("[data-testid=moran-csv]").Click();
        page.Find("[data-testid=lisa-csv]").Click();

        var calls = _host.Context.JSInterop.Invocations.Where(i => i.Identifier == Downloaded.Identifier).ToArray();
        Assert.Equal("moran-couple.d-queen.csv", calls[0].Arguments[0]);
        var moran = Downloaded.Text(calls[0]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Year,weights,n,I,expected,z,pseudo_p,permutations", moran[0]);
        Assert.Equal(1 + fixture.Snapshot.Years.Count, moran.Length);
        var rows = Downloaded.Text(calls[1]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + lisa.Length, rows.Length);
        Assert.EndsWith(",pseudo_p,p_method,cluster", rows[0]);
        Assert.All(lisa, l => Assert.Contains(rows, r => r.Contains("," + l.Result.Code + ",2015,queen,", StringComparison.Ordinal)
            && r.EndsWith(",exact," + l.Result.Cluster.ToCode(), StringComparison.Ordinal)));
    }
}
