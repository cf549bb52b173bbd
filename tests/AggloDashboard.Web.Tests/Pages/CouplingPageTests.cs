using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Components.Pages;
using AggloDashboard.Web.Components.Shared;
using AggloDashboard.Web.Views;
using MudBlazor;
using Plotly.Blazor.Traces;

namespace AggloDashboard.Web.Tests.Pages;

[Collection(DashboardCollection.Name)]
public sealed class CouplingPageTests(DashboardFixture fixture) : IAsyncLifetime
{
    private readonly BunitHost _host = new(fixture);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private IRenderedComponent<Coupling> Open(string url)
    {
        _host.Navigation.NavigateTo(url);
        return _host.Context.Render<Coupling>();
    }

    private static ChartView Chart(IRenderedComponent<Coupling> page, string id) =>
        page.FindComponents<ChartView>().Single(c => c.Instance.Id == id).Instance;

    [Fact]
    public void The_year_comes_from_the_url_and_reaches_the_scatter()
    {
        var page = Open("/coupling?year=2012&lang=en");

        Assert.Equal("2012", page.Find("[data-testid=year-display]").TextContent);
        var cities = (Scatter)Chart(page, "coupling-scatter").Figure.Data[^1];
        Assert.Equal(fixture.Snapshot.Value("220100", 2012, MetricCodes.AgglomerationU), (double)cities.X![0]);
        Assert.Equal(fixture.Snapshot.Value("220100", 2012, MetricCodes.InnovationT), (double)cities.Y![0]);
    }

    [Fact]
    public void Every_city_has_its_relative_development_type_with_the_rule_shown()
    {
        var page = Open("/coupling?year=2020&lang=en");

        Assert.Contains("|U1 − U2| ≤ 0.1", page.Find("[data-testid=coupling-rule]").TextContent);
        foreach (var p in CouplingData.Points(fixture.Snapshot, 2020, Lang.En))
        {
            Assert.Equal(UiText.Get(Lang.En, CouplingData.TypeKey(p.Type)), page.Find($"[data-testid=type-{p.CityCode}]").TextContent);
        }
    }

    [Fact]
    public void The_gap_reading_is_in_the_language_of_the_url()
    {
        Assert.Contains("the gap is", Open("/coupling?lang=en").Find("[data-testid=gap-reading]").TextContent);
        Assert.Contains("城市间差距", Open("/coupling").Find("[data-testid=gap-reading]").TextContent);
    }

    [Fact]
    public void The_trend_shows_couple_d_for_every_city()
    {
        var page = Open("/coupling?lang=en");

        var lines = Chart(page, "coupling-trend").Figure.Data.Cast<Scatter>().Take(fixture.Snapshot.Cities.Count).ToArray();
        Assert.Equal(fixture.Snapshot.Years.Select(y => fixture.Snapshot.Value("220200", y, MetricCodes.CouplingD)),
            lines[1].Y!.Cast<double?>());
    }

    [Fact]
    public async Task Moving_the_slider_replaces_the_url_with_the_new_year()
    {
        var page = Open("/coupling?year=2012&lang=en");

        await page.InvokeAsync(() => page.FindComponent<MudSlider<int>>().Instance.ValueChanged.InvokeAsync(2016));

        Assert.EndsWith("/coupling?year=2016&lang=en", _host.Navigation.Uri);
        Assert.True(_host.Navigation.History.First().Options.ReplaceHistoryEntry);
    }

    [Fact]
    public void Play_advances_the_years_until_the_last_and_stops()
    {
        var page = Open("/coupling?year=2021");

        page.Find("[data-testid=play-button]").Click();

        page.WaitForAssertion(() => Assert.Contains("year=2023", _host.Navigation.Uri), TimeSpan.FromSeconds(5));
        page.WaitForAssertion(() => Assert.Equal("播放", page.Find("[data-testid=play-button]").GetAttribute("aria-label")),
            TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Clicking_a_city_opens_its_profile()
    {
        var page = Open("/coupling?year=2015&lang=en");
        var chart = Chart(page, "coupling-scatter");

        await page.InvokeAsync(() => chart.OnPointClick.InvokeAsync((chart.Figure.Data.Count - 1, 1)));

        Assert.EndsWith("/city/220200?year=2015&lang=en", _host.Navigation.Uri);
    }

    [Fact]
    public async Task The_modified_form_reaches_the_points_and_stays_in_the_url_while_the_year_moves()
    {
        var modified = await fixture.Data.GetCurrentAsync(MetricSettings.Default with { CouplingForm = CouplingForm.Modified });
        var page = Open("/coupling?year=2012&lang=en&ccd=modified");

        var cities = (Scatter)Chart(page, "coupling-scatter").Figure.Data[^1];
        var d = modified.Value("220100", 2012, MetricCodes.CouplingD)!.Value;
        Assert.Equal(d.ToString("0.0000", Lang.En.Culture()), ((object[])cities.CustomData![0])[0]);

        await page.InvokeAsync(() => page.FindComponent<MudSlider<int>>().Instance.ValueChanged.InvokeAsync(2016));
        Assert.EndsWith("/coupling?year=2016&lang=en&ccd=modified", _host.Navigation.Uri);
    }
}
