using AggloDashboard.Web.Components.Layout;

namespace AggloDashboard.Web.Tests.Pages;

[Collection(DashboardCollection.Name)]
public sealed class NavMenuTests(DashboardFixture fixture) : IAsyncLifetime
{
    private readonly BunitHost _host = new(fixture);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public void Lists_the_pages_and_every_city_in_the_language()
    {
        var menu = _host.Context.Render<NavMenu>(p => p.Add(m => m.Lang, Lang.En).Add(m => m.Snapshot, fixture.Snapshot));

        Assert.Equal("/map?lang=en", menu.Find("[data-testid=nav-map]").GetAttribute("href"));
        Assert.Equal("/trends?lang=en", menu.Find("[data-testid=nav-trends]").GetAttribute("href"));
        Assert.Equal(9, menu.FindAll("[data-testid^=nav-city-]").Count);
        Assert.Contains("Yanbian", menu.Find("[data-testid=nav-city-222400]").TextContent);
        Assert.Equal("/city/222400?lang=en", menu.Find("[data-testid=nav-city-222400]").GetAttribute("href"));
    }

    [Fact]
    public void A_year_step_does_not_render_the_menu_again_a_language_change_does()
    {
        _host.Navigation.NavigateTo("/map?year=2010");
        var menu = _host.Context.Render<NavMenu>(p => p.Add(m => m.Lang, Lang.Zh).Add(m => m.Snapshot, fixture.Snapshot));
        var markup = menu.Markup;
        var renders = menu.RenderCount;

        // What the layout does on a year step: the URL changes and the menu is handed the same inputs again.
        _host.Navigation.NavigateTo("/map?year=2011", replace: true);
        menu.Render(p => p.Add(m => m.Lang, Lang.Zh).Add(m => m.Snapshot, fixture.Snapshot));

        Assert.Equal(renders, menu.RenderCount);
        Assert.Equal(markup, menu.Markup);
        Assert.DoesNotContain("year=", markup);

        menu.Render(p => p.Add(m => m.Lang, Lang.En).Add(m => m.Snapshot, fixture.Snapshot));
        Assert.True(menu.RenderCount > renders);
        Assert.Equal("/map?lang=en", menu.Find("[data-testid=nav-map]").GetAttribute("href"));
    }

    [Fact]
    public void Names_the_cities_in_Chinese_by_default()
    {
        var menu = _host.Context.Render<NavMenu>(p => p.Add(m => m.Snapshot, fixture.Snapshot));
        Assert.Contains("延边朝鲜族自治州", menu.Find("[data-testid=nav-city-222400]").TextContent);
        Assert.Contains("地图", menu.Find("[data-testid=nav-map]").TextContent);
    }

    [Fact]
    public void Links_the_analysis_pages_in_the_language()
    {
        var menu = _host.Context.Render<NavMenu>(p => p.Add(m => m.Lang, Lang.En).Add(m => m.Snapshot, fixture.Snapshot));

        Assert.Equal("/drivers?lang=en", menu.Find("[data-testid=nav-drivers]").GetAttribute("href"));
        Assert.Equal("/disparities?lang=en", menu.Find("[data-testid=nav-disparities]").GetAttribute("href"));
        Assert.Equal("/spatial?lang=en", menu.Find("[data-testid=nav-spatial]").GetAttribute("href"));
        Assert.Contains("Driving factors", menu.Find("[data-testid=nav-drivers]").TextContent);
        var zh = _host.Context.Render<NavMenu>(p => p.Add(m => m.Snapshot, fixture.Snapshot));
        Assert.Contains("空间自相关", zh.Find("[data-testid=nav-spatial]").TextContent);
    }
}
