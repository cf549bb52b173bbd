using AggloDashboard.Core.Domain;
using AggloDashboard.Core.ShiftShare;
using AggloDashboard.Web.Charts;
using AggloDashboard.Web.Components.Pages;
using AggloDashboard.Web.Components.Shared;
using AggloDashboard.Web.Readings;
using AggloDashboard.Web.Services;
using AggloDashboard.Web.Tests.Pages;
using MudBlazor;
using Plotly.Blazor.Traces;

namespace AggloDashboard.Web.Tests.ShiftShare;

[Collection(DashboardCollection.Name)]
public sealed class ShiftSharePageTests(DashboardFixture fixture) : IAsyncLifetime
{
    private readonly BunitHost _host = new(fixture);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private IRenderedComponent<Components.Pages.ShiftShare> Open(string url)
    {
        _host.Navigation.NavigateTo(url);
        return _host.Context.Render<Components.Pages.ShiftShare>().WhenComputed();
    }

    private static Figure Chart(IRenderedComponent<Components.Pages.ShiftShare> page, string id) =>
        page.FindComponents<ChartView>().Single(c => c.Instance.Id == id).Instance.Figure;

    private ShiftShareResult Result(ShiftShareMethod method, int from, int to) => ShiftShareAnalyses.For(fixture.Snapshot).Result(method, from, to);

    [Fact]
    public void Defaults_to_the_static_decomposition_of_every_city_with_a_Chinese_reading()
    {
        var page = Open("/shift-share");
        var result = Result(ShiftShareMethod.Static, 2005, 2023);

        Assert.Contains("偏离—份额", page.Find("[data-testid=page-title]").TextContent);
        var reading = ShiftShareReading.Decomposition(fixture.Snapshot, result, result.Cities, Lang.Zh);
        Assert.All(reading, sentence => Assert.Contains(sentence, page.Find("[data-testid=shift-reading]").TextContent));
        var competitive = (Bar)Chart(page, "shift-bars").Data[2];
        Assert.Equal(result.Cities.OrderBy(c => c.Total.Growth).Select(c => (object)c.Total.Competitive), competitive.X);
        Assert.Equal(9, page.FindAll("[data-testid=shift-row-city]").Count);
        Assert.Empty(page.FindAll("[data-testid=shift-problem]"));
        Assert.Equal(9, page.FindComponent<CorePeripheryCard>().Instance.Result!.Points.Count);
    }

    [Fact]
    public void Years_method_and_cities_come_from_the_url_in_English()
    {
        var page = Open("/shift-share?from=2010&to=2020&method=dynamic&cities=220100,220300&lang=en");
        var result = Result(ShiftShareMethod.Dynamic, 2010, 2020);

        Assert.Contains("Reading · 2010–2020 · Dynamic (year by year)", page.Find("[data-testid=shift-reading]").TextContent);
        Assert.Equal(["Changchun", "Siping"], page.FindAll("[data-testid=shift-row-city]").Select(c => c.TextContent.Trim()));
        var heatmap = (HeatMap)Chart(page, "shift-heatmap").Data[0];
        Assert.Equal(["Changchun", "Siping"], heatmap.X);
        Assert.Equal(result.City("220300")!.Sectors[0].Competitive, ((double[])heatmap.Z[0])[1]);
        Assert.DoesNotContain("Allocation effect", page.Find("[data-testid=shift-table]").TextContent);
        Assert.Equal(2, page.FindComponent<CorePeripheryCard>().Instance.Result!.Points.Count);
    }

    [Theory]
    [InlineData("?from=2020&to=2010&lang=en", "The base year 2020 must be before the end year 2010.")]
    [InlineData("?from=1990&lang=en", "1990 or 2023 is not a year of the data (2005–2023).")]
    [InlineData("?to=2005", "起始年 2005 必须早于截止年 2005。")]
    public void Unusable_years_show_a_message_instead_of_charts(string query, string message)
    {
        var page = Open("/shift-share" + query);

        Assert.Equal(message, page.Find("[data-testid=shift-problem]").TextContent.Trim());
        Assert.Empty(page.FindComponents<ChartView>());
        Assert.Empty(page.FindAll("[data-testid=shift-table]"));
    }

