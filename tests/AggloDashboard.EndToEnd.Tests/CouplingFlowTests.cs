using AggloDashboard.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AggloDashboard.EndToEnd.Tests;

/// <summary>The coupling page as a presenter uses it: play the years, then switch the coupling formula.</summary>
[Collection(AppCollection.Name)]
public sealed class CouplingFlowTests(AppFixture fixture)
{
    private const string Scatter = "coupling-scatter";

    // Each city's "code:class" as the scatter draws it (customdata = D, class name, type, code).
    private const string ClassesScript =
        "id => JSON.stringify(document.getElementById(id).data.filter(t => t.customdata && t.mode && t.mode.includes('markers'))" +
        ".flatMap(t => t.customdata.map(c => c[3] + ':' + c[1])))";

    [Fact]
    public async Task Playing_advances_the_years_and_the_modified_form_changes_the_classes()
    {
        await using var session = await fixture.OpenAsync(nameof(Playing_advances_the_years_and_the_modified_form_changes_the_classes));
        await session.OpenPageAsync("/coupling?lang=en&year=2010");
        await session.WaitForChartAsync(Scatter);
        var years = session.Page.GetByTestId("year-display");
        await Assertions.Expect(years).ToHaveTextAsync("2010");

        await session.Page.GetByTestId("play-button").ClickAsync();
        await Assertions.Expect(years).ToHaveTextAsync("2012", new() { Timeout = 20_000 });
        await session.Page.GetByTestId("play-button").ClickAsync();
        await session.ScreenshotAsync("played");

        await session.OpenPageAsync("/coupling?lang=en&year=2023");
        await session.WaitForChartAsync(Scatter);
        var standard = await session.Page.EvaluateAsync<string>(ClassesScript, Scatter);

        await session.Page.GetByTestId("ccd-picker").ClickAsync();
        await session.Page.GetByText("Modified form (Wang et al., 2021)").Last.ClickAsync();
        await session.WaitForQueryAsync("ccd", "modified");
        await session.Page.WaitForFunctionAsync(
            "([id, before]) => { const e = document.getElementById(id); return e && e.data && " +
            "JSON.stringify(e.data.filter(t => t.customdata && t.mode && t.mode.includes('markers'))" +
            ".flatMap(t => t.customdata.map(c => c[3] + ':' + c[1]))) !== before; }",
            new object[] { Scatter, standard });
        var modified = await session.Page.EvaluateAsync<string>(ClassesScript, Scatter);
        await session.ScreenshotAsync("modified");

        // Jilin is intermediate coordination under the standard form and primary under Wang et al.'s.
        Assert.Contains("220200:intermediate coordination", standard);
        Assert.Contains("220200:primary coordination", modified);
        Assert.Equal("2023", await session.QueryAsync("year"));
        session.AssertClean();
    }
}
