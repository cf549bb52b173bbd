using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Components.Pages;
using Plotly.Blazor.Traces;

namespace AggloDashboard.Web.Tests.Pages;

[Collection(DashboardCollection.Name)]
public sealed class OverviewPageTests(DashboardFixture fixture) : IAsyncLifetime
{
    private readonly BunitHost _host = new(fixture);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public void Reads_year_metric_and_language_from_the_query_string()
    {
        _host.Navigation.NavigateTo("/?year=2010&metric=lq.producer_services&lang=en");

        var page = _host.Context.Render<Overview>();

        Assert.Contains("Overview · 2010", page.Find("[data-testid=page-title]").TextContent);
        Assert.Contains("Producer services location quotient", page.Find("[data-testid=card-cv]").TextContent);
        Assert.Contains("In 2010", page.Find("[data-testid=reading]").TextContent);
    }

    [Fact]
    public void Defaults_to_the_latest_year_and_coupling_coordination_in_Chinese()
    {
        var page = _host.Context.Render<Overview>();

        Assert.Contains("总览 · 2023", page.Find("[data-testid=page-title]").TextContent);
        Assert.Contains("2023年", page.Find("[data-testid=reading]").TextContent);
    }

    [Fact]
    public void The_map_is_given_every_city_with_that_years_values()
    {
        _host.Navigation.NavigateTo("/?year=2015&metric=lq.manufacturing");
        var page = _host.Context.Render<Overview>();

        Assert.Contains(_host.Context.JSInterop.Invocations, i => i.Identifier == "draw");
        var map = page.FindComponents<Components.Shared.ChartView>().Single(c => c.Instance.Id == "overview-map").Instance.Figure;
        var trace = Assert.IsType<Choropleth>(map.Data[0]);
        Assert.Equal(9, trace.Locations!.Count);
        Assert.Equal(fixture.Snapshot.Value("220100", 2015, MetricCodes.LqManufacturing), (double)trace.Z![trace.Locations.IndexOf("220100")]);
    }
}
