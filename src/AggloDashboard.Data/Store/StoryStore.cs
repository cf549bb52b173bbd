using AggloDashboard.Data.Stories;
using Microsoft.EntityFrameworkCore;

namespace AggloDashboard.Data.Store;

/// <summary>A story's place in the list: enough to show, open or present it.</summary>
public sealed record StorySummary(int Id, string Name, int SlideCount, DateTimeOffset CreatedAt);

/// <summary>A deleted story still kept: restorable until <paramref name="PurgedAfter"/>.</summary>
public sealed record DeletedStorySummary(int Id, string Name, int SlideCount, DateTimeOffset DeletedAt, DateTimeOffset PurgedAfter);

/// <summary>
/// The stories in the SQLite file, one short-lived context per operation. Every change is allowed by
/// <see cref="StoryAccess"/> and checked by <see cref="StoryRules"/> first, then written with its audit entry in one
/// transaction, so a refused change writes nothing and every change names who made it. Deleting keeps the story,
/// restorable, for <see cref="KeptAfterDeletion"/>.
/// </summary>
public sealed class StoryStore(IDbContextFactory<AggloDbContext> contextFactory, StoryAccess access, TimeProvider clock)
{
    public static readonly TimeSpan KeptAfterDeletion = TimeSpan.FromDays(30);

    public StoryAccess Access => access;

