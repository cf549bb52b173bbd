using AggloDashboard.Core.Analytics;
using AggloDashboard.Data.Spatial;
using AggloDashboard.Web.Charts;
using AggloDashboard.Web.Components.Shared;
using AggloDashboard.Web.Services;
using AggloDashboard.Web.Tables;
using Microsoft.AspNetCore.Components;

namespace AggloDashboard.Web.Components.Pages;

public partial class Spatial
{
    public const string QueenCode = "queen";
    public const string DistanceCode = "distance";
    [SupplyParameterFromQuery(Name = "weights")] public string? WeightsCode { get; set; }

    private DashboardSnapshot? _snapshot;
    private DatasetWeights? _available;
    private int _year;
    private MetricInfo? _metric;
    private SpatialWeights? _weights;
    private IReadOnlyList<string> _islands = [];
    private string _weightsCode = QueenCode;
    private bool _fellBack;
    private int _regions;
    private IReadOnlyList<MoranRow> _moran = [];
    private IReadOnlyList<LisaRow> _lisa = [];
    private Figure? _moranFigure;
    private Figure? _lisaFigure;

    // A new one for each load, so a card never shows the count of the analysis the page asked for before.
    private ComputingProgress _progress = new();

    protected override async Task OnParametersSetAsync()
    {
        _snapshot = await LoadSnapshotAsync(Data);
        _year = PageQuery.ResolveYear(_snapshot, Year);
        _metric = MetricIn(_snapshot, PageDefaults.SpatialMetric);

        // Until the weights and Moran's I and LISA arrive, the header, the pickers and the legend show, and the two
        // cards their computing state.
        _available = null;
        _weights = null;
        _fellBack = false;
        _moran = [];
        _lisa = [];
        _regions = 0;
        _moranFigure = null;
        _lisaFigure = null;
        _progress = new ComputingProgress();
        var analytics = _snapshot.Analyses.Analytics;
        var weights = analytics.WeightsAsync(PageToken);
        if (!weights.IsCompleted && !RendererInfo.IsInteractive)
        {
            // Prerendering sends the page with its computing cards at once; the live circuit waits for the analysis.
            return;
        }

        var available = _available = await weights;
        var requested = WeightsCode == DistanceCode ? available.InverseDistance : WeightsCode == QueenCode ? available.Queen : null;
        _weights = requested ?? available.Default;
        _fellBack = WeightsCode is QueenCode or DistanceCode && requested is null && _weights is not null;
        _weightsCode = ReferenceEquals(_weights, available.InverseDistance) ? DistanceCode : QueenCode;
        _islands = IslandNames(_weights);
        if (_weights is null)
        {
            return;
        }

        var pending = analytics.MetricAsync(_metric.Code, _weights, PageToken, _progress);
        if (!pending.IsCompleted)
        {
            if (!RendererInfo.IsInteractive)
            {
                return;
            }

            StateHasChanged();
        }

        var results = await pending;
        _moran = results.Moran.Where(m => m.Metric == _metric.Code && m.Weights == _weights.Name).OrderBy(m => m.Year).ToArray();
        _lisa = results.Lisa.Where(l => l.Metric == _metric.Code && l.Weights == _weights.Name && l.Year == _year).ToArray();
        _regions = _moran.Select(m => m.Result.N).DefaultIfEmpty(0).Max();
        _moranFigure = SpatialFigures.Moran(_moran, Lang);
        _lisaFigure = _snapshot.HasBoundaries ? SpatialFigures.Lisa(_snapshot, _lisa, Lang) : null;
    }
    private string Num(double value) => ChartFormat.Value(value, Lang.Culture());

    private string PMethodName(LisaPMethod? method) => method is null ? "" : T("spatial.pMethod." + method.ToCode());

    private DashboardQuery Query => new(_year, _metric?.Code, null, Lang, Settings);

    private void OnMetricChanged(string metric) => Nav.NavigateTo(DashboardUrls.Spatial(Query with { Metric = metric }, _weightsCode));

    private void OnYearChanged(int year) => Nav.NavigateTo(DashboardUrls.Spatial(Query with { Year = year }, _weightsCode));

    private void OnWeightsChanged(string weights) => Nav.NavigateTo(DashboardUrls.Spatial(Query, weights));

    private PageTable MoranTable() => SpatialTables.Moran(_moran, Lang);

    /// <summary>The cities the weights give no neighbour (an island under queen contiguity, docs/METRICS.md §7), by name.</summary>
    private IReadOnlyList<string> IslandNames(SpatialWeights? weights) => weights is null ? [] : weights.Islands
        .Select(c => _snapshot!.CityByCode.TryGetValue(c, out var city) ? Lang.Pick(city.NameZh, city.NameEn) : c)
        .ToArray();

    private PageTable LisaTable() => SpatialTables.Lisa(_snapshot!, _lisa, Lang);
}
