using AggloDashboard.EndToEnd.Tests.Infrastructure;

namespace AggloDashboard.EndToEnd.Tests;

/// <summary>
/// An administrator uploads the worked example laid out as the Jilin Statistical Yearbook prints it (two year sheets,
/// titles, unit line 人, a two-row header, a total row, a footnote), checks the preview's skipped rows, units and
/// mappings, commits, and sees Changchun's manufacturing location quotient change on its city page. Runs on an app of
/// its own, so the versions of the other import flow are untouched.
/// </summary>
[Collection(YearbookAppCollection.Name)]
public sealed class YearbookImportFlowTests(AdminAppFixture fixture)
{
    private const float Slow = 60_000;
    private const string CityUrl = "/city/220100?year=2023&lang=en";

    private static async Task<string> ManufacturingLq2023Async(BrowserSession session)
    {
        await session.OpenPageAsync(CityUrl);
        var row = session.Page.GetByTestId("metric-row-lq.manufacturing");
        await Assertions.Expect(row).ToBeVisibleAsync(new() { Timeout = Slow });
        return await row.Locator("td").Last.InnerTextAsync();
    }

    [Fact]
    public async Task A_printed_workbook_with_two_year_sheets_is_previewed_committed_and_shown_on_the_city_page()
    {
        var book = Path.Combine(RepoPaths.FindRoot(), "seed-data", "examples", "jilin-statistical-yearbook-example.xlsx");
        await using var session = await fixture.OpenAsync(nameof(A_printed_workbook_with_two_year_sheets_is_previewed_committed_and_shown_on_the_city_page));
        var page = session.Page;
        await AdminAppFixture.SignInAsAdministratorAsync(session);
        var before = await ManufacturingLq2023Async(session);

        await session.OpenPageAsync("/import?lang=en");
        await page.GetByTestId("import-file").SetInputFilesAsync(book);
        await Assertions.Expect(page.GetByTestId("import-preview")).ToBeEnabledAsync(new() { Timeout = Slow });
        await page.GetByTestId("import-preview").ClickAsync();

        var layouts = page.GetByTestId("import-layout");
        await Assertions.Expect(layouts).ToHaveCountAsync(2, new() { Timeout = Slow });
        foreach (var (index, year) in new[] { (0, 2022), (1, 2023) })
        {
            var layout = layouts.Nth(index);
            await Assertions.Expect(layout.GetByTestId("import-layout-name")).ToHaveTextAsync($"{year}年");
            await Assertions.Expect(layout.GetByTestId("import-layout-reading")).ToHaveTextAsync($"year {year} (from the sheet name)");
            await Assertions.Expect(layout.GetByTestId("import-layout-rows")).ToContainTextAsync("rows 1-2 skipped: title, unit line");
            await Assertions.Expect(layout.GetByTestId("import-layout-rows")).ToContainTextAsync("total (checked, not imported): row 5");
            await Assertions.Expect(layout.GetByTestId("import-layout-rows")).ToContainTextAsync("footnote and source (skipped): rows 15-16");
            await Assertions.Expect(layout.GetByTestId("import-layout-columns")).ToContainTextAsync("人 (unit line)");
            await Assertions.Expect(layout.GetByTestId("import-layout-columns")).ToContainTextAsync("人 → 万人 ÷10,000");
            await Assertions.Expect(layout.GetByTestId("import-layout-totals")).Not.ToContainTextAsync("differs");
        }

        await Assertions.Expect(page.Locator("select[data-header='城镇非私营单位从业人员 / 合计']")).ToHaveValueAsync("emp.total");
        await Assertions.Expect(page.Locator("select[data-header='城镇非私营单位从业人员 / 制造业']")).ToHaveValueAsync("emp.manufacturing");
        await Assertions.Expect(page.GetByTestId("mapping-how").First).ToHaveTextAsync("total of its group");
        await Assertions.Expect(page.GetByTestId("import-problems")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("import-diff")).ToHaveTextAsync("0 new, 2 changed, 0 removed");
        await session.ScreenshotAsync("yearbook-preview");

        await page.GetByTestId("import-commit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("import-committed")).ToContainTextAsync("#2", new() { Timeout = Slow });

        var after = await ManufacturingLq2023Async(session);
        Assert.NotEqual(before, after);
        await Assertions.Expect(page.GetByTestId("dataset-version")).ToContainTextAsync("#2");
        await session.ScreenshotAsync("yearbook-city");
        session.AssertClean();
    }
}

[CollectionDefinition(Name)]
public sealed class YearbookAppCollection : ICollectionFixture<AdminAppFixture>
{
    public const string Name = "yearbook import app";
}
