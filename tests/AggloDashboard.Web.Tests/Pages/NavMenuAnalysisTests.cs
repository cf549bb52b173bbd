using AggloDashboard.Web.Components.Layout;

namespace AggloDashboard.Web.Tests.Pages;

[Collection(DashboardCollection.Name)]
public sealed class NavMenuAnalysisTests(DashboardFixture fixture) : IAsyncLifetime
{
    private readonly BunitHost _host = new(fixture);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("coordination", "Innovation coordination")]
    [InlineData("coupling", "Agglomeration × innovation")]
    [InlineData("diagnosis", "Obstacles & forecasts")]
    [InlineData("policy", "Policy directions")]
    [InlineData("shift-share", "Shift-share")]
    [InlineData("methodology", "Methodology")]
    public void Links_the_analysis_pages_in_the_language(string page, string name)
    {
        var menu = _host.Context.Render<NavMenu>(p => p.Add(m => m.Lang, Lang.En).Add(m => m.Snapshot, fixture.Snapshot));

        var link = menu.Find($"[data-testid=nav-{page}]");
        Assert.Equal($"/{page}?lang=en", link.GetAttribute("href"));
        Assert.Contains(name, link.TextContent);
    }
}
