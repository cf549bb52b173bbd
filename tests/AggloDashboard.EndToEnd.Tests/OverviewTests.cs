using System.Text.Json;
using AggloDashboard.EndToEnd.Tests.Infrastructure;

namespace AggloDashboard.EndToEnd.Tests;

/// <summary>The overview page as a user sees it in a real browser against the running app.</summary>
[Collection(AppCollection.Name)]
public sealed class OverviewTests(AppFixture fixture)
{
    private const string Map = "overview-map";
    private const string Ranking = "overview-ranking";

    private async Task<BrowserSession> OpenOverviewAsync(string testName, string path = "/")
    {
        var session = await fixture.OpenAsync(testName);
        await session.OpenPageAsync(path);
        await session.WaitForChartAsync(Map);
        await session.WaitForChartAsync(Ranking);
        return session;
    }

    [Fact]
    public async Task A_scope_link_shows_only_its_cities_and_says_which_scope_and_reference_are_in_use()
    {
        await using var session = await OpenOverviewAsync(nameof(A_scope_link_shows_only_its_cities_and_says_which_scope_and_reference_are_in_use),
            "/?lang=en&scope=220100,220200,220300");

        var map = await session.ReadMapTraceAsync(Map);
        Assert.Equal(["220100", "220200", "220300"], map.Locations.Order());
        await Assertions.Expect(session.Page.GetByTestId("settings-notice"))
            .ToContainTextAsync("Scope: Changchun, Jilin, Siping (3 prefectures; the reference region is the prefectures in scope)");
        await Assertions.Expect(session.Page.GetByTestId("nav-map")).ToHaveAttributeAsync("href", "/map?lang=en&scope=220100,220200,220300");
        await session.ScreenshotAsync("scope");
    }

    [Fact]
    public async Task Overview_draws_the_nine_cities_on_the_map_and_the_ranking_with_the_illustrative_notice()
    {
        await using var session = await OpenOverviewAsync(nameof(Overview_draws_the_nine_cities_on_the_map_and_the_ranking_with_the_illustrative_notice));
        await session.ScreenshotAsync("overview-zh");

        var map = await session.ReadMapTraceAsync(Map);
        Assert.Equal(Cities.Jilin.Keys.Order(), map.Locations.Order());
        Assert.All(map.Z, z => Assert.True(z is { } v && double.IsFinite(v)));

        var rankedNames = await RankingNamesAsync(session);
        Assert.Equal(Cities.Jilin.Values.Select(c => c.Zh).Order(), rankedNames.Order());

        Assert.True(await session.Page.GetByTestId("illustrative-notice").IsVisibleAsync());
        Assert.Contains("总览", await session.Page.GetByTestId("page-title").InnerTextAsync());
        foreach (var card in new[] { "card-hub", "card-stages", "card-cv", "reading" })
        {
            Assert.True(await session.Page.GetByTestId(card).IsVisibleAsync(), card);
        }

        session.AssertClean();
    }

    [Fact]
    public async Task Choosing_another_metric_recolours_the_map_and_keeps_it_in_the_url()
    {
        await using var session = await OpenOverviewAsync(nameof(Choosing_another_metric_recolours_the_map_and_keeps_it_in_the_url));
        var before = await session.ReadMapTraceAsync(Map);

        await session.Page.GetByTestId("metric-picker").ClickAsync();
        await session.Page.GetByRole(AriaRole.Option, new() { Name = "制造业区位熵", Exact = true }).ClickAsync();

        await session.WaitForQueryAsync("metric", "lq.manufacturing");
        var after = await session.WaitForMapTraceChangeAsync(Map, before);
        await session.ScreenshotAsync("metric-lq-manufacturing");

        Assert.Equal(Cities.Jilin.Keys.Order(), after.Locations.Order());
        Assert.All(after.Z, z => Assert.True(z is { } v && double.IsFinite(v)));
        Assert.NotEqual(before.Z, after.Z);
        Assert.Contains("制造业区位熵", await session.Page.GetByTestId("metric-picker").InnerTextAsync());
        session.AssertClean();
    }

    [Fact]
    public async Task Switching_language_shows_english_labels_and_city_names()
    {
        await using var session = await OpenOverviewAsync(nameof(Switching_language_shows_english_labels_and_city_names), "/?metric=lq.producer_services");

        await session.Page.GetByTestId("lang-switch").ClickAsync();
        await session.WaitForQueryAsync("lang", "en");
        await session.Page.WaitForFunctionAsync(
            "() => (document.querySelector('[data-testid=page-title]')?.innerText ?? '').includes('Overview')");
        await session.Page.WaitForFunctionAsync(
            "id => { const el = document.getElementById(id); return !!el && !!el.data && el.data[0].y.includes('Changchun'); }", Ranking);
        await session.WaitForChartAsync(Map);
        await session.WaitForChartAsync(Ranking);
        await session.ScreenshotAsync("overview-en");

        Assert.Equal("lq.producer_services", await session.QueryAsync("metric"));
        Assert.Equal(Cities.Jilin.Values.Select(c => c.En).Order(), (await RankingNamesAsync(session)).Order());
        Assert.Equal("中文", (await session.Page.GetByTestId("lang-switch").InnerTextAsync()).Trim());
        Assert.True(await session.Page.GetByTestId("illustrative-notice").IsVisibleAsync());
        Assert.Contains("illustrative", await session.Page.GetByTestId("illustrative-notice").InnerTextAsync());
        session.AssertClean();
    }

    private static async Task<string[]> RankingNamesAsync(BrowserSession session)
    {
        var json = await session.Page.EvaluateAsync<string>("id => JSON.stringify(Array.from(document.getElementById(id).data[0].y))", Ranking);
        return JsonSerializer.Deserialize<string[]>(json)!;
    }
}
