using AggloDashboard.Core.Analytics;
using AggloDashboard.Core.Diagnostics;
using AggloDashboard.Core.Policy;
using AggloDashboard.Data.Policy;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Components.Pages;
using AggloDashboard.Web.Components.Shared;
using AggloDashboard.Web.Services;
using Microsoft.AspNetCore.Components;

namespace AggloDashboard.Web.Tests.Pages;

/// <summary>Pages show their other cards at once and a loading state where an analysis is still computed.</summary>
[Collection(DashboardCollection.Name)]
public sealed class AnalysisLoadingTests(DashboardFixture fixture) : IAsyncLifetime
{
    private readonly BunitHost _host = new(fixture);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>
    /// The snapshot of a tolerance no other test uses (so its analysis cache is empty), its default analytics held
    /// back by <paramref name="gate"/> until the test opens it.
    /// </summary>
    private async Task<DashboardSnapshot> GatedAsync(string tolerance, TaskCompletionSource gate)
    {
        var snapshot = (await fixture.Data.ResolveAsync(MetricSettingsText.ParseText("tol=" + tolerance))).Snapshot;
        var weights = await snapshot.Analyses.Analytics.WeightsAsync(CancellationToken.None);
        _ = snapshot.Analyses.GetAsync(SnapshotAnalytics.DefaultKey, () =>
        {
            gate.Task.Wait();
            return AnalyticsReport.Compute(snapshot.Dataset, snapshot.Results, weights.All);
        }, CancellationToken.None);
        return snapshot;
    }

    [Fact]
    public async Task The_spatial_page_shows_its_pickers_and_a_bilingual_computing_state_then_the_moran_results()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var snapshot = await GatedAsync("0.17", gate);
        var computations = snapshot.Analyses.Computations;

        _host.Navigation.NavigateTo("/spatial?tol=0.17");
        var page = _host.Context.Render<Spatial>();

        page.WaitForAssertion(() => Assert.Contains("正在计算莫兰指数", page.Find("[data-testid=moran-computing]").TextContent));
        Assert.NotNull(page.Find("[data-testid=lisa-computing]"));
        Assert.NotNull(page.Find("[data-testid=weights-picker]"));
        Assert.NotNull(page.Find("[data-testid=lisa-legend]"));
        Assert.Empty(page.FindAll("[data-testid=moran-table]"));

