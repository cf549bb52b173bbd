using AggloDashboard.Web.Components.Pages;
using AggloDashboard.Web.Readings;
using AggloDashboard.Web.Tests.Services;

namespace AggloDashboard.Web.Tests.Pages;

[Collection(DashboardCollection.Name)]
public sealed class MethodologyPageTests(DashboardFixture fixture) : IAsyncLifetime
{
    private readonly BunitHost _host = new(fixture);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private IRenderedComponent<Methodology> Open(string url)
    {
        _host.Navigation.NavigateTo(url);
        return _host.Context.Render<Methodology>();
    }

    [Theory]
    [InlineData("en", "Methods and settings", "Coupling coordination degree model")]
    [InlineData("zh", "方法与设置", "耦合协调度模型")]
    public void Shows_every_method_with_its_source_in_the_language(string lang, string title, string ccd)
    {
        var page = Open($"/methodology?lang={lang}");

        Assert.Equal(title, page.Find("[data-testid=page-title]").TextContent);
        foreach (var id in MethodologyTextTests.Methods)
        {
            Assert.NotEmpty(page.Find($"[data-testid=method-{id}] [data-testid=source]").TextContent);
        }

        Assert.Contains(ccd, page.Find("[data-testid=method-ccd]").TextContent);
        Assert.Contains("D = √(C · T)", page.Find("[data-testid=method-ccd]").TextContent);
        Assert.Equal(10, page.FindAll("[data-testid=classes-table] tbody tr").Count);
    }

    [Fact]
    public void Shows_the_settings_of_the_results_on_screen()
    {
        var page = Open("/methodology?lang=en");

        var inUse = MethodologyText.Sections(fixture.Snapshot.Results.Settings, Lang.En).Single(s => s.Id == "ccd").InUse!;
        Assert.Equal(inUse, page.Find("[data-testid=method-ccd] [data-testid=in-use]").TextContent);
    }
}