    [Fact]
    public async Task Choosing_years_a_method_or_cities_writes_them_into_the_url()
    {
        var page = Open("/shift-share?lang=en");

        await page.InvokeAsync(() => page.FindComponents<MudSelect<int>>()[0].Instance.ValueChanged.InvokeAsync(2010));
        Assert.EndsWith("/shift-share?lang=en&from=2010", _host.Navigation.Uri);
        page.WhenComputed();

        await page.InvokeAsync(() => page.FindComponents<MudSelect<int>>()[1].Instance.ValueChanged.InvokeAsync(2015));
        Assert.EndsWith("/shift-share?lang=en&from=2010&to=2015", _host.Navigation.Uri);
        page.WhenComputed();

        await page.InvokeAsync(() => page.FindComponent<MudSelect<ShiftShareMethod>>().Instance.ValueChanged.InvokeAsync(ShiftShareMethod.Dynamic));
        Assert.EndsWith("/shift-share?lang=en&from=2010&to=2015&method=dynamic", _host.Navigation.Uri);
        page.WhenComputed();

        await page.InvokeAsync(() => page.FindComponent<MudSelect<string>>().Instance.SelectedValuesChanged.InvokeAsync(["220300", "220100"]));
        Assert.EndsWith("/shift-share?cities=220100,220300&lang=en&from=2010&to=2015&method=dynamic", Uri.UnescapeDataString(_host.Navigation.Uri));
    }

    [Fact]
    public void The_table_downloads_at_full_precision()
    {
        var page = Open("/shift-share?from=2010&to=2020&lang=en");
        var changchun = Result(ShiftShareMethod.Static, 2010, 2020).City("220100")!.Total;
        var inv = System.Globalization.CultureInfo.InvariantCulture;

        page.Find("[data-testid=shift-table-csv]").Click();

        page.WaitForAssertion(() => Assert.Single(_host.Context.JSInterop.Invocations, i => i.Identifier == Downloaded.Identifier));
        var call = _host.Context.JSInterop.Invocations.Single(i => i.Identifier == Downloaded.Identifier);
        Assert.Equal("shift-share-table-static-2010-2020.csv", call.Arguments[0]);
        var lines = Downloaded.Text(call).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("City,region_code,base_year,end_year,method,growth,reference_share,industry_mix,competitive,net_competitive,allocation", lines[0]);
        Assert.Equal(10, lines.Length);
        Assert.Contains($"Changchun,220100,2010,2020,static,{changchun.Growth.ToString("R", inv)},{changchun.ReferenceShare.ToString("R", inv)},", lines[1]);
    }

    [Fact]
    public void Without_boundaries_the_core_periphery_card_says_so()
    {
        var s = fixture.Snapshot;
        var bare = new DashboardSnapshot(s.Version, new Dataset(s.Dataset.Regions, s.Dataset.Indicators, s.Dataset.Observations, null), s.Results);

        var card = _host.Context.Render<CorePeripheryCard>(p => p
            .Add(c => c.Snapshot, bare).Add(c => c.Cities, ["220100", "220200"]).Add(c => c.From, 2005).Add(c => c.To, 2023).Add(c => c.Lang, Lang.En));

        Assert.Equal(UiText.Get(Lang.En, "shift.cp.noBoundaries"), card.Find("[data-testid=core-periphery-none]").TextContent.Trim());
        Assert.Null(card.Instance.Result);
        Assert.Empty(card.FindComponents<ChartView>());
    }

    [Fact]
    public void The_city_profile_shows_the_city_s_own_decomposition_and_links_the_page()
    {
        _host.Navigation.NavigateTo("/city/220200?lang=en");
        var profile = _host.Context.Render<CityProfile>(p => p.Add(c => c.Code, "220200")).WhenComputed();
        var city = Result(ShiftShareMethod.Static, 2005, 2023).City("220200")!;

        var card = profile.FindComponent<CityShiftShareCard>();
        var figure = card.FindComponent<ChartView>().Instance.Figure;
        Assert.Equal(city.Total.Competitive, ((Bar)figure.Data[2]).Y[0]);
        Assert.Contains("Where employment change came from (shift-share, 2005–2023)", card.Markup);
        Assert.Equal("/shift-share?cities=220200&lang=en", card.Find("[data-testid=city-shift-share-link]").GetAttribute("href"));
    }
}
