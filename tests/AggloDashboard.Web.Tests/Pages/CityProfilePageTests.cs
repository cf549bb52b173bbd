using AggloDashboard.Web.Tables;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Charts;
using AggloDashboard.Web.Components.Pages;
using AggloDashboard.Web.Components.Shared;
using AggloDashboard.Web.Services;
using AggloDashboard.Web.Views;
using Microsoft.AspNetCore.WebUtilities;
using Plotly.Blazor.Traces;

namespace AggloDashboard.Web.Tests.Pages;

[Collection(DashboardCollection.Name)]
public sealed class CityProfilePageTests(DashboardFixture fixture) : IAsyncLifetime
{
    private readonly BunitHost _host = new(fixture);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private DashboardSnapshot S => fixture.Snapshot;

    private IRenderedComponent<CityProfile> Render(string code, string query = "")
    {
        _host.Navigation.NavigateTo("/city/" + code + query);
        return _host.Context.Render<CityProfile>(p => p.Add(c => c.Code, code)).WhenComputed();
    }

    private static Figure Chart(IRenderedComponent<CityProfile> page, string id) =>
        page.FindComponents<ChartView>().Single(c => c.Instance.Id == id).Instance.Figure;

    private static Dictionary<string, string> QueryOf(string url) =>
        QueryHelpers.ParseQuery(new Uri(new Uri("http://localhost"), url).Query).ToDictionary(kv => kv.Key, kv => kv.Value.ToString());

    [Fact]
    public void Shows_the_city_name_and_its_ranks_in_the_chosen_year()
    {
        var page = Render("220200", "?year=2015&lang=en");

        Assert.Equal("Jilin", page.Find("[data-testid=page-title]").TextContent.Trim());
        var rank = CityProfileSummary.Rank(S, "220200", S.Catalog.Find(MetricCodes.CouplingD)!, 2015);
        Assert.Contains($"{rank.Rank} of {rank.Count}", page.Find($"[data-testid='rank-{MetricCodes.CouplingD}']").TextContent);
        Assert.Contains("Rank among the cities · 2015", page.Find("[data-testid=city-ranks]").TextContent);
    }

    [Fact]
    public void Defaults_to_the_latest_year_in_Chinese()
    {
        var page = Render("220100");

        Assert.Equal("长春市", page.Find("[data-testid=page-title]").TextContent.Trim());
        var rank = CityProfileSummary.Rank(S, "220100", S.Catalog.Find(MetricCodes.InnovationD)!, S.LatestYear);
        Assert.Contains($"第{rank.Rank}/{rank.Count}名", page.Find($"[data-testid='rank-{MetricCodes.InnovationD}']").TextContent);
        Assert.Contains("与吉林市比较", page.Find("[data-testid=compare-links]").TextContent);
    }

