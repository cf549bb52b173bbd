using AggloDashboard.Web.Components.Pages;
using AggloDashboard.Web.Components.Shared;
using MudBlazor;

namespace AggloDashboard.Web.Tests.Stories;

[Collection(DashboardCollection.Name)]
public sealed class StoryEditingTests(DashboardFixture fixture) : IAsyncLifetime
{
    private readonly BunitHost _host = new(fixture);

    public Task InitializeAsync()
    {
        _host.SignInEditor();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>A MudBlazor text field's input, whichever element carries the test id.</summary>
    private static string Field(string testId, string element) => $"[data-testid={testId}] {element}, {element}[data-testid={testId}]";

    private static string UniqueName() => $"Story {Guid.NewGuid():N}";

    private async Task<int> StoryIdAsync(string name) =>
        (await fixture.Stories.ListAsync(CancellationToken.None)).Single(s => s.Name == name).Id;

    [Fact]
    public async Task Save_to_story_adds_the_current_view_with_default_captions_to_a_new_then_an_existing_story()
    {
        var name = UniqueName();
        var dialog = _host.Context.Render<MudDialogProvider>();
        _host.Navigation.NavigateTo("/map?metric=lq.producer_services&year=2012&lang=en");
        var button = _host.Context.Render<SaveViewButton>(p => p.Add(b => b.Lang, Lang.En));

        button.Find("[data-testid=save-view]").Click();
        dialog.WaitForAssertion(() => Assert.Contains("/map?metric=lq.producer_services&year=2012",
            dialog.Find("[data-testid=save-view-path]").TextContent, StringComparison.Ordinal));
        dialog.Find(Field("save-new-name", "input")).Input(name);
        await dialog.Find("[data-testid=save-new-story]").ClickAsync(new());

        var id = await StoryIdAsync(name);
        var slide = Assert.Single((await fixture.Stories.GetAsync(id, CancellationToken.None))!.Slides);
        Assert.Equal(("/map", "metric=lq.producer_services&year=2012"), (slide.Path, slide.Query));
        Assert.Equal("Map explorer · Producer services location quotient · 2012", slide.CaptionEn);
        Assert.Equal("地图 · 生产性服务业区位熵 · 2012", slide.CaptionZh);

        _host.Navigation.NavigateTo("/coupling?year=2020&lang=en");
        button.WaitForAssertion(() => button.Find("[data-testid=save-view]").Click());
        dialog.WaitForAssertion(() => dialog.Find($"[data-testid=save-to-story-{id}]"));
        await dialog.Find($"[data-testid=save-to-story-{id}]").ClickAsync(new());

        var slides = (await fixture.Stories.GetAsync(id, CancellationToken.None))!.Slides;
        Assert.Equal(["/map", "/coupling"], slides.Select(s => s.Path));
    }

    [Fact]
    public async Task A_refused_caption_leaves_no_empty_story_behind()
    {
        var name = UniqueName();
        var dialog = _host.Context.Render<MudDialogProvider>();
        _host.Navigation.NavigateTo("/map?year=2012&lang=en");
        var button = _host.Context.Render<SaveViewButton>(p => p.Add(b => b.Lang, Lang.En));
        button.Find("[data-testid=save-view]").Click();
        dialog.WaitForAssertion(() => dialog.Find("[data-testid=save-view-path]"));

        dialog.Find(Field("save-caption-en", "textarea")).Change("");
        dialog.Find(Field("save-new-name", "input")).Input(name);
        await dialog.Find("[data-testid=save-new-story]").ClickAsync(new());

        dialog.WaitForAssertion(() => Assert.Contains("A caption is missing", dialog.Find("[data-testid=save-view-problem]").TextContent));
        Assert.DoesNotContain(await fixture.Stories.ListAsync(CancellationToken.None), s => s.Name == name);
    }

    [Fact]
    public void The_save_button_is_only_on_pages_a_story_can_show()
    {
        _host.Navigation.NavigateTo("/stories?lang=en");
        var button = _host.Context.Render<SaveViewButton>(p => p.Add(b => b.Lang, Lang.En));
        Assert.Empty(button.FindAll("[data-testid=save-view]"));

        _host.Navigation.NavigateTo("/trends?metric=innov.d&lang=en");
        button.WaitForAssertion(() => Assert.Single(button.FindAll("[data-testid=save-view]")));
        Assert.Equal("/present?view=%2Ftrends%3Fmetric%3Dinnov.d&lang=en", button.Find("[data-testid=present-view]").GetAttribute("href"));
    }

    [Fact]
    public async Task The_editor_reorders_slides_edits_captions_and_deletes_a_slide()
    {
        var story = await fixture.Stories.CreateAsync(DashboardFixture.Editor, UniqueName(), CancellationToken.None);
        foreach (var path in new[] { "/map", "/trends", "/coupling" })
        {
            await fixture.Stories.AddSlideAsync(DashboardFixture.Editor, story.Id, path, "", "说明" + path, "About " + path, CancellationToken.None);
        }

        _host.Navigation.NavigateTo($"/stories/{story.Id}?lang=en");
        var editor = _host.Context.Render<StoryEditor>(p => p.Add(e => e.Id, story.Id));
        string[] Views() => editor.FindAll("[data-testid^=slide-view-]").Select(a => a.TextContent).ToArray();
        Assert.Equal(["/map", "/trends", "/coupling"], Views());

        editor.Find("[data-testid=slide-down-1] button, button[data-testid=slide-down-1]").Click();
        editor.WaitForAssertion(() => Assert.Equal(["/trends", "/map", "/coupling"], Views()));
        editor.Find("[data-testid=slide-up-3] button, button[data-testid=slide-up-3]").Click();
        editor.WaitForAssertion(() => Assert.Equal(["/trends", "/coupling", "/map"], Views()));

        editor.Find(Field("caption-en-2", "textarea")).Change("The coupling scatter");
        editor.WaitForAssertion(() => Assert.Empty(editor.FindAll("[data-testid=story-problem]")));
        editor.Find(Field("caption-zh-2", "textarea")).Change(" ");
        editor.WaitForAssertion(() => Assert.Contains("A caption is missing", editor.Find("[data-testid=story-problem]").TextContent, StringComparison.Ordinal));

        editor.Find("[data-testid=slide-delete-1] button, button[data-testid=slide-delete-1]").Click();
        editor.WaitForAssertion(() => Assert.Equal(["/coupling", "/map"], Views()));

        var stored = (await fixture.Stories.GetAsync(story.Id, CancellationToken.None))!.Slides;
        Assert.Equal(["/coupling", "/map"], stored.Select(s => s.Path));
        Assert.Equal(("说明/coupling", "The coupling scatter"), (stored[0].CaptionZh, stored[0].CaptionEn));
    }
}
