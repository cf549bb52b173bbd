using AggloDashboard.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AggloDashboard.EndToEnd.Tests;

/// <summary>
/// A story built in the browser from three pages by a signed-in user who is not an administrator (stories are editable
/// by signed-in users by default), captioned in the editor and presented with the keyboard.
/// </summary>
[Collection(AdminAppCollection.Name)]
public sealed class StoryFlowTests(AdminAppFixture fixture)
{
    [Fact]
    public async Task A_story_of_three_views_is_built_captioned_and_presented_with_the_keyboard()
    {
        await using var session = await fixture.OpenAsync(nameof(A_story_of_three_views_is_built_captioned_and_presented_with_the_keyboard));
        var page = session.Page;
        // The app is shared by the collection: a story of its own keeps other tests' stories apart.
        var name = $"E2E story {Guid.NewGuid():N}";

        await page.GotoAsync("/account/login");
        await page.GetByTestId("login-user").FillAsync(AdminAppFixture.ViewerUser);
        await page.GetByTestId("login-password").FillAsync(AdminAppFixture.ViewerPassword);
        await page.GetByTestId("login-submit").ClickAsync();
        await session.WaitForPathAsync("/");
        await session.OpenPageAsync("/map?lang=en&metric=lq.producer_services&year=2012");
        await page.GetByTestId("save-view").ClickAsync();
        await Field(page, "save-new-name", "input").FillAsync(name);
        await page.GetByTestId("save-new-story").ClickAsync();
        await Assertions.Expect(page.GetByTestId("save-view-dialog")).ToBeHiddenAsync();

        await SaveToStoryAsync(session, "/trends?lang=en&metric=innov.d", name);
        await SaveToStoryAsync(session, "/coupling?lang=en&year=2015", name);

        await session.OpenPageAsync("/stories?lang=en");
        await page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await page.WaitForFunctionAsync("() => /^\\/stories\\/\\d+$/.test(location.pathname)");
        var storyId = int.Parse(new Uri(page.Url).Segments[^1], System.Globalization.CultureInfo.InvariantCulture);
        await Assertions.Expect(page.GetByTestId("slide-view-1")).ToHaveTextAsync("/map?metric=lq.producer_services&year=2012");
        await Assertions.Expect(page.GetByTestId("slide-view-2")).ToHaveTextAsync("/trends?metric=innov.d");
        await Assertions.Expect(page.GetByTestId("slide-view-3")).ToHaveTextAsync("/coupling?year=2015");
        string[] captions = ["Producer services gather in Changchun", "Coordination rises but stays low", "Coupling in 2015"];
        for (var i = 0; i < captions.Length; i++)
        {
            var field = Field(page, $"caption-en-{i + 1}", "textarea");
            await field.FillAsync(captions[i]);
            await field.PressAsync("Tab");
            await Assertions.Expect(field).ToHaveValueAsync(captions[i]);
        }

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-story").ClickAsync());
        var exported = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Equal($"story-{storyId}.json", download.SuggestedFilename);
        Assert.Contains(name, exported, StringComparison.Ordinal);
        Assert.All(captions, caption => Assert.Contains(caption, exported, StringComparison.Ordinal));

        await page.GetByTestId("present-story").ClickAsync();
        await session.WaitForPathAsync("/present");
        await ExpectSlideAsync(session, storyId, 1, captions[0]);
        await session.WaitForChartAsync("slide-chart-0");
        await session.ScreenshotAsync("slide-1");
        await page.GetByTestId("fullscreen").ClickAsync();
        await page.WaitForFunctionAsync("() => document.fullscreenElement === document.documentElement");
        await page.GetByTestId("fullscreen").ClickAsync();
        await page.WaitForFunctionAsync("() => document.fullscreenElement === null");

        await page.Keyboard.PressAsync("ArrowRight");
        await ExpectSlideAsync(session, storyId, 2, captions[1]);
        await page.Keyboard.PressAsync("ArrowRight");
        await ExpectSlideAsync(session, storyId, 3, captions[2]);
        await session.WaitForChartAsync("slide-chart-0");
        await session.ScreenshotAsync("slide-3");

        await page.Keyboard.PressAsync(" ");
        await session.WaitForQueryAsync("year", "2016");
        await Assertions.Expect(page.GetByTestId("presenter-year")).ToHaveTextAsync("2016");
        await page.Keyboard.PressAsync(" ");
        await Assertions.Expect(page.GetByTestId("presenter-year")).ToHaveAttributeAsync("data-playing", "false");

        await page.Keyboard.PressAsync("ArrowLeft");
        await ExpectSlideAsync(session, storyId, 2, captions[1]);
        await page.Keyboard.PressAsync("Escape");
        await session.WaitForPathAsync("/trends");
        Assert.Equal("innov.d", await session.QueryAsync("metric"));
        Assert.Equal("en", await session.QueryAsync("lang"));
        session.AssertClean();
    }

    private static ILocator Field(IPage page, string testId, string element) =>
        page.Locator($"{element}[data-testid={testId}], [data-testid={testId}] {element}");

    private static async Task SaveToStoryAsync(BrowserSession session, string url, string name)
    {
        await session.OpenPageAsync(url);
        await session.Page.GetByTestId("save-view").ClickAsync();
        await session.Page.Locator("[data-testid^=save-to-story-]", new() { HasText = name }).ClickAsync();
        await Assertions.Expect(session.Page.GetByTestId("save-view-dialog")).ToBeHiddenAsync();
    }

    private static async Task ExpectSlideAsync(BrowserSession session, int storyId, int slide, string caption)
    {
        await session.WaitForQueryAsync("slide", slide.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(storyId.ToString(System.Globalization.CultureInfo.InvariantCulture), await session.QueryAsync("story"));
        Assert.Equal("en", await session.QueryAsync("lang"));
        await Assertions.Expect(session.Page.GetByTestId("slide-caption")).ToHaveTextAsync(caption);
        await Assertions.Expect(session.Page.GetByTestId("presenter-illustrative")).ToBeVisibleAsync();
        await Assertions.Expect(session.Page.GetByTestId("slide-counter")).ToHaveTextAsync($"{slide} / 3");
    }
}
