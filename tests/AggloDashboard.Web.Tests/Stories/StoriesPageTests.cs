using Microsoft.AspNetCore.Components.Forms;

namespace AggloDashboard.Web.Tests.Stories;

[Collection(DashboardCollection.Name)]
public sealed class StoriesPageTests(DashboardFixture fixture) : IAsyncLifetime
{
    private readonly BunitHost _host = new(fixture);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private IRenderedComponent<Components.Pages.Stories> Render(string url)
    {
        _host.Navigation.NavigateTo(url);
        return _host.Context.Render<Components.Pages.Stories>();
    }

    private static void Upload(IRenderedComponent<Components.Pages.Stories> page, string json) =>
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(json, "story.json"));

    [Fact]
    public async Task Importing_a_file_with_a_problem_names_it_in_the_language_and_adds_nothing()
    {
        var before = (await fixture.Stories.ListAsync(CancellationToken.None)).Count;
        var zh = Render("/stories");

        Upload(zh, """{ "name": "坏文件", "slides": [ { "path": "/map", "captionZh": "地图" } ] }""");

        zh.WaitForAssertion(() => Assert.Contains("第 1 页：缺少说明文字", zh.Find("[data-testid=stories-message]").TextContent, StringComparison.Ordinal));
        var en = Render("/stories?lang=en");
        Upload(en, "{ not json");
        en.WaitForAssertion(() => Assert.Contains("story.json: This is not a valid story JSON file (not valid story JSON at line 1",
            en.Find("[data-testid=stories-message]").TextContent, StringComparison.Ordinal));
        Assert.Equal(before, (await fixture.Stories.ListAsync(CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Importing_a_valid_file_lists_the_story_and_deleting_asks_first()
    {
        var name = $"Imported {Guid.NewGuid():N}";
        var page = Render("/stories?lang=en");

        Upload(page, $$"""{ "name": "{{name}}", "slides": [ { "path": "/coupling", "query": "year=2020", "captionZh": "耦合", "captionEn": "Coupling" } ] }""");

        page.WaitForAssertion(() => Assert.Contains($"Imported the story “{name}” with 1 slides.", page.Find("[data-testid=stories-message]").TextContent,
            StringComparison.Ordinal));
        var id = (await fixture.Stories.ListAsync(CancellationToken.None)).Single(s => s.Name == name).Id;
        Assert.Equal($"/present?story={id}&slide=1&lang=en", page.Find($"[data-testid=present-story-{id}]").GetAttribute("href"));

        page.Find($"[data-testid=delete-story-{id}]").Click();
        Assert.NotNull(await fixture.Stories.GetAsync(id, CancellationToken.None));
        await page.Find($"[data-testid=confirm-delete-story-{id}]").ClickAsync(new());
        page.WaitForAssertion(() => Assert.Empty(page.FindAll($"[data-testid=story-row-{id}]")));
        Assert.Null(await fixture.Stories.GetAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task Creating_a_story_opens_its_editor()
    {
        var name = $"New {Guid.NewGuid():N}";
        var page = Render("/stories?lang=en");

        page.Find("input[data-testid=new-story-name], [data-testid=new-story-name] input").Input(name);
        await page.Find("[data-testid=create-story]").ClickAsync(new());

        var id = (await fixture.Stories.ListAsync(CancellationToken.None)).Single(s => s.Name == name).Id;
        Assert.Equal($"http://localhost/stories/{id}?lang=en", _host.Navigation.Uri);
    }
}
