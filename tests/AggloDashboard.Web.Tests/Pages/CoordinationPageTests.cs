using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Components.Pages;
using AggloDashboard.Web.Components.Shared;
using Plotly.Blazor.Traces;

namespace AggloDashboard.Web.Tests.Pages;

[Collection(DashboardCollection.Name)]
public sealed class CoordinationPageTests(DashboardFixture fixture) : IAsyncLifetime
{
    private readonly BunitHost _host = new(fixture);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private IRenderedComponent<Coordination> Open(string url)
    {
        _host.Navigation.NavigateTo(url);
        return _host.Context.Render<Coordination>();
    }

    private static ChartView Chart(IRenderedComponent<Coordination> page, string id) =>
        page.FindComponents<ChartView>().Single(c => c.Instance.Id == id).Instance;

    [Fact]
    public void The_year_comes_from_the_url_and_reaches_the_bars_and_the_table()
    {
        var page = Open("/coordination?year=2012&lang=en");

        Assert.Contains("Innovation coordination · 2012", page.Find("[data-testid=page-title]").TextContent);
        var input = (Bar)Chart(page, "coordination-subsystems").Figure.Data[0];
        Assert.Equal(fixture.Snapshot.Value("220100", 2012, MetricCodes.InnovationInput), (double?)input.Y![0]);
        var d = fixture.Snapshot.Value("220100", 2012, MetricCodes.InnovationD)!.Value;
        Assert.Contains(d.ToString("0.0000", Lang.En.Culture()), page.Find("[data-testid=coordination-table] tbody tr").TextContent);
        Assert.IsType<HeatMap>(Chart(page, "coordination-heatmap").Figure.Data[0]);
    }

    [Fact]
    public void Defaults_to_the_latest_year_in_Chinese()
    {
        var page = Open("/coordination");

        Assert.Contains("创新系统协调 · 2023", page.Find("[data-testid=page-title]").TextContent);
        Assert.Contains("长春市", page.Find("[data-testid=coordination-table]").TextContent);
        Assert.Contains("熵权法指标权重", page.Markup);
    }

    [Fact]
    public async Task Choosing_a_year_keeps_the_language_in_the_url()
    {
        var page = Open("/coordination?year=2012&lang=en");

        await page.InvokeAsync(() => page.FindComponent<YearPicker>().Instance.ValueChanged.InvokeAsync(2015));

        Assert.EndsWith("/coordination?year=2015&lang=en", _host.Navigation.Uri);
    }

    [Fact]
    public void The_weights_table_lists_every_weight_and_downloads_at_full_precision()
    {
        var page = Open("/coordination?lang=en");

        Assert.Equal(fixture.Snapshot.Results.Weights.Count, page.FindAll("[data-testid=weights-table] tbody tr").Count);
        page.Find("[data-testid=weights-csv]").Click();

        var call = Assert.Single(_host.Context.JSInterop.Invocations, i => i.Identifier == Downloaded.Identifier);
        Assert.Equal("weights.csv", call.Arguments[0]);
        var lines = Downloaded.Text(call).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(fixture.Snapshot.Results.Weights.Count + 1, lines.Length);
        var first = fixture.Snapshot.Results.Weights[0];
        Assert.StartsWith(first.Composite + ",", lines[1]);
        Assert.Contains("," + first.Weight.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + ",", lines[1]);
    }

    [Fact]
    public void The_coordination_table_downloads_as_csv()
    {
        var page = Open("/coordination?year=2016&lang=en");

        page.Find("[data-testid=coordination-csv]").Click();

        var call = Assert.Single(_host.Context.JSInterop.Invocations, i => i.Identifier == Downloaded.Identifier);
        Assert.Equal("coordination-2016.csv", call.Arguments[0]);
        var lines = Downloaded.Text(call).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("City,code,Year,C,T,D,Coordination class", lines[0]);
        Assert.Equal(fixture.Snapshot.Cities.Count + 1, lines.Length);
    }

    [Fact]
    public async Task The_modified_form_comes_from_the_url_and_the_picker_sets_it()
    {
        var modified = await fixture.Data.GetCurrentAsync(MetricSettings.Default with { CouplingForm = CouplingForm.Modified });
        var page = Open("/coordination?year=2012&lang=en&ccd=modified");

        var d = modified.Value("220100", 2012, MetricCodes.InnovationD)!.Value;
        Assert.Contains(d.ToString("0.0000", Lang.En.Culture()), page.Find("[data-testid=coordination-table] tbody tr").TextContent);
        await page.InvokeAsync(() => page.FindComponent<YearPicker>().Instance.ValueChanged.InvokeAsync(2015));
        Assert.EndsWith("/coordination?year=2015&lang=en&ccd=modified", _host.Navigation.Uri);

        await page.InvokeAsync(() => page.FindComponent<CouplingFormPicker>().Instance.ValueChanged.InvokeAsync(CouplingForm.Standard));
        Assert.EndsWith("/coordination?year=2015&lang=en", _host.Navigation.Uri);
        await page.InvokeAsync(() => page.FindComponent<CouplingFormPicker>().Instance.ValueChanged.InvokeAsync(CouplingForm.Modified));
        Assert.EndsWith("/coordination?year=2015&lang=en&ccd=modified", _host.Navigation.Uri);
    }
}
