using AggloDashboard.Data.Store;
using AggloDashboard.Data.Stories;
using AggloDashboard.Data.Tests.Store;

namespace AggloDashboard.Data.Tests.Stories;

public sealed class StoryUndoTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static async Task<Story> StoryAsync(StoryStore stories, string name)
    {
        var story = await stories.CreateAsync(TemporaryStore.Editor, name, Ct);
        await stories.AddSlideAsync(TemporaryStore.Editor, story.Id, "/map", "year=2020", "地图", "Map", Ct);
        await stories.AddSlideAsync(TemporaryStore.Editor, story.Id, "/trends", "metric=innov.d", "趋势", "Trends", Ct);
        return (await stories.GetAsync(story.Id, Ct))!;
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task A_deleted_story_is_listed_as_recently_deleted_and_restoring_brings_back_its_slides(StoreProvider provider)
    {
        var clock = new ManualClock(Start);
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider, clock: clock);
        var stories = temporary.Stories;
        var story = await StoryAsync(stories, "Findings");

        clock.Now = Start.AddHours(1);
        await stories.DeleteAsync(TemporaryStore.Editor, story.Id, Ct);

        Assert.Empty(await stories.ListAsync(Ct));
        Assert.Null(await stories.GetAsync(story.Id, Ct));
        var deleted = Assert.Single(await stories.ListDeletedAsync(Ct));
        Assert.Equal(new DeletedStorySummary(story.Id, "Findings", 2, Start.AddHours(1), Start.AddHours(1).AddDays(30)), deleted);
        Assert.Equal(StoryProblem.NotFound, (await Assert.ThrowsAsync<StoryProblemException>(
            () => stories.UpdateCaptionsAsync(TemporaryStore.Editor, story.Slides[0].Id, "改", "Changed", Ct))).Problem);

        await stories.RestoreAsync(TemporaryStore.Editor, story.Id, Ct);

        Assert.Empty(await stories.ListDeletedAsync(Ct));
        var restored = (await stories.GetAsync(story.Id, Ct))!;
        Assert.Equal(story.Name, restored.Name);
        Assert.Equal(story.Slides.Select(s => (s.Id, s.Path, s.Query, s.CaptionZh, s.CaptionEn, s.Position)),
            restored.Slides.Select(s => (s.Id, s.Path, s.Query, s.CaptionZh, s.CaptionEn, s.Position)));
        Assert.Equal(StoryProblem.NotFound, (await Assert.ThrowsAsync<StoryProblemException>(
            () => stories.RestoreAsync(TemporaryStore.Editor, story.Id, Ct))).Problem);
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task A_story_deleted_more_than_30_days_ago_is_purged_with_its_slides(StoreProvider provider)
    {
        var clock = new ManualClock(Start);
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider, clock: clock);
        var stories = temporary.Stories;
        var old = await StoryAsync(stories, "Old");
        var recent = await StoryAsync(stories, "Recent");
        await stories.DeleteAsync(TemporaryStore.Editor, old.Id, Ct);
        clock.Now = Start.AddDays(10);
        await stories.DeleteAsync(TemporaryStore.Editor, recent.Id, Ct);

        clock.Now = Start.AddDays(30);
        Assert.Equal(["Recent", "Old"], (await stories.ListDeletedAsync(Ct)).Select(s => s.Name));

        clock.Now = Start.AddDays(30).AddSeconds(1);
        Assert.Equal(["Recent"], (await stories.ListDeletedAsync(Ct)).Select(s => s.Name));
        Assert.Equal(StoryProblem.NotFound, (await Assert.ThrowsAsync<StoryProblemException>(
            () => stories.RestoreAsync(TemporaryStore.Editor, old.Id, Ct))).Problem);

        await using var context = temporary.CreateContext();
        Assert.Empty(context.Stories.Where(s => s.Id == old.Id));
        Assert.Empty(context.StorySlides.Where(s => s.StoryId == old.Id));
        Assert.Equal(2, context.StorySlides.Count(s => s.StoryId == recent.Id));
        var purge = context.AuditLog.Single(e => e.Action == AuditActions.StoryPurge);
        Assert.Equal(("system", $"story {old.Id} “Old”, deleted 2026-03-01"), (purge.UserName, purge.Detail));
    }
}
