using AggloDashboard.EndToEnd.Tests.Infrastructure;

namespace AggloDashboard.EndToEnd.Tests;

/// <summary>The analysis pages (/coordination, /coupling, /diagnosis, /policy, /methodology) open and draw in a real browser.</summary>
[Collection(AppCollection.Name)]
public sealed class AnalysisPagesTests(AppFixture fixture)
{
    [Theory]
    [InlineData("/coordination?lang=en", "coordination-subsystems,coordination-heatmap")]
    [InlineData("/coordination?lang=zh&ccd=modified", "coordination-heatmap")]
    [InlineData("/coupling?lang=en&year=2015", "coupling-scatter,coupling-trend,coupling-gap")]
    [InlineData("/diagnosis?lang=en", "diagnosis-subsystems,diagnosis-top,diagnosis-forecast")]
    public async Task Page_draws_its_charts(string url, string charts)
    {
        var name = nameof(Page_draws_its_charts) + url.Split('?')[0].Replace('/', '-') + (url.Contains("ccd", StringComparison.Ordinal) ? "-modified" : "");
        await using var session = await fixture.OpenAsync(name);
        await session.OpenPageAsync(url);
        foreach (var chart in charts.Split(','))
        {
            await session.WaitForChartAsync(chart);
        }

        await session.ScreenshotAsync("drawn");
        session.AssertClean();
    }

    [Fact]
    public async Task Policy_and_methodology_pages_show_their_content()
    {
        await using var session = await fixture.OpenAsync(nameof(Policy_and_methodology_pages_show_their_content));
        await session.OpenPageAsync("/policy?lang=en");
        foreach (var code in Cities.Jilin.Keys)
        {
            await Assertions.Expect(session.Page.GetByTestId("policy-" + code).GetByTestId("typology").First).ToBeVisibleAsync();
        }

        await session.ScreenshotAsync("policy");
        await session.OpenPageAsync("/methodology?lang=zh");
        await Assertions.Expect(session.Page.GetByTestId("method-gm11")).ToContainTextAsync("GM(1,1)");
        await session.ScreenshotAsync("methodology");
        session.AssertClean();
    }
}
