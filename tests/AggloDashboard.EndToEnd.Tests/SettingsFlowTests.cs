using AggloDashboard.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AggloDashboard.EndToEnd.Tests;

/// <summary>A researcher changes the calculation settings once and every page follows, with the change stated.</summary>
[Collection(AppCollection.Name)]
public sealed class SettingsFlowTests(AppFixture fixture)
{
    [Fact]
    public async Task Changed_settings_recompute_every_page_and_can_be_reset()
    {
        await using var session = await fixture.OpenAsync(nameof(Changed_settings_recompute_every_page_and_can_be_reset));
        await session.OpenPageAsync("/coupling?lang=en&year=2023");
        await session.WaitForChartAsync("coupling-scatter");
        var entropyRule = await session.Page.GetByTestId("coupling-rule").TextContentAsync();
        await Assertions.Expect(session.Page.GetByTestId("settings-notice")).ToHaveCountAsync(0);

        await session.Page.GetByTestId("settings-open").ClickAsync();
        await Assertions.Expect(session.Page.GetByTestId("page-title")).ToHaveTextAsync("Calculation settings");
        await session.Page.GetByTestId("weighting-equal").CheckAsync();
        await session.Page.GetByTestId("tolerance").FillAsync("0.25");
        await session.Page.GetByTestId("tolerance").PressAsync("Tab");
        await session.ScreenshotAsync("settings-panel");
        await session.Page.GetByTestId("settings-apply").ClickAsync();

        await session.WaitForQueryAsync("weighting", "equal");
        Assert.Equal("0.25", await session.QueryAsync("tol"));
        Assert.Equal("2023", await session.QueryAsync("year"));
        var notice = session.Page.GetByTestId("settings-notice");
        await Assertions.Expect(notice).ToContainTextAsync("Indicator weights: equal");
        await Assertions.Expect(notice).ToContainTextAsync("Synchronous tolerance: |U1 − U2| ≤ 0.25");
        await Assertions.Expect(session.Page.GetByTestId("coupling-rule")).ToContainTextAsync("0.25");
        Assert.NotEqual(entropyRule, await session.Page.GetByTestId("coupling-rule").TextContentAsync());
        await session.ScreenshotAsync("coupling-with-settings");

        // Another page through the menu keeps the settings and says so.
        await session.Page.GetByTestId("nav-coordination").ClickAsync();
        await session.WaitForChartAsync("coordination-heatmap");
        Assert.Equal("equal", await session.QueryAsync("weighting"));
        await Assertions.Expect(session.Page.GetByTestId("settings-notice")).ToContainTextAsync("Indicator weights: equal");
        await Assertions.Expect(session.Page.GetByTestId("weights-table")).ToContainTextAsync("33.3");

        await session.Page.GetByTestId("settings-reset-link").ClickAsync();
        await Assertions.Expect(session.Page.GetByTestId("settings-notice")).ToHaveCountAsync(0);
        Assert.Null(await session.QueryAsync("weighting"));
        session.AssertClean();
    }

    [Fact]
    public async Task An_unusable_setting_in_a_link_is_explained_not_applied()
    {
        await using var session = await fixture.OpenAsync(nameof(An_unusable_setting_in_a_link_is_explained_not_applied));
        await session.OpenPageAsync("/coordination?lang=en&alpha=0.6,0.6,0.6");
        await session.WaitForChartAsync("coordination-heatmap");

        await Assertions.Expect(session.Page.GetByTestId("settings-problems")).ToContainTextAsync("alpha=0.6,0.6,0.6: the weights must sum to 1");
        await Assertions.Expect(session.Page.GetByTestId("settings-notice")).ToHaveCountAsync(0);
        session.AssertClean();
    }
}
