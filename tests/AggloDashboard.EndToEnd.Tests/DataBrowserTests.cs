using AggloDashboard.EndToEnd.Tests.Infrastructure;

namespace AggloDashboard.EndToEnd.Tests;

/// <summary>The data browser: filters put in the URL narrow the grid; a quality finding opens its cell.</summary>
[Collection(AppCollection.Name)]
public sealed class DataBrowserTests(AppFixture fixture)
{
    [Fact]
    public async Task Filtering_by_city_and_year_shows_only_those_rows_and_a_quality_link_opens_its_cell()
    {
        await using var session = await fixture.OpenAsync(nameof(Filtering_by_city_and_year_shows_only_those_rows_and_a_quality_link_opens_its_cell));
        var page = session.Page;
        await session.OpenPageAsync("/data?lang=en");
        await Assertions.Expect(page.GetByTestId("cell-city").First).ToBeVisibleAsync();

        await page.GetByTestId("filter-city").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = Cities.Jilin["220200"].En, Exact = true }).ClickAsync();
        await session.WaitForQueryAsync("city", "220200");
        await page.GetByTestId("filter-year").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "2015", Exact = true }).ClickAsync();
        await session.WaitForQueryAsync("year", "2015");

        await Assertions.Expect(page.GetByTestId("cell-year").First).ToHaveTextAsync("2015");
        var codes = await page.GetByTestId("cell-city").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.code)");
        var years = await page.GetByTestId("cell-year").AllInnerTextsAsync();
        Assert.NotEmpty(codes);
        Assert.All(codes, c => Assert.Equal("220200", c));
        Assert.All(years, y => Assert.Equal("2015", y.Trim()));
        // One value per indicator for a city-year in the seed panel: more than one page of the grid.
        var indicators = File.ReadAllLines(Path.Combine(RepoPaths.FindRoot(), "seed-data", "indicators.csv")).Length - 1;
        await Assertions.Expect(page.GetByTestId("data-total")).ToHaveTextAsync($"Matching values: {indicators}");
        await session.ScreenshotAsync("filtered");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Data quality" }).ClickAsync();
        var link = page.GetByTestId("quality-outlier-link").First;
        var href = await link.GetAttributeAsync("href");
        await link.ClickAsync();
        await session.WaitForPathAsync("/data");
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(new Uri("http://x"), href).Query);
        await session.WaitForQueryAsync("indicator", query["indicator"]!);

        var cell = page.GetByTestId("cell-city");
        await Assertions.Expect(cell).ToHaveCountAsync(1);
        Assert.Equal(query["city"], await cell.GetAttributeAsync("data-code"));
        Assert.Equal(query["year"], (await page.GetByTestId("cell-year").InnerTextAsync()).Trim());
        Assert.Equal(query["indicator"], await page.GetByTestId("cell-indicator").GetAttributeAsync("data-code"));
        await session.ScreenshotAsync("quality-link");
        session.AssertClean();
    }

    [Fact]
    public async Task The_metric_tables_and_a_page_table_download_as_workbooks_a_user_can_open()
    {
        await using var session = await fixture.OpenAsync(nameof(The_metric_tables_and_a_page_table_download_as_workbooks_a_user_can_open));
        var page = session.Page;
        await session.OpenPageAsync("/data?lang=en");
        await Assertions.Expect(page.GetByTestId("cell-city").First).ToBeVisibleAsync();

        var tables = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("metric-tables-xlsx").ClickAsync());
        Assert.Equal("metrics-v1.xlsx", tables.SuggestedFilename);
        Assert.Equal(["region_metrics", "aggregate_metrics", "entropy_weights"], MiniExcelLibs.MiniExcel.GetSheetNames(await tables.PathAsync()));
        var zip = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("metric-tables-zip").ClickAsync());
        Assert.Equal("metrics-v1.zip", zip.SuggestedFilename);

        var view = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("data-view-xlsx").ClickAsync());
        Assert.Equal("data-all.xlsx", view.SuggestedFilename);
        var rows = MiniExcelLibs.MiniExcel.Query(await view.PathAsync(), useHeaderRow: true, excelType: MiniExcelLibs.ExcelType.XLSX).Count();
        await Assertions.Expect(page.GetByTestId("data-total")).ToHaveTextAsync($"Matching values: {rows}");
        session.AssertClean();
    }
}
