using AggloDashboard.EndToEnd.Tests.Infrastructure;

namespace AggloDashboard.EndToEnd.Tests;

/// <summary>The trends page and a city profile open with their title and a drawn chart.</summary>
[Collection(AppCollection.Name)]
public sealed class OtherPagesTests(AppFixture fixture)
{
    [Fact]
    public async Task Trends_page_draws_its_chart()
    {
        await using var session = await fixture.OpenAsync(nameof(Trends_page_draws_its_chart));
        await session.OpenPageAsync("/trends?lang=en&metric=lq.manufacturing");
        await session.WaitForChartAsync("trends-chart");
        await session.ScreenshotAsync("trends-en");

        Assert.Contains("Trends over time", await session.Page.GetByTestId("page-title").InnerTextAsync());
        var traces = await session.Page.EvaluateAsync<int>("() => document.getElementById('trends-chart').data.length");
        Assert.True(traces >= 9, $"{traces} traces");
        session.AssertClean();
    }

    [Fact]
    public async Task City_page_shows_the_city_and_draws_its_charts()
    {
        await using var session = await fixture.OpenAsync(nameof(City_page_shows_the_city_and_draws_its_charts));
        await session.OpenPageAsync("/city/222400");
        await session.WaitForChartAsync("city-subsystems");
        await session.WaitForChartAsync("city-trend");
        await session.ScreenshotAsync("city-zh");

        Assert.Equal(Cities.Jilin["222400"].Zh, (await session.Page.GetByTestId("page-title").InnerTextAsync()).Trim());
        session.AssertClean();
    }
}
