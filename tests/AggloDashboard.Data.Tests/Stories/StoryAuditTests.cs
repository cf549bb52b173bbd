using AggloDashboard.Data.Store;
using AggloDashboard.Data.Tests.Store;
using Microsoft.EntityFrameworkCore;

namespace AggloDashboard.Data.Tests.Stories;

public sealed class StoryAuditTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private static async Task<AuditEntry[]> AuditAsync(TemporaryStore temporary)
    {
        await using var context = temporary.CreateContext();
        return await context.AuditLog.AsNoTracking().OrderBy(e => e.Id).ToArrayAsync(Ct);
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task Every_change_to_a_story_is_written_to_the_audit_log_with_who_and_when(StoreProvider provider)
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider, clock: clock);
        var stories = temporary.Stories;
        var editor = TemporaryStore.Editor;

        var story = await stories.CreateAsync(editor, "Findings", Ct);
        await stories.RenameAsync(editor, story.Id, "Main findings", Ct);
        var first = await stories.AddSlideAsync(editor, story.Id, "/map", "year=2020", "地图", "Map", Ct);
        var second = await stories.AddSlideAsync(editor, story.Id, "/trends", "", "趋势", "Trends", Ct);
        await stories.UpdateCaptionsAsync(editor, first.Id, "地图 2020", "Map 2020", Ct);
        await stories.MoveSlideAsync(editor, second.Id, -1, Ct);
        await stories.DeleteSlideAsync(editor, first.Id, Ct);
        await stories.DeleteAsync(editor, story.Id, Ct);
        await stories.RestoreAsync(editor, story.Id, Ct);
        var imported = await stories.ImportJsonAsync(editor,
            """{ "name": "Imported", "slides": [ { "path": "/coupling", "captionZh": "耦合", "captionEn": "Coupling" } ] }""", Ct);

        var audit = await AuditAsync(temporary);
        Assert.Equal(
        [
            AuditActions.StoryCreate, AuditActions.StoryRename, AuditActions.StoryAddSlide, AuditActions.StoryAddSlide,
            AuditActions.StoryCaption, AuditActions.StoryReorder, AuditActions.StoryDeleteSlide, AuditActions.StoryDelete,
            AuditActions.StoryRestore, AuditActions.StoryImport,
        ], audit.Select(e => e.Action));
        Assert.All(audit, e => Assert.Equal(("tester", clock.Now, (int?)null), (e.UserName, e.At, e.VersionId)));
        Assert.Equal($"story {story.Id} “Findings”", audit[0].Detail);
        Assert.Equal($"story {story.Id} “Findings” → “Main findings”", audit[1].Detail);
        Assert.Equal($"story {story.Id}: slide 1 /map?year=2020", audit[4].Detail);
        Assert.Equal($"story {story.Id}: slide 2 → 1 /trends", audit[5].Detail);
        Assert.Equal($"story {story.Id}: slide 2 /map?year=2020 “Map 2020”", audit[6].Detail);
        Assert.Equal($"story {story.Id} “Main findings”, 1 slides", audit[7].Detail);
        Assert.Equal($"story {imported.Id} “Imported”, 1 slides", audit[9].Detail);
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task An_anonymous_change_allowed_to_everyone_is_recorded_as_anonymous(StoreProvider provider)
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider, new Data.Stories.StoryAccess(Data.Stories.StoriesEditableBy.Everyone));

        await temporary.Stories.CreateAsync(Data.Stories.StoryActor.Anonymous, "Open", Ct);

        var entry = Assert.Single(await AuditAsync(temporary));
        Assert.Equal(("anonymous", AuditActions.StoryCreate), (entry.UserName, entry.Action));
    }
}

/// <summary>A clock the test moves by hand.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
