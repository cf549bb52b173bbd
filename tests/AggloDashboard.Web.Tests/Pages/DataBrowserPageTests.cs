using AggloDashboard.Core.Metrics;
using AggloDashboard.Core.Domain;
using AggloDashboard.Web.Components.Pages;
using AggloDashboard.Web.Components.Shared;
using AggloDashboard.Web.Services;
using MiniExcelLibs;

namespace AggloDashboard.Web.Tests.Pages;

[Collection(DashboardCollection.Name)]
public sealed class DataBrowserPageTests(DashboardFixture fixture) : IAsyncLifetime
{
    private BunitHost _host = default!;

    public Task InitializeAsync()
    {
        _host = new BunitHost(fixture);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private IRenderedComponent<DataBrowser> Open(string url)
    {
        _host.Navigation.NavigateTo(url);
        return _host.Context.Render<DataBrowser>().WhenComputed();
    }

    private int Count(Func<AggloDashboard.Core.Domain.Observation, bool> match) =>
        fixture.Snapshot.Dataset.Observations.Count(match);

    [Fact]
    public void The_grid_shows_one_page_of_the_filtered_observations_from_the_store()
    {
        var page = Open("/data?city=220100&year=2020&lang=en");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=cell-city]")));
        var cities = page.FindAll("[data-testid=cell-city]");
        Assert.Equal(Math.Min(25, Count(o => o is { RegionCode: "220100", Year: 2020 })), cities.Count);
        Assert.All(cities, c => Assert.Equal("220100", c.GetAttribute("data-code")));
        Assert.All(page.FindAll("[data-testid=cell-year]"), y => Assert.Equal("2020", y.TextContent));
        Assert.EndsWith($" {Count(o => o is { RegionCode: "220100", Year: 2020 })}", page.Find("[data-testid=data-total]").TextContent.Trim());
    }

