using AggloDashboard.EndToEnd.Tests.Infrastructure;

namespace AggloDashboard.EndToEnd.Tests;

/// <summary>The shift-share page in a real browser: its charts for the 9 cities in both languages, its URL state and its table download.</summary>
[Collection(AppCollection.Name)]
public sealed class ShiftShareFlowTests(AppFixture fixture)
{
    // The bars are drawn again after each change (the page shows its computing card meanwhile).
    private const string BarsOfNineCities = "() => document.getElementById('shift-bars')?.data?.[0]?.y?.length === 9";

    [Fact]
    public async Task Changing_the_years_switching_to_dynamic_and_downloading_the_table()
    {
        await using var session = await fixture.OpenAsync(nameof(Changing_the_years_switching_to_dynamic_and_downloading_the_table));
        var page = session.Page;
        await session.OpenPageAsync("/shift-share?lang=en");
        await session.WaitForChartAsync("shift-bars");
        await session.WaitForChartAsync("shift-heatmap");
        await session.WaitForChartAsync("core-periphery-chart");
        await page.WaitForFunctionAsync(BarsOfNineCities);
        await Assertions.Expect(page.GetByTestId("illustrative-notice")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("shift-reading")).ToContainTextAsync("Manufacturing grew faster than in Jilin Province in");
        await session.ScreenshotAsync("shift-share-en");

        await page.GetByTestId("from-picker").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "2010", Exact = true }).ClickAsync();
        await session.WaitForQueryAsync("from", "2010");
        await Assertions.Expect(page.GetByTestId("shift-reading")).ToContainTextAsync("2010–2023 · Static");

        await page.GetByTestId("method-picker").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Dynamic (year by year)", Exact = true }).ClickAsync();
        await session.WaitForQueryAsync("method", "dynamic");
        await Assertions.Expect(page.GetByTestId("shift-reading")).ToContainTextAsync("2010–2023 · Dynamic (year by year)");
        await page.WaitForFunctionAsync(BarsOfNineCities);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("shift-table-csv").ClickAsync());
        Assert.Equal("shift-share-table-dynamic-2010-2023.csv", download.SuggestedFilename);
        var lines = (await File.ReadAllLinesAsync(await download.PathAsync())).Where(l => l.Length > 0).ToArray();
        Assert.Equal("City,region_code,base_year,end_year,method,growth,reference_share,industry_mix,competitive", lines[0].TrimStart('\uFEFF'));
        Assert.Equal(10, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.Contains(",2010,2023,dynamic,", l));
        await session.ScreenshotAsync("shift-share-dynamic");
        session.AssertClean();
    }

    [Fact]
    public async Task Draws_in_Chinese_and_says_why_when_the_years_are_reversed()
    {
        await using var session = await fixture.OpenAsync(nameof(Draws_in_Chinese_and_says_why_when_the_years_are_reversed));
        var page = session.Page;
        await session.OpenPageAsync("/shift-share");
        await session.WaitForChartAsync("shift-bars");
        await page.WaitForFunctionAsync(BarsOfNineCities);
        Assert.Contains("偏离—份额", await page.GetByTestId("page-title").InnerTextAsync());
        await Assertions.Expect(page.GetByTestId("shift-reading")).ToContainTextAsync("制造业：9 个城市中有");
        await session.ScreenshotAsync("shift-share-zh");

        await session.OpenPageAsync("/shift-share?from=2020&to=2010");
        await Assertions.Expect(page.GetByTestId("shift-problem")).ToHaveTextAsync("起始年 2020 必须早于截止年 2010。");
        session.AssertClean();
    }
}