    [Fact]
    public void The_table_lists_every_metric_of_the_catalog_for_the_last_ten_years()
    {
        var page = Render("220300", "?year=2019&lang=en");

        var table = page.Find("[data-testid=city-metrics-table]");
        var years = table.QuerySelectorAll("thead th").Skip(1).Select(th => int.Parse(th.TextContent, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Enumerable.Range(2010, 10), years);
        foreach (var metric in S.Catalog.All)
        {
            Assert.NotNull(table.QuerySelector($"[data-testid='metric-row-{metric.Code}']"));
        }

        Assert.Contains("Agglomeration × innovation", table.TextContent);
    }

    [Fact]
    public void The_charts_are_given_the_citys_data()
    {
        var page = Render("220500", "?year=2017&metric=lq.producer_services&lang=en");

        var subsystems = Chart(page, "city-subsystems").Data.Cast<Bar>().ToArray();
        Assert.Equal(["2005", "2017"], subsystems.Select(b => b.Name));
        Assert.Equal(S.Value("220500", 2017, MetricCodes.InnovationOutput), (double?)subsystems[1].Y![1]);

        var strip = Assert.IsType<HeatMap>(Assert.Single(Chart(page, "city-classes").Data));
        Assert.Equal(2, strip.Z!.Count);

        var trend = Chart(page, "city-trend").Data.Cast<Scatter>().ToArray();
        Assert.Equal(["Tonghua", "Mean of cities"], trend.Select(t => t.Name));
        Assert.Equal(S.Years.Select(y => S.Value("220500", y, MetricCodes.LqProducerServices)), trend[0].Y!.Cast<double?>());
        Assert.Equal(ChartPalette.City(4), trend[0].Line!.Color);
    }

    [Fact]
    public void Compare_links_open_trends_with_this_city_first()
    {
        var page = Render("220600", "?year=2012&metric=innov.t&lang=en");

        var all = page.Find("[data-testid=compare-link]").GetAttribute("href")!;
        Assert.StartsWith("/trends?", all, StringComparison.Ordinal);
        var q = QueryOf(all);
        Assert.Equal(string.Join(',', S.Cities.Select(c => c.Code).Where(c => c != "220600").Prepend("220600")), q["cities"]);
        Assert.Equal("innov.t", q["metric"]);
        Assert.Equal("en", q["lang"]);

        var one = QueryOf(page.Find("[data-testid=compare-220100]").GetAttribute("href")!);
        Assert.Equal("220600,220100", one["cities"]);
    }

    [Fact]
    public async Task Changing_year_or_metric_navigates_to_the_same_city_with_the_new_state()
    {
        var page = Render("220700", "?year=2012&lang=en");

        await page.InvokeAsync(() => page.FindComponent<YearPicker>().Instance.ValueChanged.InvokeAsync(2020));
        Assert.Equal("/city/220700", new Uri(_host.Navigation.Uri).AbsolutePath);
        var q = QueryOf(_host.Navigation.Uri);
        Assert.Equal("2020", q["year"]);
        Assert.Equal("en", q["lang"]);

        await page.InvokeAsync(() => page.FindComponent<MetricPicker>().Instance.ValueChanged.InvokeAsync(MetricCodes.AgglomerationU));
        Assert.Equal(MetricCodes.AgglomerationU, QueryOf(_host.Navigation.Uri)["metric"]);
    }

    [Theory]
    [InlineData("zh", "没有这个城市。")]
    [InlineData("en", "There is no such city.")]
    public void An_unknown_city_gets_a_friendly_message(string lang, string message)
    {
        var page = Render("999999", "?lang=" + lang);

        Assert.Contains(message, page.Find("[data-testid=city-not-found]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=page-title]"));
        Assert.Empty(page.FindComponents<ChartView>());
    }

    [Fact]
    public void The_csv_button_downloads_every_metric_of_the_city()
    {
        var page = Render("222400", "?lang=en");

        page.Find("[data-testid=city-csv]").Click();

        var call = _host.Context.JSInterop.Invocations.Single(i => i.Identifier == Downloaded.Identifier);
        Assert.Equal("city-222400-metrics.csv", call.Arguments[0]);
        Assert.Equal(CityTables.Metrics(S, "222400", Lang.En).Csv(), Downloaded.Text(call));
    }

    [Fact]
    public void The_profile_shows_the_citys_obstacles_and_forecast_of_D_with_its_checks()
    {
        var page = Render("220100", "?lang=en&year=2020");

        var bars = (Bar)Chart(page, "city-obstacles-chart").Data.Single();
        var diagnosis = S.Analyses.Obstacles;
        Assert.Equal(diagnosis.Top("220100", 2020, DiagnosisData.TopCount).Select(o => o.Percent).Reverse(), bars.X!.Cast<double>());
        var shares = page.Find("[data-testid=city-subsystem-obstacles]").TextContent;
        Assert.Contains("Innovation input", shares);
        Assert.Contains("%", shares);

        var forecast = Chart(page, "city-forecast-chart");
        Assert.Equal("Changchun", ((Scatter)forecast.Data[0]).Name);
        Assert.NotEmpty(page.Find("[data-testid=forecast-verdict]").TextContent);
        var link = page.Find("[data-testid=city-diagnosis-link]").GetAttribute("href")!;
        Assert.StartsWith("/diagnosis?", link);
        Assert.Contains("cities=220100", link);
    }
}