    [Fact]
    public void The_page_in_the_url_is_the_page_the_grid_loads()
    {
        var all = fixture.Snapshot.Dataset.Observations;

        var page = Open("/data?page=2&lang=en");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=cell-city]")));
        var first = page.FindAll("[data-testid=cell-indicator]")[0].GetAttribute("data-code");
        Assert.Equal(all[50].IndicatorCode, first);
        Assert.Equal(all[50].RegionCode, page.FindAll("[data-testid=cell-city]")[0].GetAttribute("data-code"));
    }

    [Fact]
    public void A_subsystem_filter_keeps_only_that_subsystems_indicators_and_sorting_by_value_is_in_the_url()
    {
        var page = Open("/data?subsystem=manufacturing&sort=value&desc=1&lang=en");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=cell-value]")));
        var manufacturing = fixture.Snapshot.Dataset.Indicators.Where(i => i.Subsystem == AggloDashboard.Core.Domain.Subsystem.Manufacturing).Select(i => i.Code).ToHashSet();
        Assert.All(page.FindAll("[data-testid=cell-indicator]"), c => Assert.Contains(c.GetAttribute("data-code")!, manufacturing));
        var largest = fixture.Snapshot.Dataset.Observations.Where(o => manufacturing.Contains(o.IndicatorCode)).Max(o => o.Value)!.Value;
        Assert.Equal(largest.ToString("G10", System.Globalization.CultureInfo.GetCultureInfo("en-US")), page.FindAll("[data-testid=cell-value]")[0].TextContent);
    }

    [Fact]
    public void Values_that_are_not_in_the_dataset_are_named_and_ignored()
    {
        var page = Open("/data?city=999999&year=abc&subsystem=nope&lang=en");

        var problem = page.Find("[data-testid=data-input-problem]").TextContent;
        Assert.Contains("city=999999", problem);
        Assert.Contains("year=abc", problem);
        Assert.Contains("subsystem=nope", problem);
        page.WaitForAssertion(() => Assert.Contains($"{fixture.Snapshot.Dataset.Observations.Count}", page.Find("[data-testid=data-total]").TextContent));
    }

    [Fact]
    public void A_filter_change_puts_the_filters_in_the_url_and_starts_at_the_first_page()
    {
        var page = Open("/data?page=3&lang=en");
        var filters = page.FindComponent<ObservationFilters>();

        page.InvokeAsync(() => filters.Instance.QueryChanged.InvokeAsync(filters.Instance.Query with { City = "220200", Year = 2019 }));

        Assert.EndsWith("/data?city=220200&year=2019&lang=en", _host.Navigation.Uri);
    }

    [Fact]
    public void The_current_view_downloads_as_a_workbook_with_every_matching_row()
    {
        var page = Open("/data?city=220100&year=2020&lang=en");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=cell-city]")));

        page.Find("[data-testid=data-view-xlsx]").Click();

        page.WaitForAssertion(() => Assert.Single(_host.Context.JSInterop.Invocations, i => i.Identifier == Downloaded.Identifier));
        var call = _host.Context.JSInterop.Invocations.Single(i => i.Identifier == Downloaded.Identifier);
        Assert.Equal("data-220100-2020.xlsx", call.Arguments[0]);
        using var stream = Downloaded.Bytes(call);
        var rows = MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToArray();
        Assert.Equal(Count(o => o is { RegionCode: "220100", Year: 2020 }), rows.Length);
        Assert.Equal(["region_code", "City", "Year", "indicator", "Indicator", "Unit", "Subsystem / sector", "Value"], rows[0].Keys.ToArray());
        var first = fixture.Snapshot.Dataset.Observations.First(o => o is { RegionCode: "220100", Year: 2020 });
        Assert.Equal(first.IndicatorCode, rows[0]["indicator"]);
        Assert.Equal(first.Value, Convert.ToDouble(rows[0]["Value"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_full_metric_tables_link_to_their_downloads_over_http()
    {
        var page = Open("/data?lang=en");

        var id = fixture.Snapshot.Version.Id;
        Assert.Equal($"/downloads/metrics-v{id}.zip", page.Find("[data-testid=metric-tables-zip]").GetAttribute("href"));
        Assert.Equal($"/downloads/metrics-v{id}.xlsx", page.Find("[data-testid=metric-tables-xlsx]").GetAttribute("href"));
        Assert.NotNull(page.Find("[data-testid=metric-tables-xlsx]").GetAttribute("download"));
    }

    [Fact]
    public void The_catalog_lists_every_indicator_with_its_unit_direction_and_subsystem()
    {
        var page = Open("/data?tab=catalog&lang=en");

        var rows = page.FindAll("[data-testid^=catalog-]").Where(r => r.TagName == "TR").ToArray();
        Assert.Equal(fixture.Snapshot.Dataset.Indicators.Count, rows.Length);
        var total = page.Find("[data-testid='catalog-emp.total']").TextContent;
        Assert.Contains("Total employment", total);
        Assert.Contains("positive (+1)", total);
    }

    [Fact]
    public void Every_quality_finding_links_to_its_cells_in_the_data_browser()
    {
        var report = fixture.Snapshot.Analyses.Quality;
        var page = Open("/data?tab=quality&lang=en");

        Assert.Contains("1.4826 × MAD r) > 5", page.Find("[data-testid=quality-outlier-rule]").TextContent);
        var outlierLinks = page.FindAll("[data-testid=quality-outlier-link]");
        Assert.Equal(report.Outliers.Count, outlierLinks.Count);
        foreach (var (outlier, link) in report.Outliers.Zip(outlierLinks))
        {
            Assert.Equal(DashboardUrls.Data(new DataBrowserQuery(outlier.RegionCode, outlier.Year, outlier.IndicatorCode, Lang: Lang.En)), link.GetAttribute("href"));
        }

        // Changchun is far above the other cities in most indicators every year: that is no entry error.
        Assert.InRange(report.Outliers.Count(o => o.RegionCode == "220100"), 0, 3);
        Assert.Equal(report.Missing.Sum(m => m.RegionCodes.Count) + report.SectorSums.Count + report.ThinYears.Count,
            page.FindAll("[data-testid=quality-link]").Count);
    }

    [Fact]
    public void A_unit_slip_is_listed_with_both_medians_and_links_to_its_cell()
    {
        var seed = fixture.Snapshot;
        var slipped = seed.Dataset.Observations.Select(o =>
            o is { RegionCode: "220300", Year: 2016, IndicatorCode: "inn.rd_personnel" } ? o with { Value = o.Value * 10 } : o);
        var dataset = new Dataset(seed.Dataset.Regions, seed.Dataset.Indicators, slipped, seed.Dataset.BoundaryGeoJson);
        var snapshot = new DashboardSnapshot(seed.Version, dataset, MetricsEngine.Compute(dataset));

        var panel = _host.Context.Render<DataQualityPanel>(p => p.Add(q => q.Snapshot, snapshot).Add(q => q.Lang, Lang.En)).WhenComputed();

        var added = snapshot.Analyses.Quality.Outliers.Except(seed.Analyses.Quality.Outliers);
        var outlier = Assert.Single(added);
        Assert.Equal(("220300", 2016, "inn.rd_personnel"), (outlier.RegionCode, outlier.Year, outlier.IndicatorCode));
        var url = DashboardUrls.Data(new DataBrowserQuery("220300", 2016, "inn.rd_personnel", Lang: Lang.En));
        Assert.Single(panel.FindAll("[data-testid=quality-outlier-link]"), l => l.GetAttribute("href") == url);
        var row = panel.FindAll("[data-testid=quality-outliers] tr").Single(r => r.TextContent.Contains("2016")).TextContent;
        Assert.Contains("trend", row);
    }

    [Fact]
    public void The_seed_boundaries_need_no_repair_and_the_boundary_section_says_so()
    {
        var page = Open("/data?tab=quality&lang=en");

        Assert.Equal(0, fixture.Snapshot.Analyses.Boundaries!.Count);
        Assert.Contains("properties.adcode", page.Find("[data-testid=quality-boundary-rule]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=quality-boundary]"));
    }

    [Fact]
    public void The_quality_tab_shows_a_bilingual_checking_state_until_its_report_is_ready()
    {
        var seed = fixture.Snapshot;
        var snapshot = new DashboardSnapshot(seed.Version, seed.Dataset, seed.Results);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _ = snapshot.Analyses.GetAsync("quality", () =>
        {
            gate.Task.Wait();
            return seed.Analyses.Quality;
        }, CancellationToken.None);

        var panel = _host.Context.Render<DataQualityPanel>(p => p.Add(q => q.Snapshot, snapshot).Add(q => q.Lang, Lang.Zh));

        Assert.Contains("正在检查数据质量", panel.Find("[data-testid=quality-computing]").TextContent);
        gate.SetResult();
        panel.WhenComputed();
        Assert.NotNull(panel.Find("[data-testid=quality-summary]"));
    }

    [Fact]
    public void Boundary_repairs_and_a_prefecture_without_a_boundary_are_listed_by_code()
    {
        var seed = fixture.Snapshot;
        var geoJson = System.Text.Json.Nodes.JsonNode.Parse(seed.Dataset.BoundaryGeoJson!)!;
        var features = geoJson["features"]!.AsArray();
        features.Remove(features.Single(f => (string?)f!["properties"]!["code"] == "220400"));
        // Leave Siping's ring open, as ECharts' maps do.
        var ring = features.Single(f => (string?)f!["properties"]!["code"] == "220300")!["geometry"]!["coordinates"]![0]!.AsArray();
        ring.RemoveAt(ring.Count - 1);
        var dataset = new Dataset(seed.Dataset.Regions, seed.Dataset.Indicators, seed.Dataset.Observations, geoJson.ToJsonString());
        var snapshot = new DashboardSnapshot(seed.Version, dataset, MetricsEngine.Compute(dataset));

        var panel = _host.Context.Render<DataQualityPanel>(p => p.Add(q => q.Snapshot, snapshot).Add(q => q.Lang, Lang.En)).WhenComputed();

        var rows = panel.FindAll("[data-testid=quality-boundary]");
        Assert.Equal(["220300", "220400"], rows.Select(r => r.GetAttribute("data-code")));
        Assert.Contains("Siping (220300)", rows[0].TextContent);
        Assert.Contains("repaired", rows[0].TextContent);
        Assert.Contains("closed 1 ring whose last position was not the first", rows[0].TextContent);
        Assert.Contains("Liaoyuan (220400)", rows[1].TextContent);
        Assert.Contains("left off the maps and the spatial statistics", rows[1].TextContent);
        var quality = snapshot.Analyses.Quality.FindingCount;
        Assert.EndsWith($" {quality + 2}", panel.Find("[data-testid=quality-summary]").TextContent.Trim());
    }

    [Fact]
    public void Turning_the_page_and_sorting_in_the_grid_are_written_to_the_url()
    {
        var page = Open("/data?city=220100&lang=en");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=cell-city]")));

        page.Find("button[aria-label='Next page']").Click();
        page.WaitForAssertion(() => Assert.EndsWith("/data?city=220100&page=1&lang=en", _host.Navigation.Uri));

        page.FindAll(".sortable-column-header").Single(h => h.TextContent == "Value").Click();
        page.WaitForAssertion(() => Assert.Contains("sort=value", _host.Navigation.Uri));
    }
}
