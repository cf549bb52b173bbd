using AggloDashboard.Data.Stories;
using Microsoft.EntityFrameworkCore;

namespace AggloDashboard.Data.Store;

/// <summary>A story's place in the list: enough to show, open or present it.</summary>
public sealed record StorySummary(int Id, string Name, int SlideCount, DateTimeOffset CreatedAt);

/// <summary>
/// The stories in the SQLite file, one short-lived context per operation. Every change is checked by
/// <see cref="StoryRules"/> first and written in one SaveChanges, so a refused change writes nothing.
/// </summary>
public sealed class StoryStore(IDbContextFactory<AggloDbContext> contextFactory)
{
    /// <summary>Newest first.</summary>
    public async Task<IReadOnlyList<StorySummary>> ListAsync(CancellationToken ct)
    {
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        var stories = await context.Stories.AsNoTracking()
            .Select(s => new StorySummary(s.Id, s.Name, s.Slides.Count, s.CreatedAt))
            .ToListAsync(ct);
        return stories.OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).ToArray();
    }

    /// <summary>The story with its slides in order, or null.</summary>
    public async Task<Story?> GetAsync(int storyId, CancellationToken ct)
    {
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        var story = await context.Stories.AsNoTracking().Include(s => s.Slides).SingleOrDefaultAsync(s => s.Id == storyId, ct);
        story?.Slides.Sort((a, b) => a.Position.CompareTo(b.Position));
        return story;
    }

    public async Task<Story> CreateAsync(string name, CancellationToken ct)
    {
        var story = new Story { Name = StoryRules.Name(name), CreatedAt = DateTimeOffset.UtcNow };
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        context.Stories.Add(story);
        await context.SaveChangesAsync(ct);
        return story;
    }

    public async Task RenameAsync(int storyId, string name, CancellationToken ct)
    {
        var trimmed = StoryRules.Name(name);
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        var story = await FindStoryAsync(context, storyId, ct);
        story.Name = trimmed;
        await context.SaveChangesAsync(ct);
    }

    public async Task DeleteAsync(int storyId, CancellationToken ct)
    {
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        context.Stories.Remove(await FindStoryAsync(context, storyId, ct));
        await context.SaveChangesAsync(ct);
    }

    /// <summary>Appends a view as the story's last slide.</summary>
    public async Task<StorySlide> AddSlideAsync(int storyId, string path, string query, string captionZh, string captionEn,
        CancellationToken ct)
    {
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
        await context.SaveChangesAsync(ct);
        return slide;
    }

    public async Task UpdateCaptionsAsync(int slideId, string captionZh, string captionEn, CancellationToken ct)
    {
        var zh = StoryRules.Caption(captionZh, "Chinese", null);
        var en = StoryRules.Caption(captionEn, "English", null);
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        var slide = await FindSlideAsync(context, slideId, ct);
        slide.CaptionZh = zh;
        slide.CaptionEn = en;
        await context.SaveChangesAsync(ct);
    }

    /// <summary>Swaps the slide with its neighbour before (<paramref name="offset"/> -1) or after (+1); at either end nothing changes.</summary>
    public async Task MoveSlideAsync(int slideId, int offset, CancellationToken ct)
    {
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        var slide = await FindSlideAsync(context, slideId, ct);
        var slides = await context.StorySlides.Where(s => s.StoryId == slide.StoryId).OrderBy(s => s.Position).ToListAsync(ct);
        var from = slides.FindIndex(s => s.Id == slideId);
        var to = from + Math.Sign(offset);
        if (to < 0 || to >= slides.Count)
            return;

        (slides[from], slides[to]) = (slides[to], slides[from]);
        Renumber(slides);
        await context.SaveChangesAsync(ct);
    }

    public async Task DeleteSlideAsync(int slideId, CancellationToken ct)
    {
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        var slide = await FindSlideAsync(context, slideId, ct);
        var rest = await context.StorySlides.Where(s => s.StoryId == slide.StoryId && s.Id != slideId).OrderBy(s => s.Position).ToListAsync(ct);
        context.StorySlides.Remove(slide);
        Renumber(rest);
        await context.SaveChangesAsync(ct);
    }

    public async Task<string> ExportJsonAsync(int storyId, CancellationToken ct) =>
        StoryJson.Write(await GetAsync(storyId, ct) ?? throw NotFound(storyId));

    /// <summary>Adds the story in the file as a new story, or nothing when the file has any problem.</summary>
    /// <exception cref="StoryProblemException">What is wrong with the file.</exception>
    public async Task<Story> ImportJsonAsync(string json, CancellationToken ct)
    {
        var story = StoryJson.Read(json);
        await using var context = await contextFactory.CreateDbContextAsync(ct);
        context.Stories.Add(story);
        await context.SaveChangesAsync(ct);
        return story;
    }

    /// <summary>Imports the example story when there is no story at all (first start).</summary>
    /// <returns>Whether it was imported.</returns>
    public async Task<bool> SeedIfEmptyAsync(string jsonPath, CancellationToken ct)
    {
        await using (var context = await contextFactory.CreateDbContextAsync(ct))
        {
            if (await context.Stories.AnyAsync(ct))
                return false;
        }

        await ImportJsonAsync(await File.ReadAllTextAsync(jsonPath, ct), ct);
        return true;
    }

    private static void Renumber(List<StorySlide> slides)
    {
        for (var i = 0; i < slides.Count; i++)
        {
            slides[i].Position = i;
        }
    }

    private static async Task<Story> FindStoryAsync(AggloDbContext context, int storyId, CancellationToken ct) =>
        await context.Stories.SingleOrDefaultAsync(s => s.Id == storyId, ct) ?? throw NotFound(storyId);

    private static async Task<StorySlide> FindSlideAsync(AggloDbContext context, int slideId, CancellationToken ct) =>
        await context.StorySlides.SingleOrDefaultAsync(s => s.Id == slideId, ct)
        ?? throw new StoryProblemException(StoryProblem.NotFound, null, $"no slide has id {slideId}");

    private static StoryProblemException NotFound(int storyId) => new(StoryProblem.NotFound, null, $"no story has id {storyId}");
}
