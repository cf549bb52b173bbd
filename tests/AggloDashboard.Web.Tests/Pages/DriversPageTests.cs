using AggloDashboard.Core.Analytics;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Data.Export;
using AggloDashboard.Web.Components.Pages;
using AggloDashboard.Web.Charts;
using AggloDashboard.Web.Components.Shared;
using MudBlazor;
using Plotly.Blazor.Traces;

namespace AggloDashboard.Web.Tests.Pages;

[Collection(DashboardCollection.Name)]
public sealed class DriversPageTests(DashboardFixture fixture) : IAsyncLifetime
{
    private readonly BunitHost _host = new(fixture);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private IRenderedComponent<Drivers> Open(string url)
    {
        _host.Navigation.NavigateTo(url);
        return _host.Context.Render<Drivers>().WhenComputed();
    }

    private static Figure Chart(IRenderedComponent<Drivers> page, string id) =>
        page.FindComponents<ChartView>().Single(c => c.Instance.Id == id).Instance.Figure;

    [Fact]
    public void Defaults_to_producer_services_on_every_driver_logged_with_both_models_and_the_few_clusters_note_in_Chinese()
    {
        var page = Open("/drivers");
        var expected = fixture.Snapshot.Analyses.Analytics.Default;

        var plot = Chart(page, "coefficient-plot");
        Assert.Equal(2, plot.Data.Count);
        var fe = expected.Regressions.Single(r => r.Model == RegressionModel.TwoWayFixedEffects);
        Assert.Equal(fe.Coefficients.Select(c => (object)c.Estimate), ((Scatter)plot.Data[1]).X);
        Assert.Equal(MetricCodes.LqProducerServices, expected.RegressionPanel.Data.Dependent);
        Assert.Equal(6, page.FindAll("[data-testid=regression-table] tbody tr[data-testid^=coef-]").Count - 1);
        Assert.Contains("仅有 9 个聚类", page.Find("[data-testid=few-clusters-note]").TextContent);
        Assert.Contains(fe.N.ToString(System.Globalization.CultureInfo.InvariantCulture), page.Find("[data-testid=fit-n]").TextContent);
        Assert.Contains("驱动因素分析", page.Find("[data-testid=page-title]").TextContent);
    }

    [Fact]
    public void The_spec_comes_from_the_url_and_the_texts_follow_the_language()
    {
        var page = Open("/drivers?metric=coagg&drivers=drv.urbanisation,drv.fdi&lag=1&log=0&lang=en");
        var spec = new RegressionSpec(MetricCodes.Coagglomeration, ["drv.fdi", "drv.urbanisation"], LagDrivers: true, LogDrivers: false);
        var expected = fixture.Snapshot.Analyses.Analytics.Drivers(spec);

        var pooled = (Scatter)Chart(page, "coefficient-plot").Data[0];
        Assert.Equal(["Foreign direct investment actually used (t-1)", "Urbanisation rate (t-1)"], pooled.Y!.Cast<string>());
        Assert.Equal(expected.Regressions[0].Coefficients.Skip(1).Select(c => (object)c.Estimate), pooled.X);
        Assert.Contains("Only 9 clusters (fewer than 30)", page.Find("[data-testid=few-clusters-note]").TextContent);
        Assert.Contains("Driving factors", page.Find("[data-testid=page-title]").TextContent);
    }

    [Fact]
    public async Task The_controls_write_the_state_into_the_url()
    {
        var page = Open("/drivers?metric=coagg&drivers=drv.fdi,drv.urbanisation&lag=0&log=1&lang=en");

        await page.InvokeAsync(() => page.FindComponents<MudSwitch<bool>>()[0].Instance.ValueChanged.InvokeAsync(true));
        Assert.EndsWith("/drivers?metric=coagg&lang=en&drivers=drv.fdi,drv.urbanisation&lag=1&log=1", Uri.UnescapeDataString(_host.Navigation.Uri));

        var select = page.FindComponents<MudSelect<string>>().Single(s => s.Instance.MultiSelection);
        await page.InvokeAsync(() => select.Instance.SelectedValuesChanged.InvokeAsync(["drv.urbanisation", "drv.private_share"]));
        Assert.EndsWith("drivers=drv.private_share,drv.urbanisation&lag=1&log=1", Uri.UnescapeDataString(_host.Navigation.Uri));

        await page.InvokeAsync(() => page.FindComponents<MudSwitch<bool>>()[1].Instance.ValueChanged.InvokeAsync(false));
        Assert.EndsWith("&lag=1&log=0", _host.Navigation.Uri);
    }

