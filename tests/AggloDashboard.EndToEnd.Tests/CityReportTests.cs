using AggloDashboard.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace AggloDashboard.EndToEnd.Tests;

/// <summary>The printable city report, saved as PDF the way the browser's "Save as PDF" does it, and chart downloads.</summary>
[Collection(AppCollection.Name)]
public sealed class CityReportTests(AppFixture fixture)
{
    private static readonly string[] ReportCharts = ["report-subsystems", "report-classes", "report-trend", "report-obstacles-chart", "report-forecast-chart"];

    [Fact]
    public async Task The_city_report_prints_to_an_A4_pdf_with_the_city_its_numbers_and_charts()
    {
        await using var session = await fixture.OpenAsync(nameof(The_city_report_prints_to_an_A4_pdf_with_the_city_its_numbers_and_charts));
        await session.OpenPageAsync("/city/220100?lang=en&year=2023");
        await session.Page.GetByTestId("city-report-link").ClickAsync();
        await session.WaitForPathAsync("/city/220100/report");
        // Clicked before the city page's charts are drawn: the report's charts must be drawn all the same.
        foreach (var chart in ReportCharts)
        {
            await session.WaitForChartAsync(chart);
        }

        await Assertions.Expect(session.Page.GetByTestId("report-city")).ToHaveTextAsync("Changchun");
        await Assertions.Expect(session.Page.GetByTestId("report-illustrative")).ToBeVisibleAsync();
        await Assertions.Expect(session.Page.GetByTestId("report-metrics").Locator("tbody tr")).ToHaveCountAsync(7);
        await Assertions.Expect(session.Page.GetByTestId("report-policy")).ToContainTextAsync("Central service hub");
        await session.ScreenshotAsync("report");

        await session.Page.EmulateMediaAsync(new() { Media = Media.Print });
        var pdf = await session.Page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true });
        await File.WriteAllBytesAsync(Path.Combine(fixture.ArtifactsDir, "city-report-220100-en.pdf"), pdf);

        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().ToArray();
        Assert.InRange(pages.Length, 2, 5);
        // A4 is 595 × 842 points.
        Assert.All(pages, p => Assert.Equal((595, 842), ((int)Math.Round(p.Width), (int)Math.Round(p.Height))));
        var text = string.Join("\n", pages.Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains("Changchun", text);
        Assert.Contains("illustrative", text);
        Assert.Contains("Producer services location quotient", text);
        Assert.Contains("Obstacle degree", text);       // the obstacle chart's axis title
        Assert.Contains("checks passed", text);
        Assert.DoesNotContain("Print / save as PDF", text); // the toolbar stays off paper
        // The charts are drawn as vector paths: bars, lines and gridlines.
        Assert.True(pages.Sum(p => p.Paths.Count) > 100, $"{pages.Sum(p => p.Paths.Count)} paths");
        session.AssertClean();
    }

    [Fact]
    public async Task The_chinese_report_names_the_city_in_chinese()
    {
        await using var session = await fixture.OpenAsync(nameof(The_chinese_report_names_the_city_in_chinese));
        await session.OpenPageAsync("/city/222400/report?year=2023");
        await session.WaitForChartAsync("report-trend");

        await Assertions.Expect(session.Page.GetByTestId("report-city")).ToHaveTextAsync("延边朝鲜族自治州");
        await session.Page.EmulateMediaAsync(new() { Media = Media.Print });
        var pdf = await session.Page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true });

        using var document = PdfDocument.Open(pdf);
        // NFKC: the CJK font's ToUnicode map gives some characters as Kangxi radicals (⾃ for 自).
        var text = string.Concat(document.GetPages().SelectMany(p => p.Letters).Select(l => l.Value)).Normalize(System.Text.NormalizationForm.FormKC);
        Assert.Contains("延边朝鲜族自治州", text);
        Assert.Contains("政策取向", text);
        session.AssertClean();
    }

    [Fact]
    public async Task A_chart_downloads_as_svg_and_as_a_slide_sized_png()
    {
        await using var session = await fixture.OpenAsync(nameof(A_chart_downloads_as_svg_and_as_a_slide_sized_png));
        await session.OpenPageAsync("/trends?lang=en");
        await session.WaitForChartAsync("trends-chart");

        var svg = await DownloadAsync(session.Page, "trends-chart", "svg");
        Assert.EndsWith(".svg", svg.SuggestedFilename);
        var svgText = await File.ReadAllTextAsync(await svg.PathAsync());
        Assert.StartsWith("<svg", svgText);
        Assert.Contains("Changchun", svgText);

        var png = await DownloadAsync(session.Page, "trends-chart", "png");
        Assert.EndsWith(".png", png.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync(await png.PathAsync());
        // PNG header: width and height are big-endian at bytes 16-23.
        Assert.Equal((1920, 1080), (ReadInt(bytes, 16), ReadInt(bytes, 20)));
        session.AssertClean();
    }

    private static async Task<IDownload> DownloadAsync(IPage page, string chart, string format)
    {
        await page.GetByTestId($"{chart}-export").Locator("button").ClickAsync();
        return await page.RunAndWaitForDownloadAsync(() => page.GetByTestId($"{chart}-{format}").ClickAsync());
    }

    private static int ReadInt(byte[] b, int at) => (b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3];
}
