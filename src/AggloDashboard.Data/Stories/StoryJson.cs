using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using AggloDashboard.Data.Store;

namespace AggloDashboard.Data.Stories;

/// <summary>A story as a portable JSON file: its name and its slides in order, each with both captions.</summary>
public static class StoryJson
{
    public const string Format = "agglo-story/1";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    public static string Write(Story story) => JsonSerializer.Serialize(
        new StoryFile(Format, story.Name,
            story.Slides.OrderBy(s => s.Position).Select(s => new SlideFile(s.Path, s.Query, s.CaptionZh, s.CaptionEn)).ToList<SlideFile?>()),
        Options);

    /// <summary>Reads and checks a whole file before anything is stored.</summary>
    /// <returns>An unsaved story with its slides numbered in file order.</returns>
    /// <exception cref="StoryProblemException">The first problem found, naming the slide it is in.</exception>
    public static Story Read(string json)
    {
        if (Encoding.UTF8.GetByteCount(json) > StoryLimits.MaxJsonBytes)
            throw new StoryProblemException(StoryProblem.TooLarge, null, $"the file is larger than {StoryLimits.MaxJsonBytes / 1024} KB");

        StoryFile? file;
        try
        {
            // An exported file starts with a byte order mark, so spreadsheet tools read it as UTF-8.
            file = JsonSerializer.Deserialize<StoryFile>(json.TrimStart('\uFEFF'), Options);
        }
        catch (JsonException e)
        {
            throw new StoryProblemException(StoryProblem.BadJson, null,
                $"not valid story JSON at line {(e.LineNumber ?? 0) + 1} ({e.Path ?? "$"})");
        }

        if (file is null)
            throw new StoryProblemException(StoryProblem.BadJson, null, "the file holds no story object");
        // A file without a format (written by hand) is read; one that names another format is not a story file.
        if (file.Format is not null && file.Format != Format)
            throw new StoryProblemException(StoryProblem.BadJson, null, $"the format is '{file.Format}', not '{Format}'");

        var story = new Story { Name = StoryRules.Name(file.Name), CreatedAt = DateTimeOffset.UtcNow };
        var slides = file.Slides ?? [];
        if (slides.Count > StoryLimits.MaxSlides)
            throw new StoryProblemException(StoryProblem.TooManySlides, null, $"{slides.Count} slides, at most {StoryLimits.MaxSlides}");

        for (var i = 0; i < slides.Count; i++)
        {
            var number = i + 1;
            var slide = slides[i] ?? throw new StoryProblemException(StoryProblem.BadJson, number, "the slide is null");
            var (path, query) = StoryRules.View(slide.Path, slide.Query, number);
            story.Slides.Add(new StorySlide
            {
                Position = i,
                Path = path,
                Query = query,
                CaptionZh = StoryRules.Caption(slide.CaptionZh, "Chinese", number),
                CaptionEn = StoryRules.Caption(slide.CaptionEn, "English", number),
            });
        }

        return story;
    }

    private sealed record StoryFile(string? Format, string? Name, List<SlideFile?>? Slides);

    private sealed record SlideFile(string? Path, string? Query, string? CaptionZh, string? CaptionEn);
}