    [Fact]
    public void The_grey_relational_grades_of_every_driver_are_drawn_overall_and_tabled_per_city()
    {
        var page = Open("/drivers?metric=couple.d&lang=en");
        var spec = RegressionSpec.Default(fixture.Snapshot.Dataset) with { Dependent = MetricCodes.CouplingD };
        var grades = fixture.Snapshot.Analyses.Analytics.Drivers(spec).GreyRelational;

        var bar = (Bar)Chart(page, "grey-chart").Data[0];
        var overall = grades.Where(g => g.Scope == GreyRelationalPanel.OverallScope).OrderBy(g => g.Rank).ToArray();
        Assert.Equal(overall.Select(g => (object)g.Grade), bar.X);
        Assert.Equal(6, page.FindAll("[data-testid=grey-table] tbody tr").Count);
        Assert.Equal(2 + 9, page.FindAll("[data-testid=grey-table] thead th").Count);
        Assert.Contains("Changchun", page.Find("[data-testid=grey-table] thead").TextContent);
    }

    [Fact]
    public void Copy_as_text_table_puts_the_regression_text_table_on_the_clipboard()
    {
        var page = Open("/drivers?lang=en");
        var expected = fixture.Snapshot.Analyses.Analytics.Default;

        page.Find("[data-testid=copy-table]").Click();

        var copy = Assert.Single(_host.Context.JSInterop.Invocations, i => i.Identifier == "navigator.clipboard.writeText");
        Assert.Equal(RegressionTextTable.Format(expected.Regressions, expected.RegressionPanel), copy.Arguments[0]);
        Assert.Contains("Copied", page.Find("[data-testid=copied]").TextContent);
    }

    [Fact]
    public void The_regression_and_grey_tables_download_as_csv_and_the_text_table_as_a_file()
    {
        var page = Open("/drivers?lang=en");
        var expected = fixture.Snapshot.Analyses.Analytics.Default;
        var inv = System.Globalization.CultureInfo.InvariantCulture;

        page.Find("[data-testid=regression-csv]").Click();
        page.Find("[data-testid=grey-csv]").Click();
        page.Find("[data-testid=download-table]").Click();

        var calls = _host.Context.JSInterop.Invocations.Where(i => i.Identifier == Downloaded.Identifier).ToArray();
        Assert.Equal(3, calls.Length);
        Assert.Equal("regression-lq.producer_services.csv", calls[0].Arguments[0]);
        var regression = Downloaded.Text(calls[0]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + expected.Regressions.Sum(r => r.Coefficients.Count), regression.Length);
        var first = expected.Regressions[0].Coefficients[0];
        Assert.StartsWith($"Intercept,{first.Term},pooled_ols,{first.Estimate.ToString("R", inv)},{first.StandardError.ToString("R", inv)}", regression[1]);

        var grey = Downloaded.Text(calls[1]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + expected.GreyRelational.Count, grey.Length);
        Assert.Equal("Scope,scope,Drivers,driver,Grade,Rank,n", grey[0]);

        Assert.Equal("regression-lq.producer_services.txt", calls[2].Arguments[0]);
        Assert.Equal(RegressionTextTable.Format(expected.Regressions, expected.RegressionPanel), Downloaded.Text(calls[2]));
    }

    [Fact]
    public async Task A_city_s_ranked_grades_are_drawn_when_its_scope_is_chosen_and_the_scope_stays_in_the_url()
    {
        var page = Open("/drivers?metric=couple.d&grey=222400&lang=en");
        var spec = RegressionSpec.Default(fixture.Snapshot.Dataset) with { Dependent = MetricCodes.CouplingD };
        var yanbian = fixture.Snapshot.Analyses.Analytics.Drivers(spec).GreyRelational
            .Where(g => g.Scope == "222400").OrderBy(g => g.Rank).ToArray();

        Assert.Equal(yanbian.Select(g => (object)g.Grade), ((Bar)Chart(page, "grey-chart").Data[0]).X);

        var scope = page.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "Scope");
        await page.InvokeAsync(() => scope.Instance.ValueChanged.InvokeAsync(GreyRelationalPanel.OverallScope));
        Assert.DoesNotContain("grey=", _host.Navigation.Uri);
        await page.InvokeAsync(() => scope.Instance.ValueChanged.InvokeAsync("220100"));
        Assert.EndsWith("&grey=220100", _host.Navigation.Uri);
    }
}
