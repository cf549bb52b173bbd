using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Charts;
using AggloDashboard.Web.Components.Shared;
using AggloDashboard.Web.Services;
using AggloDashboard.Web.Tables;
using AggloDashboard.Web.Views;
using Microsoft.AspNetCore.Components;

namespace AggloDashboard.Web.Components.Pages;

public partial class Coordination
{
    private DashboardSnapshot? _snapshot;
    private int _year;
    private Figure? _subsystems;
    private Figure? _heatmap;
    private IReadOnlyList<CoordinationRow> _rows = [];
    private IReadOnlyList<WeightRow> _weights = [];

    protected override async Task OnParametersSetAsync()
    {
        _snapshot = await LoadSnapshotAsync(Data);
        _year = PageQuery.ResolveYear(_snapshot, Year);
        _subsystems = CoordinationFigures.Subsystems(_snapshot, _year, Lang);
        _heatmap = CoordinationFigures.ClassHeatmap(_snapshot, PageDefaults.CoordinationHeatmapMetric, Lang);
        _rows = CoordinationData.Rows(_snapshot, _year, Lang);
        _weights = CoordinationData.Weights(_snapshot, Lang);
    }

    private void OnFormChanged(CouplingForm form) => Nav.NavigateTo(DashboardUrls.Coordination(Query with { Settings = Settings with { CouplingForm = form } }));
    private string Number(double? value) => value is { } v ? v.ToString("0.0000", Lang.Culture()) : "—";

    private DashboardQuery Query => new(_year, null, null, Lang, Settings);

    private void OnYearChanged(int year) => Nav.NavigateTo(DashboardUrls.Coordination(Query with { Year = year }));

    private PageTable RowsTable() => CoordinationTables.Rows(_rows, _year, Lang);

    private PageTable WeightsTable() => CoordinationTables.Weights(_weights, Lang);
}
