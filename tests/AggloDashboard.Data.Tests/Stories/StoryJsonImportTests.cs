using AggloDashboard.Data.Store;
using AggloDashboard.Data.Stories;
using AggloDashboard.Data.Tests.Store;

namespace AggloDashboard.Data.Tests.Stories;

public sealed class StoryJsonImportTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private const string ValidSlide = """{ "path": "/map", "query": "metric=couple.d", "captionZh": "地图", "captionEn": "Map" }""";

    private static string File(string slides, string name = "\"Imported\"") => $$"""{ "format": "agglo-story/1", "name": {{name}}, "slides": [{{slides}}] }""";

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task Export_then_import_gives_the_same_story(StoreProvider provider)
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider);
        var stories = temporary.Stories;
        var original = await stories.CreateAsync(TemporaryStore.Editor, "往返 round trip", Ct);
        await stories.AddSlideAsync(TemporaryStore.Editor, original.Id, "/map", "metric=lq.producer_services&year=2023", "长春 \"集中\"", "Changchun <leads>", Ct);
        await stories.AddSlideAsync(TemporaryStore.Editor, original.Id, "/trends", "metric=innov.d&cities=220100,220200", "上升", "Rises", Ct);
        await stories.AddSlideAsync(TemporaryStore.Editor, original.Id, "/city/220100", "", "城市", "City", Ct);
        var first = (await stories.GetAsync(original.Id, Ct))!.Slides[0];
        await stories.MoveSlideAsync(TemporaryStore.Editor, first.Id, +1, Ct);

        var json = await stories.ExportJsonAsync(original.Id, Ct);
        var imported = await stories.ImportJsonAsync(TemporaryStore.Editor, "\uFEFF" + json, Ct);

        var before = (await stories.GetAsync(original.Id, Ct))!;
        var after = (await stories.GetAsync(imported.Id, Ct))!;
        Assert.NotEqual(before.Id, after.Id);
        Assert.Equal(before.Name, after.Name);
        Assert.Equal(
            before.Slides.Select(s => (s.Position, s.Path, s.Query, s.CaptionZh, s.CaptionEn)),
            after.Slides.Select(s => (s.Position, s.Path, s.Query, s.CaptionZh, s.CaptionEn)));
        Assert.Equal(json, await stories.ExportJsonAsync(imported.Id, Ct));
    }

    public static TheoryData<string, string, StoryProblem, int?, string> Malformed() => new()
    {
        { "not JSON", "{ \"name\": \"x\", \"slides\": [ ", StoryProblem.BadJson, null, "line 1" },
        { "wrong type", File(ValidSlide, name: "42"), StoryProblem.BadJson, null, "$.name" },
        { "a top-level array", "[]", StoryProblem.BadJson, null, "line 1" },
        { "no name", File(ValidSlide, name: "\"  \""), StoryProblem.MissingName, null, "no name" },
        { "missing English caption", File(ValidSlide + """, { "path": "/trends", "captionZh": "趋势" }"""), StoryProblem.MissingCaption, 2, "English caption" },
        { "empty Chinese caption", File("""{ "path": "/map", "captionZh": " ", "captionEn": "Map" }"""), StoryProblem.MissingCaption, 1, "Chinese caption" },
        { "unknown page", File(ValidSlide + """, { "path": "/import", "captionZh": "导入", "captionEn": "Import" }"""), StoryProblem.UnknownPage, 2, "'/import'" },
        { "missing page", File("""{ "captionZh": "地图", "captionEn": "Map" }"""), StoryProblem.UnknownPage, 1, "not a dashboard page" },
        { "too many slides", File(string.Join(",", Enumerable.Repeat(ValidSlide, StoryLimits.MaxSlides + 1))), StoryProblem.TooManySlides, null, "at most" },
        { "too large", File(ValidSlide, name: "\"" + new string('x', StoryLimits.MaxJsonBytes) + "\""), StoryProblem.TooLarge, null, "KB" },
        { "caption too long", File($$"""{ "path": "/map", "captionZh": "{{new string('长', StoryLimits.MaxCaptionLength + 1)}}", "captionEn": "Map" }"""), StoryProblem.TooLong, 1, "longer than" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task A_malformed_file_is_refused_with_a_message_naming_the_problem_and_writes_nothing(
        string why, string json, StoryProblem problem, int? slide, string detail)
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync();
        var existing = await temporary.Stories.CreateAsync(TemporaryStore.Editor, "Existing", Ct);
        await temporary.Stories.AddSlideAsync(TemporaryStore.Editor, existing.Id, "/map", "", "地图", "Map", Ct);

        var refused = await Assert.ThrowsAsync<StoryProblemException>(() => temporary.Stories.ImportJsonAsync(TemporaryStore.Editor, json, Ct));

        Assert.True(refused.Problem == problem, $"{why}: {refused.Message}");
        Assert.Equal(slide, refused.Slide);
        Assert.Contains(detail, refused.Message, StringComparison.Ordinal);
        var listed = Assert.Single(await temporary.Stories.ListAsync(Ct));
        Assert.Equal(("Existing", 1), (listed.Name, listed.SlideCount));
        await using var context = temporary.CreateContext();
        Assert.Single(context.StorySlides);
    }
}