    /// <summary>The stories not deleted, newest first.</summary>
    public async Task<IReadOnlyList<StorySummary>> ListAsync(CancellationToken ct)
    {
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        var stories = await context.Stories.AsNoTracking().Where(s => s.DeletedAt == null)
            .Select(s => new StorySummary(s.Id, s.Name, s.Slides.Count, s.CreatedAt))
            .ToListAsync(ct);
        return stories.OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).ToArray();
    }

    /// <summary>The deleted stories still kept, most recently deleted first; those kept longer than <see cref="KeptAfterDeletion"/> are purged first.</summary>
    public async Task<IReadOnlyList<DeletedStorySummary>> ListDeletedAsync(CancellationToken ct)
    {
        await PurgeExpiredAsync(ct);
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        var stories = await context.Stories.AsNoTracking().Where(s => s.DeletedAt != null)
            .Select(s => new { s.Id, s.Name, Slides = s.Slides.Count, s.DeletedAt })
            .ToListAsync(ct);
        return stories
            .Select(s => new DeletedStorySummary(s.Id, s.Name, s.Slides, s.DeletedAt!.Value, s.DeletedAt.Value + KeptAfterDeletion))
            .OrderByDescending(s => s.DeletedAt).ThenByDescending(s => s.Id).ToArray();
    }

    /// <summary>Removes for good, with their slides, the stories deleted more than <see cref="KeptAfterDeletion"/> ago.</summary>
    /// <returns>How many were removed.</returns>
    public async Task<int> PurgeExpiredAsync(CancellationToken ct)
    {
        DateTimeOffset? cutoff = clock.GetUtcNow() - KeptAfterDeletion;
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        var expired = await context.Stories.Where(s => s.DeletedAt != null && s.DeletedAt < cutoff).ToListAsync(ct);
        if (expired.Count == 0)
            return 0;

        context.Stories.RemoveRange(expired);
        await SaveAsync(context, StoryActor.System, AuditActions.StoryPurge,
            () => string.Join("; ", expired.Select(s => $"{Named(s)}, deleted {s.DeletedAt:yyyy-MM-dd}")), ct);
        return expired.Count;
    }

    /// <summary>The story with its slides in order, or null when there is none or it is deleted.</summary>
    public async Task<Story?> GetAsync(int storyId, CancellationToken ct)
    {
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        var story = await context.Stories.AsNoTracking().Include(s => s.Slides)
            .SingleOrDefaultAsync(s => s.Id == storyId && s.DeletedAt == null, ct);
        story?.Slides.Sort((a, b) => a.Position.CompareTo(b.Position));
        return story;
    }

    public async Task<Story> CreateAsync(StoryActor editor, string name, CancellationToken ct)
    {
        access.Demand(editor);
        var story = new Story { Name = StoryRules.Name(name), CreatedAt = clock.GetUtcNow() };
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        context.Stories.Add(story);
        await SaveAsync(context, editor, AuditActions.StoryCreate, () => Named(story), ct);
        return story;
    }

    public async Task RenameAsync(StoryActor editor, int storyId, string name, CancellationToken ct)
    {
        access.Demand(editor);
        var trimmed = StoryRules.Name(name);
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        var story = await FindStoryAsync(context, storyId, ct);
        var before = story.Name;
        story.Name = trimmed;
        await SaveAsync(context, editor, AuditActions.StoryRename, () => $"story {storyId} “{before}” → “{trimmed}”", ct);
    }

    /// <summary>Deletes the story; it stays restorable with its slides for <see cref="KeptAfterDeletion"/>.</summary>
    public async Task DeleteAsync(StoryActor editor, int storyId, CancellationToken ct)
    {
        access.Demand(editor);
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        var story = await FindStoryAsync(context, storyId, ct);
        story.DeletedAt = clock.GetUtcNow();
        var slides = await context.StorySlides.CountAsync(s => s.StoryId == storyId, ct);
        await SaveAsync(context, editor, AuditActions.StoryDelete, () => $"{Named(story)}, {slides} slides", ct);
    }

    /// <summary>Brings back a deleted story, with its slides, not yet purged.</summary>
    public async Task RestoreAsync(StoryActor editor, int storyId, CancellationToken ct)
    {
        access.Demand(editor);
        await PurgeExpiredAsync(ct);
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        var story = await context.Stories.SingleOrDefaultAsync(s => s.Id == storyId && s.DeletedAt != null, ct)
                    ?? throw new StoryProblemException(StoryProblem.NotFound, null, $"no deleted story has id {storyId}");
        story.DeletedAt = null;
        await SaveAsync(context, editor, AuditActions.StoryRestore, () => Named(story), ct);
    }

    /// <summary>Appends a view as the story's last slide.</summary>
    public async Task<StorySlide> AddSlideAsync(StoryActor editor, int storyId, string path, string query, string captionZh, string captionEn,
        CancellationToken ct)
    {
        access.Demand(editor);
        var (p, q) = StoryRules.View(path, query, null);
        var slide = new StorySlide
        {
            StoryId = storyId,
            Path = p,
            Query = q,
            CaptionZh = StoryRules.Caption(captionZh, "Chinese", null),
            CaptionEn = StoryRules.Caption(captionEn, "English", null),
        };
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        await FindStoryAsync(context, storyId, ct);
        var count = await context.StorySlides.CountAsync(s => s.StoryId == storyId, ct);
        if (count >= StoryLimits.MaxSlides)
            throw new StoryProblemException(StoryProblem.TooManySlides, null, $"a story holds at most {StoryLimits.MaxSlides} slides");
        slide.Position = count;
        context.StorySlides.Add(slide);
        await SaveAsync(context, editor, AuditActions.StoryAddSlide, () => $"story {storyId}: slide {count + 1} {View(slide)}", ct);
        return slide;
    }

    public async Task UpdateCaptionsAsync(StoryActor editor, int slideId, string captionZh, string captionEn, CancellationToken ct)
    {
        access.Demand(editor);
        var zh = StoryRules.Caption(captionZh, "Chinese", null);
        var en = StoryRules.Caption(captionEn, "English", null);
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        var slide = await FindSlideAsync(context, slideId, ct);
        slide.CaptionZh = zh;
        slide.CaptionEn = en;
        await SaveAsync(context, editor, AuditActions.StoryCaption, () => $"story {slide.StoryId}: slide {slide.Position + 1} {View(slide)}", ct);
    }

    /// <summary>Swaps the slide with its neighbour before (<paramref name="offset"/> -1) or after (+1); at either end nothing changes.</summary>
    public async Task MoveSlideAsync(StoryActor editor, int slideId, int offset, CancellationToken ct)
    {
        access.Demand(editor);
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        var slide = await FindSlideAsync(context, slideId, ct);
        var slides = await context.StorySlides.Where(s => s.StoryId == slide.StoryId).OrderBy(s => s.Position).ToListAsync(ct);
        var from = slides.FindIndex(s => s.Id == slideId);
        var to = from + Math.Sign(offset);
        if (to < 0 || to >= slides.Count)
            return;

        (slides[from], slides[to]) = (slides[to], slides[from]);
        Renumber(slides);
        await SaveAsync(context, editor, AuditActions.StoryReorder, () => $"story {slide.StoryId}: slide {from + 1} → {to + 1} {View(slide)}", ct);
    }

    public async Task DeleteSlideAsync(StoryActor editor, int slideId, CancellationToken ct)
    {
        access.Demand(editor);
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        var slide = await FindSlideAsync(context, slideId, ct);
        var rest = await context.StorySlides.Where(s => s.StoryId == slide.StoryId && s.Id != slideId).OrderBy(s => s.Position).ToListAsync(ct);
        var position = slide.Position;
        context.StorySlides.Remove(slide);
        Renumber(rest);
        await SaveAsync(context, editor, AuditActions.StoryDeleteSlide,
            () => $"story {slide.StoryId}: slide {position + 1} {View(slide)} “{slide.CaptionEn}”", ct);
    }

    public async Task<string> ExportJsonAsync(int storyId, CancellationToken ct) =>
        StoryJson.Write(await GetAsync(storyId, ct) ?? throw NotFound(storyId));

    /// <summary>Adds the story in the file as a new story, or nothing when the file has any problem.</summary>
    /// <exception cref="StoryProblemException">What is wrong with the file, or that <paramref name="editor"/> may not add stories.</exception>
    public async Task<Story> ImportJsonAsync(StoryActor editor, string json, CancellationToken ct)
    {
        access.Demand(editor);
        var story = StoryJson.Read(json);
        story.CreatedAt = clock.GetUtcNow();
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        context.Stories.Add(story);
        await SaveAsync(context, editor, AuditActions.StoryImport, () => $"{Named(story)}, {story.Slides.Count} slides", ct);
        return story;
    }

    /// <summary>Imports the example story when there is no story at all, deleted ones included (first start).</summary>
    /// <returns>Whether it was imported.</returns>
    public async Task<bool> SeedIfEmptyAsync(string jsonPath, CancellationToken ct)
    {
        await using (var context = await contextFactory.CreateDbContextAsync(ct))
        {
            if (await context.Stories.AnyAsync(ct))
                return false;
        }

        await ImportJsonAsync(StoryActor.System, await File.ReadAllTextAsync(jsonPath, ct), ct);
        return true;
    }

    /// <summary>Writes the change, then its audit entry (whose text may need the ids the change was given), in one transaction.</summary>
    private async Task SaveAsync(AggloDbContext context, StoryActor editor, string action, Func<string> detail, CancellationToken ct)
    {
        await using var transaction = await context.Database.BeginTransactionAsync(ct);
        await context.SaveChangesAsync(ct);
        context.AuditLog.Add(new AuditEntry { At = clock.GetUtcNow(), UserName = editor.AuditName, Action = action, Detail = detail() });
        await context.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private static string Named(Story story) => $"story {story.Id} “{story.Name}”";

    private static string View(StorySlide slide) => slide.Query.Length == 0 ? slide.Path : $"{slide.Path}?{slide.Query}";

    private static void Renumber(List<StorySlide> slides)
    {
        for (var i = 0; i < slides.Count; i++)
        {
            slides[i].Position = i;
        }
    }

    private static async Task<Story> FindStoryAsync(AggloDbContext context, int storyId, CancellationToken ct) =>
        await context.Stories.SingleOrDefaultAsync(s => s.Id == storyId && s.DeletedAt == null, ct) ?? throw NotFound(storyId);

    private static async Task<StorySlide> FindSlideAsync(AggloDbContext context, int slideId, CancellationToken ct) =>
        await context.StorySlides
            .SingleOrDefaultAsync(s => s.Id == slideId && context.Stories.Any(story => story.Id == s.StoryId && story.DeletedAt == null), ct)
        ?? throw new StoryProblemException(StoryProblem.NotFound, null, $"no slide has id {slideId}");

    private static StoryProblemException NotFound(int storyId) => new(StoryProblem.NotFound, null, $"no story has id {storyId}");
}
