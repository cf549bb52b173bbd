using Microsoft.AspNetCore.Components.Forms;

namespace AggloDashboard.Web.Tests.Stories;

[Collection(DashboardCollection.Name)]
public sealed class StoriesPageTests(DashboardFixture fixture) : IAsyncLifetime
{
    private readonly BunitHost _host = new(fixture);

    public Task InitializeAsync()
    {
        _host.SignInEditor();
        return Task.CompletedTask;
    }

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

    [Fact]
    public async Task A_deleted_story_is_listed_as_recently_deleted_until_restored_with_its_slides()
    {
        var name = $"Undo {Guid.NewGuid():N}";
        var story = await fixture.Stories.CreateAsync(DashboardFixture.Editor, name, CancellationToken.None);
        await fixture.Stories.AddSlideAsync(DashboardFixture.Editor, story.Id, "/map", "year=2020", "地图", "Map", CancellationToken.None);
        await fixture.Stories.AddSlideAsync(DashboardFixture.Editor, story.Id, "/trends", "", "趋势", "Trends", CancellationToken.None);
        var page = Render("/stories?lang=en");

        page.Find($"[data-testid=delete-story-{story.Id}]").Click();
        await page.Find($"[data-testid=confirm-delete-story-{story.Id}]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Empty(page.FindAll($"[data-testid=story-row-{story.Id}]")));
        Assert.Contains($"Deleted the story “{name}”; you can restore it from “Recently deleted” for 30 days.",
            page.Find("[data-testid=stories-message]").TextContent, StringComparison.Ordinal);
        var row = page.Find($"[data-testid=deleted-story-row-{story.Id}]");
        Assert.Contains(name, row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Recently deleted", page.Markup, StringComparison.Ordinal);

        await page.Find($"[data-testid=restore-story-{story.Id}]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Single(page.FindAll($"[data-testid=story-row-{story.Id}]")));
        Assert.Empty(page.FindAll($"[data-testid=deleted-story-row-{story.Id}]"));
        Assert.Contains($"Restored the story “{name}”.", page.Find("[data-testid=stories-message]").TextContent, StringComparison.Ordinal);
        Assert.Equal(["/map", "/trends"], (await fixture.Stories.GetAsync(story.Id, CancellationToken.None))!.Slides.Select(s => s.Path));
    }

    [Fact]
    public async Task An_anonymous_visitor_sees_no_edit_controls_and_is_told_why()
    {
        var story = await fixture.Stories.CreateAsync(DashboardFixture.Editor, $"Read only {Guid.NewGuid():N}", CancellationToken.None);
        await fixture.Stories.AddSlideAsync(DashboardFixture.Editor, story.Id, "/map", "", "地图", "Map", CancellationToken.None);
        var deleted = await fixture.Stories.CreateAsync(DashboardFixture.Editor, $"Gone {Guid.NewGuid():N}", CancellationToken.None);
        await fixture.Stories.DeleteAsync(DashboardFixture.Editor, deleted.Id, CancellationToken.None);
        _host.Authorization.SetNotAuthorized();

        var en = Render("/stories?lang=en");

        Assert.Equal("Sign in to create, change, delete, import or restore stories; you can view and present them without signing in.",
            en.Find("[data-testid=stories-read-only]").TextContent.Trim());
        Assert.Empty(en.FindAll("[data-testid=create-story], [data-testid=story-import], [data-testid=deleted-stories]"));
        Assert.Empty(en.FindAll($"[data-testid=delete-story-{story.Id}]"));
        Assert.Single(en.FindAll($"[data-testid=present-story-{story.Id}]"));
        var zh = Render("/stories");
        Assert.StartsWith("登录后才能新建、修改、删除、导入或恢复故事", zh.Find("[data-testid=stories-read-only]").TextContent.Trim(), StringComparison.Ordinal);

        _host.Navigation.NavigateTo($"/stories/{story.Id}?lang=en");
        var editor = _host.Context.Render<Components.Pages.StoryEditor>(p => p.Add(e => e.Id, story.Id));
        Assert.Single(editor.FindAll("[data-testid=story-read-only]"));
        Assert.Empty(editor.FindAll("[data-testid=rename-story], [data-testid=slide-up-1], [data-testid=slide-down-1], [data-testid=slide-delete-1]"));
        Assert.Single(editor.FindAll("[data-testid=slide-present-1]"));

        _host.Navigation.NavigateTo("/map?year=2012&lang=en");
        var button = _host.Context.Render<Components.Shared.SaveViewButton>(p => p.Add(b => b.Lang, Lang.En));
        Assert.Empty(button.FindAll("[data-testid=save-view]"));
        Assert.Single(button.FindAll("[data-testid=present-view]"));
    }

    [Fact]
    public async Task Under_admins_only_a_signed_in_viewer_is_told_that_only_administrators_edit_and_an_administrator_edits()
    {
        var story = await fixture.Stories.CreateAsync(DashboardFixture.Editor, $"Admins {Guid.NewGuid():N}", CancellationToken.None);
        await using var host = new BunitHost(fixture, fixture.StoriesEditableBy(AggloDashboard.Data.Stories.StoriesEditableBy.Admins));
        host.SignInEditor();
        host.Navigation.NavigateTo("/stories?lang=en");

        var viewer = host.Context.Render<Components.Pages.Stories>();

        Assert.Equal("Only administrators may create, change, delete, import or restore stories; you can view and present them.",
            viewer.Find("[data-testid=stories-read-only]").TextContent.Trim());
        Assert.Empty(viewer.FindAll($"[data-testid=delete-story-{story.Id}], [data-testid=create-story]"));

        host.Authorization.SetAuthorized("admin").SetRoles(AggloDashboard.Web.Auth.DashboardAuth.AdministratorRole);
        var admin = host.Context.Render<Components.Pages.Stories>();

        Assert.Empty(admin.FindAll("[data-testid=stories-read-only]"));
        Assert.Single(admin.FindAll($"[data-testid=delete-story-{story.Id}]"));
    }
}
