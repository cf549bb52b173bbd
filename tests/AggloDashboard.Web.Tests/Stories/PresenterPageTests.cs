using AggloDashboard.Web.Components.Pages;
using AggloDashboard.Web.Components.Shared;
using Microsoft.AspNetCore.Components.Web;
using Plotly.Blazor.Traces;

namespace AggloDashboard.Web.Tests.Stories;

[Collection(DashboardCollection.Name)]
public sealed class PresenterPageTests(DashboardFixture fixture) : IAsyncLifetime
{
    private readonly BunitHost _host = new(fixture);
    private int _storyId;

    public async Task InitializeAsync()
    {
        var story = await fixture.Stories.CreateAsync(DashboardFixture.Editor, $"Presenter {Guid.NewGuid():N}", CancellationToken.None);
        _storyId = story.Id;
        await fixture.Stories.AddSlideAsync(DashboardFixture.Editor, _storyId, "/map", "metric=lq.producer_services&year=2010", "长春集中", "Changchun leads", CancellationToken.None);
        await fixture.Stories.AddSlideAsync(DashboardFixture.Editor, _storyId, "/trends", "metric=innov.d", "协调度上升", "Coordination rises", CancellationToken.None);
        await fixture.Stories.AddSlideAsync(DashboardFixture.Editor, _storyId, "/coupling", "year=2023", "耦合", "Coupling", CancellationToken.None);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private IRenderedComponent<Present> Render(string url)
    {
        _host.Navigation.NavigateTo(url);
        return _host.Context.Render<Present>();
    }

    private string Path => new Uri(_host.Navigation.Uri).PathAndQuery;

    // Awaited: the animation's timer also runs on the renderer, so a fire-and-forget key could still be queued when asserted.
    private static Task Press(IRenderedComponent<Present> page, string key) =>
        page.Find("[data-testid=presenter]").KeyDownAsync(new KeyboardEventArgs { Key = key });

    [Fact]
    public void Shows_the_slides_charts_and_caption_in_the_language_of_the_url()
    {
        var page = Render($"/present?story={_storyId}&slide=1&lang=en");

        Assert.Equal("Changchun leads", page.Find("[data-testid=slide-caption]").TextContent);
        Assert.Equal("1 / 3", page.Find("[data-testid=slide-counter]").TextContent);
        Assert.Equal("2010", page.Find("[data-testid=presenter-year]").TextContent);
        Assert.Contains("illustrative", page.Find("[data-testid=presenter-illustrative]").TextContent);
        var charts = page.FindComponents<ChartView>().Select(c => c.Instance.Figure).ToArray();
        Assert.IsType<Choropleth>(charts[0].Data[0]);
        Assert.Equal(2, charts.Length);
        Assert.All(charts, f => Assert.Null(f.Layout.Height));

        var zh = Render($"/present?story={_storyId}&slide=2&lang=zh");
        Assert.Equal("协调度上升", zh.Find("[data-testid=slide-caption]").TextContent);
        Assert.Empty(zh.FindAll("[data-testid=presenter-year]"));
    }

    [Fact]
    public async Task Arrow_keys_go_to_the_next_and_previous_slide_in_the_url()
    {
        var page = Render($"/present?story={_storyId}&slide=2&lang=en");

        await Press(page, "ArrowRight");
        Assert.Equal($"/present?story={_storyId}&slide=3&lang=en", Path);
        page.WaitForAssertion(() => Assert.Equal("Coupling", page.Find("[data-testid=slide-caption]").TextContent));
        Assert.IsType<Scatter>(page.FindComponents<ChartView>()[0].Instance.Figure.Data[0]);

        await Press(page, "ArrowRight");
        Assert.Equal($"/present?story={_storyId}&slide=3&lang=en", Path);

        await Press(page, "ArrowLeft");
        await Press(page, "ArrowLeft");
        Assert.Equal($"/present?story={_storyId}&slide=1&lang=en", Path);
    }

    [Fact]
    public async Task Space_toggles_the_year_animation_and_Escape_leaves_to_the_normal_page()
    {
        var page = Render($"/present?story={_storyId}&slide=1&lang=en");

        await Press(page, " ");
        Assert.True(page.Instance.IsPlaying);
        Assert.Equal("true", page.Find("[data-testid=presenter-year]").GetAttribute("data-playing"));
        await Press(page, " ");
        Assert.False(page.Instance.IsPlaying);

        await Press(page, "Escape");
        Assert.Equal("/map?metric=lq.producer_services&year=2010&lang=en", Path);
        Assert.False(page.Instance.IsPlaying);
    }

    [Fact]
    public async Task Playing_steps_the_year_in_the_url()
    {
        var page = Render($"/present?story={_storyId}&slide=1&lang=en");

        await Press(page, " ");

        page.WaitForAssertion(() => Assert.Contains("year=2011", Path, StringComparison.Ordinal), TimeSpan.FromSeconds(5));
        Assert.StartsWith($"/present?story={_storyId}&slide=1&lang=en", Path, StringComparison.Ordinal);
        page.WaitForAssertion(() => Assert.Equal("2011", page.Find("[data-testid=presenter-year]").TextContent));
        await Press(page, " ");
    }

    [Fact]
    public async Task A_single_view_is_presented_without_a_story()
    {
        var page = Render("/present?view=%2Fcoupling%3Fyear%3D2015&lang=en");

        Assert.Equal("2015", page.Find("[data-testid=presenter-year]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=slide-counter]"));
        await Press(page, "ArrowRight");
        Assert.Equal("/present?view=%2Fcoupling%3Fyear%3D2015&lang=en", Path);
        await Press(page, "Escape");
        Assert.Equal("/coupling?year=2015&lang=en", Path);
    }

    [Fact]
    public void A_missing_story_says_so()
    {
        var page = Render("/present?story=999999&lang=en");

        Assert.Contains("There is no such story.", page.Find("[data-testid=presenter-message]").TextContent);
    }
}
