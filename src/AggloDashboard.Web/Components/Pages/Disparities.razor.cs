using AggloDashboard.Core.Analytics;
using AggloDashboard.Core.Domain;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Charts;
using AggloDashboard.Web.Components.Shared;
using AggloDashboard.Web.Services;
using AggloDashboard.Web.Tables;
using Microsoft.AspNetCore.Components;

namespace AggloDashboard.Web.Components.Pages;

public partial class Disparities
{
    private DashboardSnapshot? _snapshot;
    private int _year;
    private MetricInfo? _metric;
    private IReadOnlyList<SigmaPoint> _sigma = [];
    private BetaRow? _beta;
    private IReadOnlyList<RegionMetricValue> _krugmanValues = [];
    private Figure? _sigmaFigure;
    private Figure? _concentration;
    private Figure? _krugman;
    private IReadOnlyList<ProvinceDisparity> _provinces = [];

    protected override async Task OnParametersSetAsync()
    {
        _snapshot = await LoadSnapshotAsync(Data);
        _year = PageQuery.ResolveYear(_snapshot, Year);
        _metric = MetricIn(_snapshot, PageDefaults.DisparitiesMetric);
        _concentration = DisparityFigures.Concentration(_snapshot, Lang);
        _provinces = ProvinceDisparities.Compute(_snapshot.Dataset.Regions, _snapshot.ValuesFor(_metric.Code, _year)
            .Where(v => v.Value is not null).ToDictionary(v => v.City.Code, v => v.Value!.Value));

        // The concentration and province cards show at once; sigma, beta and Krugman wait for their analytics (no
        // Moran's I and LISA: the page never waits for the default analyses' permutations).
        _sigmaFigure = null;
        var analytics = _snapshot.Analyses.Analytics;
        var convergence = analytics.ConvergenceAsync(_metric.Code, PageToken);
        var krugman = analytics.KrugmanAsync(PageToken);
        if (!WaitsFor(Task.WhenAll(convergence, krugman)))
        {
            return;
        }

        var (sigma, beta) = await convergence;
        _sigma = sigma.Select(s => s.Point).ToArray();
        _beta = beta.FirstOrDefault();
        _krugmanValues = await krugman;
        _krugman = DisparityFigures.Krugman(_snapshot, _krugmanValues, _year, Lang);
        _sigmaFigure = DisparityFigures.Sigma(_sigma, Lang);
    }

    private PageTable ProvinceTable() => DisparityTables.Provinces(_provinces, Lang);
    private string Num(double value) => double.IsFinite(value) ? ChartFormat.Value(value, Lang.Culture()) : "—";

    private DashboardQuery Query => new(_year, _metric?.Code, null, Lang, Settings);

    private void OnMetricChanged(string metric) => Nav.NavigateTo(DashboardUrls.Disparities(Query with { Metric = metric }));

    private void OnYearChanged(int year) => Nav.NavigateTo(DashboardUrls.Disparities(Query with { Year = year }));

    private PageTable SeriesTable() => DisparityTables.Series(_snapshot!, _sigma, Lang);

    private PageTable KrugmanTable() => DisparityTables.Krugman(_snapshot!, _krugmanValues, _year, Lang);
}
