using AggloDashboard.Web.Components.Pages;
using AggloDashboard.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace AggloDashboard.Web.Tests.Pages;

/// <summary>A value in the URL that is no number or no metric is ignored for the page's default, never breaking the page.</summary>
[Collection(DashboardCollection.Name)]
public sealed class BadQueryValueTests(DashboardFixture fixture) : IAsyncLifetime
{
    private readonly BunitHost _host = new(fixture);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private string Latest => fixture.Snapshot.LatestYear.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private IRenderedComponent<TPage> Open<TPage>(string url, Action<ComponentParameterCollectionBuilder<TPage>>? parameters = null)
        where TPage : IComponent
    {
        _host.Navigation.NavigateTo(url);
        return _host.Context.Render(parameters).WhenComputed();
    }

    [Fact]
    public void The_map_shows_the_latest_year_and_default_metric() =>
        Assert.Equal(Latest, Open<MapExplorer>("/map?year=abc&metric=bogus&lang=en").Find("[data-testid=year-display]").TextContent);

    [Fact]
    public void The_overview_coordination_and_city_pages_render_with_the_defaults()
    {
        Assert.EndsWith(Latest, Open<Overview>("/?year=abc&lang=en").Find("[data-testid=page-title]").TextContent.Trim());
        Assert.EndsWith(Latest, Open<Coordination>("/coordination?year=12x&lang=en").Find("[data-testid=page-title]").TextContent.Trim());
        Assert.Contains("Changchun", Open<CityProfile>("/city/220100?year=abc&lang=en", p => p.Add(c => c.Code, "220100")).Find("[data-testid=page-title]").TextContent);
        Assert.NotEmpty(Open<Trends>("/trends?year=abc&from=x&to=y&lang=en").FindAll("[data-testid=page-title]"));
    }

    [Fact]
    public void The_ignored_values_are_named_for_the_notice()
    {
        Assert.Equal(["year=abc", "metric=bogus"], PageQuery.Ignored("/map?year=abc&metric=bogus&lang=en", fixture.Snapshot));
        Assert.Empty(PageQuery.Ignored("/map?year=2015&metric=innov.d", fixture.Snapshot));
        Assert.Null(PageQuery.Int("abc"));
        Assert.Equal(2015, PageQuery.Int("2015"));
    }
}
