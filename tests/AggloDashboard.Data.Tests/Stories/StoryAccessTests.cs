using AggloDashboard.Data.Store;
using AggloDashboard.Data.Stories;
using AggloDashboard.Data.Tests.Store;
using Microsoft.EntityFrameworkCore;

namespace AggloDashboard.Data.Tests.Stories;

public sealed class StoryAccessTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly StoryActor Viewer = new("viewer", IsAdministrator: false);
    private static readonly StoryActor Admin = new("admin", IsAdministrator: true);

    private const string Json = """{ "name": "Imported", "slides": [ { "path": "/coupling", "captionZh": "耦合", "captionEn": "Coupling" } ] }""";

    public static TheoryData<StoriesEditableBy, string, bool> Rules => new()
    {
        { StoriesEditableBy.Everyone, "anonymous", true },
        { StoriesEditableBy.Everyone, "viewer", true },
        { StoriesEditableBy.SignedIn, "anonymous", false },
        { StoriesEditableBy.SignedIn, "viewer", true },
        { StoriesEditableBy.SignedIn, "admin", true },
        { StoriesEditableBy.Admins, "anonymous", false },
        { StoriesEditableBy.Admins, "viewer", false },
        { StoriesEditableBy.Admins, "admin", true },
    };

    private static StoryActor Editor(string who) => who switch
    {
        "anonymous" => StoryActor.Anonymous,
        "viewer" => Viewer,
        _ => Admin,
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task The_store_allows_or_refuses_every_change_by_the_rule(StoriesEditableBy rule, string who, bool allowed)
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync(new StoryAccess(rule));
        var stories = temporary.Stories;
        var editor = Editor(who);
        var story = await stories.CreateAsync(Admin, "Findings", Ct);
        var first = await stories.AddSlideAsync(Admin, story.Id, "/map", "", "地图", "Map", Ct);
        var second = await stories.AddSlideAsync(Admin, story.Id, "/trends", "", "趋势", "Trends", Ct);
        var deleted = await stories.CreateAsync(Admin, "Deleted", Ct);
        await stories.DeleteAsync(Admin, deleted.Id, Ct);
        int auditBefore;
        await using (var context = temporary.CreateContext())
            auditBefore = await context.AuditLog.CountAsync(Ct);

        Func<Task>[] changes =
        [
            () => stories.CreateAsync(editor, "New", Ct),
            () => stories.RenameAsync(editor, story.Id, "Renamed", Ct),
            () => stories.AddSlideAsync(editor, story.Id, "/coupling", "", "耦合", "Coupling", Ct),
            () => stories.UpdateCaptionsAsync(editor, first.Id, "改", "Changed", Ct),
            () => stories.MoveSlideAsync(editor, second.Id, -1, Ct),
            () => stories.DeleteSlideAsync(editor, first.Id, Ct),
            () => stories.ImportJsonAsync(editor, Json, Ct),
            () => stories.RestoreAsync(editor, deleted.Id, Ct),
            () => stories.DeleteAsync(editor, story.Id, Ct),
        ];
        foreach (var change in changes)
        {
            if (allowed)
            {
                await change();
            }
            else
            {
                Assert.Equal(StoryProblem.NotAllowed, (await Assert.ThrowsAsync<StoryProblemException>(change)).Problem);
            }
        }

        await using var after = temporary.CreateContext();
        Assert.Equal(auditBefore + (allowed ? changes.Length : 0), await after.AuditLog.CountAsync(Ct));
        Assert.Equal(allowed ? ["Deleted", "Imported", "New"] : ["Findings"], (await stories.ListAsync(Ct)).Select(s => s.Name).Order());
        Assert.Equal(allowed ? ["/trends", "/coupling"] : ["/map", "/trends"],
            await after.StorySlides.Where(s => s.StoryId == story.Id).OrderBy(s => s.Position).Select(s => s.Path).ToListAsync(Ct));
    }

    [Theory]
    [InlineData("everyone", StoriesEditableBy.Everyone)]
    [InlineData(" Signed-In ", StoriesEditableBy.SignedIn)]
    [InlineData("", StoriesEditableBy.SignedIn)]
    [InlineData("admins", StoriesEditableBy.Admins)]
    public void The_setting_is_read_from_its_text(string text, StoriesEditableBy expected) =>
        Assert.Equal(expected, StoryAccess.Parse(text));

    [Fact]
    public void A_misspelt_setting_is_refused_rather_than_opening_editing() =>
        Assert.Contains("use everyone, signed-in or admins", Assert.Throws<ArgumentException>(() => StoryAccess.Parse("all")).Message, StringComparison.Ordinal);
}
