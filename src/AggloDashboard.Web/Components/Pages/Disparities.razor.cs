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
        var snapshot = await LoadSnapshotAsync(Data);
        var metric = MetricIn(snapshot, PageDefaults.DisparitiesMetric);

        // Sigma, beta and Krugman only: the page never waits for the default analyses' Moran's I and LISA. The page
        // keeps showing what it showed until they are here.
        var analytics = snapshot.Analyses.Analytics;
        var (sigma, beta) = await analytics.ConvergenceAsync(metric.Code, PageToken);
        var krugman = await analytics.KrugmanAsync(PageToken);
        (_snapshot, _metric, _year) = (snapshot, metric, PageQuery.ResolveYear(snapshot, Year));
        _sigma = sigma.Select(s => s.Point).ToArray();
        _beta = beta.FirstOrDefault();
        _krugmanValues = krugman;
        _sigmaFigure = DisparityFigures.Sigma(_sigma, Lang);
        _concentration = DisparityFigures.Concentration(_snapshot, Lang);
        _krugman = DisparityFigures.Krugman(_snapshot, _krugmanValues, _year, Lang);
        _provinces = ProvinceDisparities.Compute(_snapshot.Dataset.Regions, _snapshot.ValuesFor(_metric.Code, _year)
            .Where(v => v.Value is not null).ToDictionary(v => v.City.Code, v => v.Value!.Value));
    }

    private PageTable ProvinceTable() => DisparityTables.Provinces(_provinces, Lang);
    private string Num(double value) => double.IsFinite(value) ? ChartFormat.Value(value, Lang.Culture()) : "—";

    private DashboardQuery Query => new(_year, _metric?.Code, null, Lang, Settings);

    private void OnMetricChanged(string metric) => Nav.NavigateTo(DashboardUrls.Disparities(Query with { Metric = metric }));

    private void OnYearChanged(int year) => Nav.NavigateTo(DashboardUrls.Disparities(Query with { Year = year }));

    private PageTable SeriesTable() => DisparityTables.Series(_snapshot!, _sigma, Lang);

    private PageTable KrugmanTable() => DisparityTables.Krugman(_snapshot!, _krugmanValues, _year, Lang);
}
