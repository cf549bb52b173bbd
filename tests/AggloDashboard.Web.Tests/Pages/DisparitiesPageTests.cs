using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Charts;
using AggloDashboard.Web.Components.Pages;
using AggloDashboard.Web.Components.Shared;
using AggloDashboard.Web.Readings;
using Plotly.Blazor.Traces;

namespace AggloDashboard.Web.Tests.Pages;

[Collection(DashboardCollection.Name)]
public sealed class DisparitiesPageTests(DashboardFixture fixture) : IAsyncLifetime
{
    private readonly BunitHost _host = new(fixture);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>The page once its convergence analysis, computed off the circuit, is shown.</summary>
    private IRenderedComponent<Disparities> Open(string url)
    {
        _host.Navigation.NavigateTo(url);
        return _host.Context.Render<Disparities>().WhenComputed();
    }

    private static Figure Chart(IRenderedComponent<Disparities> page, string id) =>
        page.FindComponents<ChartView>().Single(c => c.Instance.Id == id).Instance.Figure;

    [Fact]
    public void Defaults_to_coupling_coordination_with_Chinese_statements()
    {
        var page = Open("/disparities");
        var results = fixture.Snapshot.Analyses.Analytics.Default;
        var sigma = results.Sigma.Where(s => s.Metric == MetricCodes.CouplingD).Select(s => s.Point).ToArray();
        var beta = results.Beta.Single(b => b.Metric == MetricCodes.CouplingD);

        Assert.Equal(sigma.Select(p => (object)p.Cv), ((Scatter)Chart(page, "sigma-chart").Data[0]).Y);
        Assert.Equal(ConvergenceReading.Sigma(sigma, Lang.Zh), page.Find("[data-testid=sigma-statement]").TextContent.Trim());
        Assert.Equal(ConvergenceReading.Beta(beta.Result, Lang.Zh), page.Find("[data-testid=beta-statement]").TextContent.Trim());
        Assert.Contains("区域差异与收敛", page.Find("[data-testid=page-title]").TextContent);
        Assert.Equal(ChartFormat.Value(beta.Result.Beta, Lang.Zh.Culture()), page.Find("[data-testid=beta-value]").TextContent);
        var krugman = results.Krugman.Where(k => k.Year == fixture.Snapshot.LatestYear).OrderBy(k => k.Value);
        Assert.Equal(krugman.Select(k => (object)k.Value), ((Bar)Chart(page, "krugman-chart").Data[0]).X);
    }

    [Fact]
    public void The_metric_and_year_come_from_the_url_in_English()
    {
        var page = Open("/disparities?metric=coagg&year=2012&lang=en");
        var results = fixture.Snapshot.Analyses.Analytics.Metric(MetricCodes.Coagglomeration, null);
        var sigma = results.Sigma.Select(s => s.Point).ToArray();

        Assert.All(results.Sigma, s => Assert.Equal(MetricCodes.Coagglomeration, s.Metric));
        Assert.Equal(sigma.Select(p => (object)p.Gini), ((Scatter)Chart(page, "sigma-chart").Data[2]).Y);
        Assert.Equal(ConvergenceReading.Sigma(sigma, Lang.En), page.Find("[data-testid=sigma-statement]").TextContent.Trim());
        Assert.Contains("Krugman specialisation index · 2012", page.Markup);
        var krugman = fixture.Snapshot.Analyses.Analytics.Default.Krugman.Where(k => k.Year == 2012).OrderBy(k => k.Value);
        Assert.Equal(krugman.Select(k => (object)k.Value), ((Bar)Chart(page, "krugman-chart").Data[0]).X);
        Assert.Equal(3, Chart(page, "concentration-chart").Data.Count);
    }

    [Fact]
    public async Task Choosing_a_year_or_metric_writes_it_into_the_url()
    {
        var page = Open("/disparities?metric=coagg&year=2012&lang=en");

        await page.InvokeAsync(() => page.FindComponent<YearPicker>().Instance.ValueChanged.InvokeAsync(2018));
        Assert.EndsWith("/disparities?year=2018&metric=coagg&lang=en", _host.Navigation.Uri);

        await page.InvokeAsync(() => page.FindComponent<MetricPicker>().Instance.ValueChanged.InvokeAsync(MetricCodes.InnovationD));
        Assert.EndsWith("/disparities?year=2018&metric=innov.d&lang=en", _host.Navigation.Uri);
        page.WaitForAssertion(() => Assert.Equal(ConvergenceReading.Sigma(
            fixture.Snapshot.Analyses.Analytics.Default.Sigma.Where(s => s.Metric == MetricCodes.InnovationD).Select(s => s.Point).ToArray(), Lang.En),
            page.Find("[data-testid=sigma-statement]").TextContent.Trim()));
    }

    [Fact]
    public void The_series_and_the_krugman_indexes_download_as_csv()
    {
        var page = Open("/disparities?metric=couple.d&year=2015&lang=en");
        var inv = System.Globalization.CultureInfo.InvariantCulture;

        page.Find("[data-testid=disparities-csv]").Click();
        page.Find("[data-testid=krugman-csv]").Click();

        var calls = _host.Context.JSInterop.Invocations.Where(i => i.Identifier == Downloaded.Identifier).ToArray();
        var series = Downloaded.Text(calls[0]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Year,cv,theil,gini,eg.manufacturing,eg.producer_services,egk.coagg", series[0]);
        Assert.Equal(1 + fixture.Snapshot.Years.Count, series.Length);
        var cv2005 = fixture.Snapshot.Aggregate(2005, MetricCodes.Cv(MetricCodes.CouplingD))!.Value;
        var row2005 = series[1].Split(',');
        Assert.Equal("2005", row2005[0]);
        Assert.Equal(cv2005, double.Parse(row2005[1], inv), 12);

        Assert.Equal("krugman-2015.csv", calls[1].Arguments[0]);
        var krugman = Downloaded.Text(calls[1]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(10, krugman.Length);
        var changchun = fixture.Snapshot.Analyses.Analytics.Default.Krugman.Single(k => k.RegionCode == "220100" && k.Year == 2015);
        Assert.Contains($"Changchun,220100,2015,{changchun.Value.ToString("R", inv)}", krugman);
    }
}
