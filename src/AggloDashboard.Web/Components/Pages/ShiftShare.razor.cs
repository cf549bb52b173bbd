using AggloDashboard.Core.ShiftShare;
using AggloDashboard.Web.Charts;
using AggloDashboard.Web.Components.Shared;
using AggloDashboard.Web.Readings;
using AggloDashboard.Web.Services;
using AggloDashboard.Web.Tables;
using AggloDashboard.Web.Views;
using Microsoft.AspNetCore.Components;

namespace AggloDashboard.Web.Components.Pages;

/// <summary>
/// /shift-share: where each city's employment change comes from (docs/METRICS.md §9), for the years, method and cities
/// of the URL, and whether manufacturing moves to the periphery.
/// </summary>
public partial class ShiftShare
{
    [SupplyParameterFromQuery(Name = "from")] public string? From { get; set; }
    [SupplyParameterFromQuery(Name = "to")] public string? To { get; set; }
    [SupplyParameterFromQuery(Name = "method")] public string? Method { get; set; }

    private DashboardSnapshot? _snapshot;
    private ShiftShareView? _view;
    private IReadOnlyList<CityShiftShare> _cities = [];

    /// <summary>The table's page: 25 rows, or 10 with many cities, so the page stays within three screens.</summary>
    private int TableRows => _cities.Count > CityDirectory.ManyCities ? 10 : 25;

    private int[] PageSizes => TableRows == 25 ? [25, 100] : [TableRows, 25, 100];
    private IReadOnlyList<string> _warnings = [];
    private IReadOnlyList<string> _reading = [];
    private Figure? _bars;
    private Figure? _heatmap;

    protected override async Task OnParametersSetAsync()
    {
        _snapshot = await LoadSnapshotAsync(Data);
        // The title shows at once; the pickers and cards wait for the decomposition.
        _view = null;
        var pending = ShiftShareView.ResolveAsync(_snapshot, PageQuery.Int(From), PageQuery.Int(To), Method, Cities, Lang, PageToken);
        if (!WaitsFor(pending))
        {
            return;
        }

        _view = await pending;
        _cities = _view.Cities;
        if (_view.Result is not { } result)
        {
            return;
        }

        _warnings = ShiftShareText.Warnings(_snapshot, result.Warnings, Lang);
        _reading = ShiftShareReading.Decomposition(_snapshot, result, _cities, Lang);
        _bars = ShiftShareFigures.Components(_snapshot, _cities, Lang);
        _heatmap = ShiftShareFigures.CompetitiveHeatmap(_snapshot, result, _cities, Lang);
    }
    private string CityName(string code) => _snapshot!.CityName(code, Lang);

    private string MethodName(ShiftShareMethod method) => T("shift.method." + method.ToCode());

    private string FileName(string what) => $"shift-share-{what}-{_view!.Method.ToCode()}-{_view.From}-{_view.To}";

    /// <summary>The URL of this view with one part changed; all cities chosen leaves <c>cities</c> out.</summary>
    private string Url(int? from = null, int? to = null, ShiftShareMethod? method = null, IReadOnlyList<string>? cities = null)
    {
        var chosen = cities ?? _view!.ChosenCities;
        var all = chosen.Count == 0 || chosen.Count == _snapshot!.Cities.Count;
        var m = method ?? _view!.Method;
        return DashboardUrls.ShiftShare(new DashboardQuery(Cities: all ? null : chosen, Lang: Lang, Settings: Settings),
            from ?? PageQuery.Int(From), to ?? PageQuery.Int(To), m == ShiftShareMethod.Dynamic ? m.ToCode() : null);
    }

    private void OnFromChanged(int year) => Nav.NavigateTo(Url(from: year));

    private void OnToChanged(int year) => Nav.NavigateTo(Url(to: year));

    private void OnMethodChanged(ShiftShareMethod method) => Nav.NavigateTo(Url(method: method));

    // In dataset order, whatever order they were ticked in.
    private void OnCitiesChanged(IEnumerable<string> cities)
    {
        var chosen = cities.ToHashSet(StringComparer.Ordinal);
        Nav.NavigateTo(Url(cities: _snapshot!.Cities.Select(c => c.Code).Where(chosen.Contains).ToArray()));
    }

    /// <summary>The table as shown: a row per chosen city, the method's components at full precision.</summary>
    private PageTable Table() => ShiftShareTables.Components(_snapshot!, _view!, _cities, Lang);

}
