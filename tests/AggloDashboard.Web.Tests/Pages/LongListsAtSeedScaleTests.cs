using AggloDashboard.Web.Components.Layout;
using AggloDashboard.Web.Components.Pages;

namespace AggloDashboard.Web.Tests.Pages;

/// <summary>With the seed's 9 cities the pages list every city as they always did: no pickers, pages or shortened ranking.</summary>
[Collection(DashboardCollection.Name)]
public sealed class LongListsAtSeedScaleTests(DashboardFixture fixture) : IAsyncLifetime
{
    private readonly BunitHost _host = new(fixture);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private IRenderedComponent<TPage> Open<TPage>(string url)
        where TPage : Microsoft.AspNetCore.Components.IComponent
    {
        _host.Navigation.NavigateTo(url);
        return _host.Context.Render<TPage>().WhenComputed();
    }

    [Fact]
    public void Nine_cities_are_listed_in_full_everywhere()
    {
        var overview = Open<Overview>("/?lang=en");
        Assert.Empty(overview.FindAll("[data-testid=ranking-show-all]"));

        var trends = Open<Trends>("/trends?lang=en");
        Assert.Equal(10, trends.FindAll("[data-testid^=city-chip-]").Count);
        Assert.Empty(trends.FindAll("[data-testid=trends-city-search]"));

        var policy = Open<Policy>("/policy?lang=en");
        Assert.Equal(9, policy.FindAll(".policy-card").Count);
        Assert.Empty(policy.FindAll("[data-testid=policy-filters]"));

        var map = Open<MapExplorer>("/map?lang=en");
        Assert.Equal(9, map.FindAll("[data-testid=map-values] tbody tr").Count);

        var menu = _host.Context.Render<NavMenu>(p => p.Add(m => m.Snapshot, fixture.Snapshot));
        Assert.Empty(menu.FindAll("[data-testid=nav-city-search]"));
    }
}