        gate.SetResult();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=moran-table] tbody tr")), TimeSpan.FromMinutes(1));
        Assert.Empty(page.FindAll(".computing"));
        Assert.Equal(computations, snapshot.Analyses.Computations);
    }

    [Fact]
    public async Task The_spatial_page_counts_the_years_of_moran_and_lisa_done_in_both_cards_and_the_other_cards_show_meanwhile()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var snapshot = (await fixture.Data.ResolveAsync(MetricSettingsText.ParseText("tol=0.16"))).Snapshot;
        var weights = await snapshot.Analyses.Analytics.WeightsAsync(CancellationToken.None);
        _ = snapshot.Analyses.GetAsync(SnapshotAnalytics.DefaultKey, (progress, ct) =>
        {
            progress.Report(new AnalysisProgress(5, 38));
            gate.Task.Wait(ct);
            return AnalyticsReport.Compute(snapshot.Dataset, snapshot.Results, weights.All);
        }, null, CancellationToken.None);

        _host.Navigation.NavigateTo("/spatial?tol=0.16&lang=en");
        var page = _host.Context.Render<Spatial>();

        // Each card follows the progress on its own and renders its count when it arrives.
        page.WaitForAssertion(() =>
        {
            Assert.Equal("5 / 38 years done", page.Find("[data-testid=moran-computing-count]").TextContent);
            Assert.Equal("5 / 38 years done", page.Find("[data-testid=lisa-computing-count]").TextContent);
        });
        Assert.NotNull(page.Find("[data-testid=weights-picker]"));
        Assert.NotNull(page.Find("[data-testid=lisa-legend]"));

        gate.SetResult();
        page.WhenComputed();
        Assert.NotEmpty(page.FindAll("[data-testid=moran-table] tbody tr"));
    }

    [Fact]
    public async Task The_disparities_page_does_not_wait_for_moran_and_lisa()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await GatedAsync("0.22", gate);

        _host.Navigation.NavigateTo("/disparities?tol=0.22&lang=en");
        var page = _host.Context.Render<Disparities>();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=beta-statement]")), TimeSpan.FromMinutes(1));
        Assert.NotNull(page.Find("[data-testid=sigma-chart]"));
        Assert.NotNull(page.Find("[data-testid=krugman-chart]"));
        gate.SetResult();
    }

    [Fact]
    public async Task Prerendering_sends_the_computing_cards_without_waiting_for_the_analysis()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await GatedAsync("0.21", gate);
        _host.Context.Renderer.SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        _host.Navigation.NavigateTo("/spatial?tol=0.21&lang=en");
        var page = _host.Context.Render<Spatial>();

        Assert.Contains("Computing Moran's I and LISA", page.Find("[data-testid=moran-computing]").TextContent);
        Assert.NotNull(page.Find("[data-testid=weights-picker]"));
        gate.SetResult();
    }

    [Fact]
    public async Task The_drivers_page_shows_its_pickers_while_the_default_regression_is_computed_in_English_without_waiting_for_moran()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var snapshot = (await fixture.Data.ResolveAsync(MetricSettingsText.ParseText("tol=0.18"))).Snapshot;
        var spec = snapshot.Analyses.Analytics.DefaultSpec;
        _ = snapshot.Analyses.GetAsync(SnapshotAnalytics.DriversKey(spec), () =>
        {
            gate.Task.Wait();
            return AnalyticsReport.Compute(snapshot.Dataset, snapshot.Results, [], new AnalyticsOptions { Metrics = [], Regression = spec });
        }, CancellationToken.None);

        _host.Navigation.NavigateTo("/drivers?tol=0.18&lang=en");
        var page = _host.Context.Render<Drivers>();

        page.WaitForAssertion(() => Assert.Contains("Estimating the panel regressions", page.Find("[data-testid=drivers-computing]").TextContent));
        Assert.NotNull(page.Find("[data-testid=driver-picker]"));

        gate.SetResult();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll(".computing")), TimeSpan.FromMinutes(1));
        Assert.NotEmpty(page.FindAll("[data-testid=regression-csv]"));
    }

    [Fact]
    public async Task The_disparities_page_shows_its_concentration_at_once_and_its_convergence_when_the_analytics_are_there()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var snapshot = (await fixture.Data.ResolveAsync(MetricSettingsText.ParseText("tol=0.28"))).Snapshot;
        _ = snapshot.Analyses.GetAsync("convergence|" + MetricCodes.CouplingD, () =>
        {
            gate.Task.Wait();
            return AnalyticsReport.ConvergenceOf(snapshot.Results, [MetricCodes.CouplingD]);
        }, CancellationToken.None);

        _host.Navigation.NavigateTo("/disparities?tol=0.28&lang=en");
        var page = _host.Context.Render<Disparities>();

        page.WaitForAssertion(() => Assert.Contains("Computing sigma and beta convergence", page.Find("[data-testid=sigma-computing]").TextContent));
        Assert.NotNull(page.Find("[data-testid=beta-computing]"));
        Assert.NotNull(page.Find("[data-testid=krugman-computing]"));
        Assert.NotNull(page.Find("[data-testid=concentration-chart]"));
        Assert.Empty(page.FindAll("[data-testid=sigma-statement]"));

        gate.SetResult();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=sigma-statement]")), TimeSpan.FromMinutes(1));
        Assert.NotNull(page.Find("[data-testid=krugman-chart]"));
        Assert.Empty(page.FindAll(".computing"));
    }

    /// <summary>The snapshot of a tolerance no other test uses, its obstacle degrees held back by <paramref name="gate"/>.</summary>
    private async Task GatedObstaclesAsync(string tolerance, TaskCompletionSource gate)
    {
        var snapshot = (await fixture.Data.ResolveAsync(MetricSettingsText.ParseText("tol=" + tolerance))).Snapshot;
        _ = snapshot.Analyses.GetAsync("obstacles", () =>
        {
            gate.Task.Wait();
            return ObstacleDiagnosis.Compute(snapshot.Results);
        }, CancellationToken.None);
    }

    [Fact]
    public async Task The_city_profile_shows_its_ranks_and_a_computing_card_until_its_diagnosis_is_there()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await GatedObstaclesAsync("0.23", gate);

        _host.Navigation.NavigateTo("/city/220100?tol=0.23&lang=en");
        var page = _host.Context.Render<CityProfile>(p => p.Add(c => c.Code, "220100"));

        page.WaitForAssertion(() => Assert.Contains("Computing the obstacle degrees", page.Find("[data-testid=city-diagnosis-computing]").TextContent));
        Assert.Equal("Changchun", page.Find("[data-testid=page-title]").TextContent.Trim());
        Assert.NotEmpty(page.FindAll("[data-testid=city-ranks] tbody tr"));
        Assert.Empty(page.FindAll("[data-testid=city-obstacles]"));
        Assert.Empty(page.FindAll("[data-testid=city-forecast]"));

        gate.SetResult();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=city-obstacles-chart]")), TimeSpan.FromMinutes(1));
        Assert.NotNull(page.Find("[data-testid=city-forecast-chart]"));
        Assert.Empty(page.FindAll("[data-testid=city-diagnosis-computing]"));
    }

    [Fact]
    public async Task Prerendering_the_city_profile_sends_its_computing_card_without_waiting_for_the_diagnosis()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await GatedObstaclesAsync("0.24", gate);
        _host.Context.Renderer.SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        _host.Navigation.NavigateTo("/city/220100?tol=0.24");
        var page = _host.Context.Render<CityProfile>(p => p.Add(c => c.Code, "220100"));

        Assert.Contains("正在计算障碍度", page.Find("[data-testid=city-diagnosis-computing]").TextContent);
        Assert.NotEmpty(page.FindAll("[data-testid=city-ranks] tbody tr"));
        gate.SetResult();
    }

    [Fact]
    public async Task The_city_report_says_it_is_computing_until_its_diagnosis_is_there()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await GatedObstaclesAsync("0.26", gate);

        _host.Navigation.NavigateTo("/city/220100/report?tol=0.26&lang=en");
        var page = _host.Context.Render<CityReport>(p => p.Add(c => c.Code, "220100"));

        page.WaitForAssertion(() => Assert.Contains("Computing the report", page.Find("[data-testid=report-computing]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=city-not-found]"));

        gate.SetResult();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=report-obstacles]")), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task The_policy_page_shows_its_year_picker_and_a_computing_card_until_the_typologies_are_there()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var snapshot = (await fixture.Data.ResolveAsync(MetricSettingsText.ParseText("tol=0.27"))).Snapshot;
        _ = snapshot.Analyses.GetAsync<IReadOnlyList<CityTypology>>("typologies", () =>
        {
            gate.Task.Wait();
            return PolicyEngine.Evaluate(PolicyRuleFile.LoadDefault(), snapshot.Results);
        }, CancellationToken.None);

        _host.Navigation.NavigateTo("/policy?tol=0.27&lang=en");
        var page = _host.Context.Render<Policy>();

        page.WaitForAssertion(() => Assert.Contains("Applying the policy rules", page.Find("[data-testid=policy-computing]").TextContent));
        Assert.NotNull(page.Find("[data-testid=year-picker]"));
        Assert.Empty(page.FindAll("[data-testid=typology]"));

        gate.SetResult();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=typology]")), TimeSpan.FromMinutes(1));
        Assert.Empty(page.FindAll(".computing"));
    }

    [Fact]
    public async Task A_page_token_is_cancelled_when_the_parameters_change_and_when_the_page_is_disposed()
    {
        _host.Navigation.NavigateTo("/?lang=en");
        var page = _host.Context.Render<TokenProbe>(p => p.Add(x => x.Value, "a"));
        var first = page.Instance.Token;

        page.Render(p => p.Add(x => x.Value, "b"));
        var second = page.Instance.Token;

        Assert.True(first.IsCancellationRequested);
        Assert.False(second.IsCancellationRequested);
        await _host.Context.DisposeComponentsAsync();
        Assert.True(second.IsCancellationRequested);
    }

    [Fact]
    public async Task Leaving_a_page_whose_analysis_is_computed_cancels_its_wait_and_the_analysis_finishes_for_the_next_visitor()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var snapshot = await GatedAsync("0.19", gate);
        _host.Navigation.NavigateTo("/spatial?tol=0.19&lang=en");
        var page = _host.Context.Render<Spatial>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=moran-computing]")));

        await _host.Context.DisposeComponentsAsync();
        gate.SetResult();

        var results = await snapshot.Analyses.Analytics.DefaultAsync(CancellationToken.None);
        Assert.NotEmpty(results.Moran);
    }

    /// <summary>A page that exposes its token.</summary>
    public sealed class TokenProbe : ActiveVersionPage
    {
        [Parameter] public string? Value { get; set; }

        public CancellationToken Token => PageToken;
    }
}
