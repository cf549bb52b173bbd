using AggloDashboard.Data.Store;
using AggloDashboard.Data.Stories;
using AggloDashboard.Data.Tests.Boundaries;
using AggloDashboard.Data.Tests.Store;

namespace AggloDashboard.Data.Tests.Stories;

public sealed class StoryStoreTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private static async Task<(StoryStore Stories, Story Story)> StoryWithSlidesAsync(TemporaryStore temporary, params string[] paths)
    {
        var story = await temporary.Stories.CreateAsync(TemporaryStore.Editor, "  Findings  ", Ct);
        foreach (var path in paths)
        {
            await temporary.Stories.AddSlideAsync(TemporaryStore.Editor, story.Id, path, "?year=2020", "说明 " + path, "About " + path, Ct);
        }

        return (temporary.Stories, story);
    }

    private static async Task<string[]> PathsAsync(StoryStore stories, int storyId) =>
        (await stories.GetAsync(storyId, Ct))!.Slides.Select(s => s.Path).ToArray();

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task Creates_lists_renames_and_deletes_stories(StoreProvider provider)
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider);
        var (stories, story) = await StoryWithSlidesAsync(temporary, "/map", "/trends");

        var listed = Assert.Single(await stories.ListAsync(Ct));
        Assert.Equal(("Findings", 2), (listed.Name, listed.SlideCount));

        await stories.RenameAsync(TemporaryStore.Editor, story.Id, "Main findings", Ct);
        Assert.Equal("Main findings", (await stories.GetAsync(story.Id, Ct))!.Name);

        await stories.DeleteAsync(TemporaryStore.Editor, story.Id, Ct);
        Assert.Empty(await stories.ListAsync(Ct));
        Assert.Null(await stories.GetAsync(story.Id, Ct));
        // Kept, with its slides, to be restored (StoryUndoTests).
        await using var context = temporary.CreateContext();
        Assert.Equal(2, context.StorySlides.Count(s => s.StoryId == story.Id));
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task Slides_keep_their_view_and_captions_in_the_order_they_were_added(StoreProvider provider)
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider);
        var (stories, story) = await StoryWithSlidesAsync(temporary, "/map", "/coupling", "/city/220100");

        var slides = (await stories.GetAsync(story.Id, Ct))!.Slides;
        Assert.Equal(["/map", "/coupling", "/city/220100"], slides.Select(s => s.Path));
        Assert.Equal([0, 1, 2], slides.Select(s => s.Position));
        Assert.All(slides, s => Assert.Equal("year=2020", s.Query));
        Assert.Equal(("说明 /map", "About /map"), (slides[0].CaptionZh, slides[0].CaptionEn));
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task Moving_a_slide_swaps_it_with_its_neighbour_and_stops_at_the_ends(StoreProvider provider)
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider);
        var (stories, story) = await StoryWithSlidesAsync(temporary, "/map", "/trends", "/coupling");
        var slides = (await stories.GetAsync(story.Id, Ct))!.Slides;

        await stories.MoveSlideAsync(TemporaryStore.Editor, slides[2].Id, -1, Ct);
        Assert.Equal(["/map", "/coupling", "/trends"], await PathsAsync(stories, story.Id));

        await stories.MoveSlideAsync(TemporaryStore.Editor, slides[0].Id, +1, Ct);
        Assert.Equal(["/coupling", "/map", "/trends"], await PathsAsync(stories, story.Id));

        await stories.MoveSlideAsync(TemporaryStore.Editor, slides[1].Id, +1, Ct);
        await stories.MoveSlideAsync(TemporaryStore.Editor, slides[2].Id, -1, Ct);
        Assert.Equal(["/coupling", "/map", "/trends"], await PathsAsync(stories, story.Id));
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task Deleting_a_slide_closes_the_gap_and_new_slides_go_last(StoreProvider provider)
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider);
        var (stories, story) = await StoryWithSlidesAsync(temporary, "/map", "/trends", "/coupling");
        var slides = (await stories.GetAsync(story.Id, Ct))!.Slides;

        await stories.DeleteSlideAsync(TemporaryStore.Editor, slides[1].Id, Ct);
        await stories.AddSlideAsync(TemporaryStore.Editor, story.Id, "/spatial", "", "空间", "Spatial", Ct);

        var after = (await stories.GetAsync(story.Id, Ct))!.Slides;
        Assert.Equal(["/map", "/coupling", "/spatial"], after.Select(s => s.Path));
        Assert.Equal([0, 1, 2], after.Select(s => s.Position));
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task Captions_are_edited_trimmed_and_may_not_be_emptied(StoreProvider provider)
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider);
        var (stories, story) = await StoryWithSlidesAsync(temporary, "/map");
        var slide = (await stories.GetAsync(story.Id, Ct))!.Slides[0];

        await stories.UpdateCaptionsAsync(TemporaryStore.Editor, slide.Id, " 新说明 ", "New caption ", Ct);
        var problem = await Assert.ThrowsAsync<StoryProblemException>(() => stories.UpdateCaptionsAsync(TemporaryStore.Editor, slide.Id, "新说明", "  ", Ct));

        Assert.Equal(StoryProblem.MissingCaption, problem.Problem);
        var stored = (await stories.GetAsync(story.Id, Ct))!.Slides[0];
        Assert.Equal(("新说明", "New caption"), (stored.CaptionZh, stored.CaptionEn));
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task Refuses_an_unknown_page_an_empty_name_and_a_missing_story(StoreProvider provider)
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider);
        var (stories, story) = await StoryWithSlidesAsync(temporary);

        Assert.Equal(StoryProblem.UnknownPage, (await Assert.ThrowsAsync<StoryProblemException>(
            () => stories.AddSlideAsync(TemporaryStore.Editor, story.Id, "/import", "", "导入", "Import", Ct))).Problem);
        Assert.Equal(StoryProblem.MissingName, (await Assert.ThrowsAsync<StoryProblemException>(
            () => stories.RenameAsync(TemporaryStore.Editor, story.Id, " ", Ct))).Problem);
        Assert.Equal(StoryProblem.NotFound, (await Assert.ThrowsAsync<StoryProblemException>(
            () => stories.AddSlideAsync(TemporaryStore.Editor, story.Id + 1, "/map", "", "地图", "Map", Ct))).Problem);
        Assert.Empty(await PathsAsync(stories, story.Id));
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task The_example_story_is_seeded_once_and_only_into_an_empty_store(StoreProvider provider)
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider);
        var example = Path.Combine(RepositoryRoot.Path, "seed-data", "stories", "example-story.json");

        Assert.True(await temporary.Stories.SeedIfEmptyAsync(example, Ct));
        Assert.False(await temporary.Stories.SeedIfEmptyAsync(example, Ct));

        var seeded = Assert.Single(await temporary.Stories.ListAsync(Ct));
        var story = (await temporary.Stories.GetAsync(seeded.Id, Ct))!;
        Assert.Equal(["/map", "/trends", "/coupling", "/disparities"], story.Slides.Select(s => s.Path));
        Assert.Contains("lq.producer_services", story.Slides[0].Query, StringComparison.Ordinal);
        Assert.All(story.Slides, s => Assert.Contains("示例数据", s.CaptionZh, StringComparison.Ordinal));
        Assert.All(story.Slides, s => Assert.Contains("Illustrative data", s.CaptionEn, StringComparison.Ordinal));
    }
}
