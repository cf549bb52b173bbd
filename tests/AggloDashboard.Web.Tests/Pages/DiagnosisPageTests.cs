using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Components.Pages;
using AggloDashboard.Web.Components.Shared;
using AggloDashboard.Web.Views;
using Plotly.Blazor.Traces;

namespace AggloDashboard.Web.Tests.Pages;

[Collection(DashboardCollection.Name)]
public sealed class DiagnosisPageTests(DashboardFixture fixture) : IAsyncLifetime
{
    private readonly BunitHost _host = new(fixture);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private IRenderedComponent<Diagnosis> Open(string url)
    {
        _host.Navigation.NavigateTo(url);
        return _host.Context.Render<Diagnosis>().WhenComputed();
    }

    private static ChartView Chart(IRenderedComponent<Diagnosis> page, string id) =>
        page.FindComponents<ChartView>().Single(c => c.Instance.Id == id).Instance;

    [Fact]
    public void Year_metric_and_city_come_from_the_url()
    {
        var page = Open("/diagnosis?year=2015&metric=innov.t&cities=220300&lang=en");

        Assert.Contains("Obstacle diagnosis and forecasts · 2015", page.Find("[data-testid=page-title]").TextContent);
        var top = (Bar)Chart(page, "diagnosis-top").Figure.Data[0];
        Assert.Equal(fixture.Snapshot.Analyses.Obstacles.Top("220300", 2015, 5)[0].Percent, (double)top.X![^1]);
        var observed = (Scatter)Chart(page, "diagnosis-forecast").Figure.Data[0];
        Assert.Contains("Innovation comprehensive development T", observed.HoverTemplate);
    }

    [Fact]
    public void Defaults_to_innovation_D_in_the_latest_year_in_Chinese_with_every_city_in_the_tables()
    {
        var page = Open("/diagnosis");

        Assert.Contains("2023", page.Find("[data-testid=page-title]").TextContent);
        Assert.Equal(fixture.Snapshot.Cities.Count, page.FindAll("[data-testid=obstacles-table] tbody tr").Count);
        var forecasts = fixture.Snapshot.Analyses.Forecasts(MetricCodes.InnovationD);
        Assert.Equal(forecasts.Count, page.FindAll("[data-testid=forecast-table] tbody tr").Count);
        foreach (var f in forecasts)
        {
            Assert.Contains(UiText.Get(Lang.Zh, DiagnosisData.VerdictKey(f)), page.Find($"[data-testid=forecast-{f.RegionCode}]").TextContent);
        }
    }

    [Fact]
    public async Task Choosing_a_city_year_or_metric_keeps_the_rest_of_the_state_in_the_url()
    {
        var page = Open("/diagnosis?year=2015&metric=innov.t&cities=220300&lang=en");

        await page.InvokeAsync(() => page.FindComponent<YearPicker>().Instance.ValueChanged.InvokeAsync(2018));
        Assert.EndsWith("/diagnosis?year=2018&metric=innov.t&cities=220300&lang=en", _host.Navigation.Uri);

        await page.InvokeAsync(() => Chart(page, "diagnosis-subsystems").OnPointClick.InvokeAsync((0, 1)));
        Assert.EndsWith("/diagnosis?year=2018&metric=innov.t&cities=220200&lang=en", _host.Navigation.Uri);

        await page.InvokeAsync(() => page.FindComponent<MetricPicker>().Instance.ValueChanged.InvokeAsync("couple.d"));
        Assert.EndsWith("/diagnosis?year=2018&metric=couple.d&cities=220200&lang=en", _host.Navigation.Uri);
    }

    [Fact]
    public void The_forecast_table_downloads_every_forecast_year()
    {
        var page = Open("/diagnosis?lang=en");

        page.Find("[data-testid=forecast-csv]").Click();

        page.WaitForAssertion(() => Assert.Single(_host.Context.JSInterop.Invocations, i => i.Identifier == Downloaded.Identifier));
        var call = _host.Context.JSInterop.Invocations.Single(i => i.Identifier == Downloaded.Identifier);
        Assert.Equal("forecast-innov.d.csv", call.Arguments[0]);
        var lines = Downloaded.Text(call).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var models = fixture.Snapshot.Analyses.Forecasts(MetricCodes.InnovationD).Where(f => f.Result.Model is not null).ToArray();
        Assert.Equal(models.Length * 5 + 1, lines.Length);
        Assert.EndsWith("," + models[0].Result.Model!.Forecasts[0].ToString("R", System.Globalization.CultureInfo.InvariantCulture), lines[1]);
    }

    [Fact]
    public void The_obstacle_table_downloads_five_rows_per_city()
    {
        var page = Open("/diagnosis?year=2016&lang=en");

        page.Find("[data-testid=obstacles-csv]").Click();

        page.WaitForAssertion(() => Assert.Single(_host.Context.JSInterop.Invocations, i => i.Identifier == Downloaded.Identifier));
        var call = _host.Context.JSInterop.Invocations.Single(i => i.Identifier == Downloaded.Identifier);
        var lines = Downloaded.Text(call).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(fixture.Snapshot.Cities.Count * 5 + 1, lines.Length);
    }

    [Fact]
    public void Forecasts_beyond_the_range_of_a_bounded_metric_are_marked()
    {
        var forecasts = fixture.Snapshot.Analyses.Forecasts(MetricCodes.InnovationD);
        var beyond = forecasts.Where(f => f.Result.Model!.Forecasts.Any(v => v > 1)).ToArray();
        Assert.NotEmpty(beyond);

        var page = Open("/diagnosis?lang=en");

        Assert.Contains("outside the range [0, 1]", page.Find("[data-testid=out-of-range-note]").TextContent);
        foreach (var f in forecasts)
        {
            Assert.Equal(f.Result.Model!.Forecasts.Count(v => v > 1),
                page.FindAll($"[data-testid=forecast-{f.RegionCode}] td.forecast-out-of-range").Count);
        }

        Assert.Empty(Open("/diagnosis?lang=en&metric=lq.manufacturing").FindAll("[data-testid=out-of-range-note]"));
    }
}
