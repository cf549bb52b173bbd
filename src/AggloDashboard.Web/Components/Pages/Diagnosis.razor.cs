using AggloDashboard.Core.Diagnostics;
using AggloDashboard.Web.Charts;
using AggloDashboard.Web.Components.Shared;
using AggloDashboard.Web.Services;
using AggloDashboard.Web.Tables;
using AggloDashboard.Web.Views;
using Microsoft.AspNetCore.Components;

namespace AggloDashboard.Web.Components.Pages;

public partial class Diagnosis
{
    private DashboardSnapshot? _snapshot;
    private int _year;
    private MetricInfo _metric = default!;
    private IReadOnlyList<CityObstacles> _obstacles = [];
    private CityObstacles? _city;
    private Figure? _subsystems;
    private Figure? _top;
    private IReadOnlyList<CityForecast> _forecasts = [];
    private Figure? _forecast;

    protected override async Task OnParametersSetAsync()
    {
        _snapshot = await LoadSnapshotAsync(Data);
        _year = PageQuery.ResolveYear(_snapshot, Year);
        _metric = MetricIn(_snapshot, PageDefaults.DiagnosisMetric);
        var analyses = _snapshot.Analyses;
        // The header shows at once; the cards wait for the obstacle degrees.
        _subsystems = null;
        var obstacles = analyses.ObstaclesAsync(PageToken);
        if (!WaitsFor(obstacles))
        {
            return;
        }

        _obstacles = DiagnosisData.Obstacles(_snapshot, await obstacles, _year, Lang);
        _city = _obstacles.FirstOrDefault(c => c.CityCode == Cities) ?? _obstacles.FirstOrDefault();
        _subsystems = DiagnosisFigures.SubsystemObstacles(_obstacles, Lang);
        _top = _city is null ? null : DiagnosisFigures.TopObstacles(_city, Lang);
        // The obstacle cards show at once; the forecast cards wait for the GM(1,1) fits.
        _forecasts = [];
        _forecast = null;
        var pending = analyses.ForecastsAsync(_metric.Code, PageToken);
        if (!WaitsFor(pending))
        {
            return;
        }

        _forecasts = await pending;
        _forecast = DiagnosisFigures.Forecasts(_snapshot, _forecasts, _metric, Lang);
    }
    private string F(double value) => value.ToString("0.000", Lang.Culture());

    private DashboardQuery Query => new(_year, _metric.Code, _city is null ? null : [_city.CityCode], Lang, Settings);

    private void OnYearChanged(int year) => Nav.NavigateTo(DashboardUrls.Diagnosis(Query with { Year = year }));

    private void OnMetricChanged(string metric) => Nav.NavigateTo(DashboardUrls.Diagnosis(Query with { Metric = metric }));

    private void OnCityChanged(string city) => Nav.NavigateTo(DashboardUrls.Diagnosis(Query with { Cities = [city] }));

    private void SelectCity((int Trace, int Point) click)
    {
        if (click.Point < _obstacles.Count)
        {
            OnCityChanged(_obstacles[click.Point].CityCode);
        }
    }

    private PageTable ObstaclesTable() => DiagnosisTables.Obstacles(_obstacles, _year, Lang);

    private PageTable ForecastTable() => DiagnosisTables.Forecasts(_snapshot!, _forecasts, Lang);
}
