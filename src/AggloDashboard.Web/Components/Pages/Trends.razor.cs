using AggloDashboard.Core.Domain;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Charts;
using AggloDashboard.Web.Components.Shared;
using AggloDashboard.Web.Services;
using AggloDashboard.Web.Tables;
using AggloDashboard.Web.Views;
using Microsoft.AspNetCore.Components;
using Plotly.Blazor;

namespace AggloDashboard.Web.Components.Pages;

public partial class Trends
{
    [SupplyParameterFromQuery(Name = "from")] public string? From { get; set; }
    [SupplyParameterFromQuery(Name = "to")] public string? To { get; set; }
    [SupplyParameterFromQuery(Name = "multiples")] public string? Multiples { get; set; }

    private DashboardSnapshot? _snapshot;
    private int? _year;
    private MetricInfo _metric = default!;
    private IReadOnlyList<string> _cities = [];
    private bool _allSelected;
    private bool _many;
    private int _from;
    private int _to;
    private bool _multiples;
    private IReadOnlyList<int> _years = [];
    private IReadOnlyList<TrendSeries> _series = [];
    private IReadOnlyList<double?> _mean = [];
    private Figure? _figure;

    protected override async Task OnParametersSetAsync()
    {
        _snapshot = await LoadSnapshotAsync(Data);
        _year = PageQuery.Int(Year) is { } y && _snapshot.Years.Contains(y) ? y : null;
        _metric = MetricIn(_snapshot, PageDefaults.TrendsMetric);
        _cities = PageQuery.ResolveCities(_snapshot, Cities);
        _allSelected = _snapshot.Cities.All(c => _cities.Contains(c.Code));
        (_from, _to) = TrendData.ResolveRange(_snapshot, PageQuery.Int(From), PageQuery.Int(To));
        _multiples = Multiples is "1" or "true";
        _years = TrendData.YearsBetween(_snapshot, _from, _to);
        _many = CityDirectory.HasMany(_snapshot);
        _series = TrendData.Series(_snapshot, _metric.Code, ShownCities, _years);
        _mean = TrendData.MeanOfCities(_snapshot, _metric.Code, _years);
        _figure = TrendFigure.Build(_snapshot, _metric, ShownCities.Count > 0 ? ShownCities : _cities, _from, _to, Lang, _multiples);
    }
    /// <summary>The cities drawn and tabled one by one: with many cities, all of them are summarised by the mean and the band instead.</summary>
    private IReadOnlyList<string> ShownCities => _many && _allSelected ? [] : _cities;

    /// <summary>A chip per city, or with many cities a chip per shown city and a picker for the others.</summary>
    private IEnumerable<Region> ChipCities => _many ? ShownCities.Select(c => _snapshot!.CityByCode[c]) : _snapshot!.Cities;

    private string Format(double? value) => value is { } v ? ChartFormat.Value(v, Lang.Culture()) : "—";

    private PageTable ViewTable() => TrendTables.Values(_snapshot!, _metric, _cities, _years, Lang);

    /// <summary>The current state; all cities are written as no <c>cities</c> parameter.</summary>
    private DashboardQuery Query => new(_year, _metric.Code, _allSelected ? null : _cities, Lang, Settings);

    private void Go(DashboardQuery q, int from, int to, bool multiples)
    {
        var first = _snapshot!.Years.Count > 0 ? _snapshot.Years[0] : from;
        var last = _snapshot.Years.Count > 0 ? _snapshot.Years[^1] : to;
        if (from > to)
        {
            (from, to) = (to, from);
        }

        Nav.NavigateTo(DashboardUrls.Trends(q, from == first ? null : from, to == last ? null : to, multiples));
    }

    private void OnMetricChanged(string metric) => Go(Query with { Metric = metric }, _from, _to, _multiples);

    private void OnFromChanged(int from) => Go(Query, from, _to, _multiples);

    private void OnToChanged(int to) => Go(Query, _from, to, _multiples);

    private void OnMultiplesChanged(bool on) => Go(Query, _from, _to, on);

    private void SelectAll() => Go(Query with { Cities = null }, _from, _to, _multiples);

    /// <summary>With many cities "all" is the summary alone, so the first city picked starts a selection of one.</summary>
    private void AddCity(string code)
    {
        var next = ShownCities.Contains(code) ? ShownCities : ShownCities.Append(code).ToArray();
        Go(Query with { Cities = next }, _from, _to, _multiples);
    }

    /// <summary>Adds or removes a city; the last selected city cannot be removed.</summary>
    private void ToggleCity(string code)
    {
        var next = _cities.Contains(code) ? _cities.Where(c => c != code).ToArray() : _cities.Append(code).ToArray();
        if (next.Length == 0)
        {
            return;
        }

        var all = _snapshot!.Cities.All(c => next.Contains(c.Code));
        Go(Query with { Cities = all ? null : next }, _from, _to, _multiples);
    }
}
