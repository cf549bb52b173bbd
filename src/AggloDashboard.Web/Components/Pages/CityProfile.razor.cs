using AggloDashboard.Core.Domain;
using AggloDashboard.Web.Charts;
using AggloDashboard.Web.Components.Shared;
using AggloDashboard.Web.Services;
using AggloDashboard.Web.Tables;
using AggloDashboard.Web.Views;
using Microsoft.AspNetCore.Components;

namespace AggloDashboard.Web.Components.Pages;

public partial class CityProfile
{
    [Parameter] public string Code { get; set; } = "";

    private DashboardSnapshot? _snapshot;
    private Region? _city;
    private int _year;
    private MetricInfo _metric = default!;
    private IReadOnlyList<MetricRank> _ranks = [];
    private IReadOnlyList<int> _tableYears = [];
    private Figure? _subsystems;
    private Figure? _classes;
    private Figure? _trend;
    private CityDiagnosis? _diagnosis;

    protected override async Task OnParametersSetAsync()
    {
        _snapshot = await LoadSnapshotAsync(Data);
        _year = PageQuery.ResolveYear(_snapshot, Year);
        _metric = MetricIn(_snapshot, PageDefaults.CityMetric);
        _city = _snapshot.CityByCode.TryGetValue(Code, out var city) ? city : null;
        if (_city is null)
        {
            return;
        }

        _ranks = CityProfileSummary.Ranks(_snapshot, _city.Code, _year);
        _tableYears = CityProfileSummary.TableYears(_snapshot, _year);
        _subsystems = SubsystemFigure.Build(_snapshot, _city.Code, _year, Lang);
        _classes = ClassStripFigure.Build(_snapshot, _city.Code, Lang);
        var years = _snapshot.Years;
        _trend = TrendFigure.Build(_snapshot, _metric, [_city.Code], years.Count > 0 ? years[0] : 0, years.Count > 0 ? years[^1] : 0, Lang);

        // The profile shows at once; the obstacle and forecast cards wait for the snapshot's diagnosis.
        _diagnosis = null;
        var diagnosis = CityDiagnosis.ComposeAsync(_snapshot, _city.Code, _year, Lang, PageToken);
        if (WaitsFor(diagnosis))
        {
            _diagnosis = await diagnosis;
        }
    }
    private string Format(double? value) => value is { } v ? ChartFormat.Value(v, Lang.Culture()) : "—";

    private PageTable ViewTable() => CityTables.Metrics(_snapshot!, _city!.Code, Lang);

    private DashboardQuery Query => new(_year, _metric.Code, null, Lang, Settings);

    private string ReportUrl => DashboardUrls.CityReport(Code, Query with { Metric = null });

    private void CompareWith(string other) => Nav.NavigateTo(CompareUrl(other));

    /// <summary>The trends page with this city first, then one other city, or every other city when none is given.</summary>
    private string CompareUrl(string? other) =>
        DashboardUrls.Trends(Query with
        {
            Cities = other is not null
                ? [_city!.Code, other]
                : _snapshot!.Cities.Select(c => c.Code).Where(c => c != _city!.Code).Prepend(_city!.Code).ToArray(),
        });

    private void OnYearChanged(int year) => Nav.NavigateTo(DashboardUrls.City(Code, Query with { Year = year }));

    private void OnMetricChanged(string metric) => Nav.NavigateTo(DashboardUrls.City(Code, Query with { Metric = metric }));
}
