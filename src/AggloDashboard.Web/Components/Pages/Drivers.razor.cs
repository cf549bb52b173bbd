using AggloDashboard.Core.Analytics;
using AggloDashboard.Core.Domain;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Data.Export;
using AggloDashboard.Web.Charts;
using AggloDashboard.Web.Components.Shared;
using AggloDashboard.Web.Readings;
using AggloDashboard.Web.Services;
using AggloDashboard.Web.Tables;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace AggloDashboard.Web.Components.Pages;

/// <summary>What drives a metric: pooled OLS and two-way fixed effects on the chosen drivers, and grey relational grades.</summary>
public partial class Drivers
{
    [SupplyParameterFromQuery(Name = "drivers")] public string? DriverCodes { get; set; }
    [SupplyParameterFromQuery(Name = "lag")] public string? Lag { get; set; }
    [SupplyParameterFromQuery(Name = "log")] public string? Log { get; set; }
    [SupplyParameterFromQuery(Name = DashboardUrls.GreyParameter)] public string? GreyCity { get; set; }

    private DashboardSnapshot? _snapshot;
    private MetricInfo? _metric;
    private IReadOnlyList<string> _allDrivers = [];
    private RegressionSpec? _spec;
    private AnalyticsResults? _results;
    private IReadOnlyList<RegressionResult> _fits = [];
    private Figure? _coefficients;
    private IReadOnlyList<GreyGrade> _greyOverall = [];
    private IReadOnlyList<string> _greyCities = [];

    /// <summary>
    /// The grey table's city columns: every city, or with many cities only the one chosen in the scope picker, so the
    /// table is not hundreds of columns wide (the download has every city).
    /// </summary>
    private IReadOnlyList<string> GreyTableCities =>
        _greyCities.Count > CityDirectory.ManyCities ? _greyCities.Where(c => c == _scope).ToArray() : _greyCities;
    private string _scope = GreyRelationalPanel.OverallScope;
    private Figure? _grey;
    private bool _copied;

    protected override async Task OnParametersSetAsync()
    {
        _snapshot = await LoadSnapshotAsync(Data);
        _metric = MetricIn(_snapshot, PageDefaults.DriversMetric);
        _allDrivers = DriverTerms.Drivers(_snapshot.Dataset).Select(i => i.Code).ToArray();
        var chosen = DashboardQuery.ParseCities(DriverCodes).ToHashSet(StringComparer.Ordinal);
        var drivers = _allDrivers.Where(chosen.Contains).ToArray();
        _spec = new RegressionSpec(_metric.Code, drivers.Length > 0 ? drivers : _allDrivers, LagDrivers: Lag == "1", LogDrivers: Log != "0");
        // The pickers show at once; the regressions and grey grades wait for their computation.
        _results = null;
        var pending = _snapshot.Analyses.Analytics.DriversAsync(_spec, PageToken);
        if (!WaitsFor(pending))
        {
            return;
        }

        _results = await pending;
        _fits = _results.Regressions;
        _coefficients = _fits.Count > 0 ? CoefficientFigure.Build(_fits, Label, Lang) : null;
        _greyOverall = _results.GreyRelational.Where(g => g.Scope == GreyRelationalPanel.OverallScope).ToArray();
        _greyCities = _results.GreyRelational.Select(g => g.Scope).Where(s => s != GreyRelationalPanel.OverallScope).Distinct().ToArray();
        _scope = GreyCity is { } grey && _greyCities.Contains(grey) ? grey : GreyRelationalPanel.OverallScope;
        var shown = _results.GreyRelational.Where(g => g.Scope == _scope).ToArray();
        _grey = shown.Length > 0 ? GreyRelationalFigure.Build(shown, DriverName, Lang) : null;
        _copied = false;
    }
    private string Num(double value) => ChartFormat.Value(value, Lang.Culture());

    private string DriverName(string code) => DriverTerms.DriverName(_snapshot!.Dataset, code, Lang);

    private string Label(string term) => DriverTerms.Label(_spec!, _snapshot!.Dataset, term, Lang);

    /// <summary>The terms of every model, drivers first and the intercept last (as in the text table).</summary>
    private IEnumerable<string> Terms
    {
        get
        {
            var terms = _fits.SelectMany(f => f.Coefficients.Select(c => c.Term)).Distinct().ToArray();
            return terms.Where(t => t != PanelRegression.InterceptTerm).Concat(terms.Where(t => t == PanelRegression.InterceptTerm));
        }
    }

    private string Url(string? metric = null, IReadOnlyList<string>? drivers = null, bool? lag = null, bool? log = null,
        string? scope = null) =>
        DashboardUrls.Drivers(new DashboardQuery(Metric: metric ?? _metric!.Code, Lang: Lang, Settings: Settings), drivers ?? _spec!.Drivers,
            lag ?? _spec!.LagDrivers, log ?? _spec!.LogDrivers, Scoped(scope ?? _scope));

    /// <summary>The grey scope for the URL: a city code, or nothing for the overall grades.</summary>
    private static string? Scoped(string scope) => scope == GreyRelationalPanel.OverallScope ? null : scope;

    private void OnScopeChanged(string scope) => Nav.NavigateTo(Url(scope: scope));

    private void OnMetricChanged(string metric) => Nav.NavigateTo(Url(metric: metric));

    private void OnDriversChanged(IEnumerable<string>? drivers) =>
        Nav.NavigateTo(Url(drivers: _allDrivers.Where(d => drivers?.Contains(d) == true).ToArray()));

    private void OnLagChanged(bool lag) => Nav.NavigateTo(Url(lag: lag));

    private void OnLogChanged(bool log) => Nav.NavigateTo(Url(log: log));

    private string TextTable() => RegressionTextTable.Format(_fits, _results!.RegressionPanel);

    private async Task CopyTableAsync()
    {
        await JS.InvokeVoidAsync("navigator.clipboard.writeText", TextTable());
        _copied = true;
    }

    private async Task DownloadTableAsync() =>
        await JS.DownloadAsync($"regression-{_metric!.Code}.txt", TextTable(), "text/plain;charset=utf-8");

    private PageTable RegressionTable() => DriverTables.Regressions(_fits, _spec!, _snapshot!.Dataset, Lang);

    private PageTable GreyTable() => DriverTables.Grey(_snapshot!, _results!.GreyRelational, Lang);
}
