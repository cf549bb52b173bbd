using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Store;
using AggloDashboard.Web.Services;
using AggloDashboard.Web.Tables;
using AggloDashboard.Web.Views;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace AggloDashboard.Web.Components.Pages;

public partial class DataBrowser
{
    private const int PageSize = 25;
    private static readonly string?[] Tabs = [null, DataBrowserQuery.CatalogTab, DataBrowserQuery.QualityTab];

    [SupplyParameterFromQuery(Name = "city")] public string? City { get; set; }
    [SupplyParameterFromQuery(Name = "year")] public string? Year { get; set; }
    [SupplyParameterFromQuery(Name = "indicator")] public string? Indicator { get; set; }
    [SupplyParameterFromQuery(Name = "subsystem")] public string? Subsystem { get; set; }
    [SupplyParameterFromQuery(Name = "page")] public string? PageNumber { get; set; }
    [SupplyParameterFromQuery(Name = "sort")] public string? Sort { get; set; }
    [SupplyParameterFromQuery(Name = "desc")] public string? Desc { get; set; }
    [SupplyParameterFromQuery(Name = "tab")] public string? Tab { get; set; }

    private DashboardSnapshot? _snapshot;
    private DataBrowserQuery _query = new();
    private readonly List<string> _problems = [];
    private int _total;
    private int _gridKey;
    // The view the grid last loaded: a URL that differs from it (a link, Back) rebuilds the grid from the URL.
    private DataBrowserQuery? _loaded;

    private int TabIndex => Math.Max(0, Array.IndexOf(Tabs, _query.Tab));

    private string ViewFileName => "data-" + string.Join("-", new[] { _query.City, _query.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), _query.Indicator, _query.Subsystem?.ToCode() }.Where(p => p is not null).DefaultIfEmpty("all"));

    protected override async Task OnParametersSetAsync()
    {
        var snapshot = await Data.GetCurrentAsync(PageToken);
        if (_snapshot is not null && snapshot.Version.Id != _snapshot.Version.Id)
        {
            _gridKey++;
        }

        _snapshot = snapshot;
        _problems.Clear();
        _query = DataBrowserQuery.Parse(snapshot.Dataset, City, Year, Indicator, Subsystem, PageNumber, Sort, Desc, Tab, Lang, _problems);
        if (_loaded is not null && !_loaded.SameView(_query))
        {
            _gridKey++;
        }
    }

    private SortDirection Initial(ObservationSort column) =>
        _query.Sort != column ? SortDirection.None : _query.Descending ? SortDirection.Descending : SortDirection.Ascending;

    private async Task<GridData<ObservationView>> LoadAsync(GridState<ObservationView> state, CancellationToken ct)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        var query = _query with
        {
            Page = state.Page,
            Sort = sort is null ? _query.Sort : DataBrowserView.SortOf(sort.SortBy),
            Descending = sort?.Descending ?? _query.Descending,
        };
        var page = await Data.QueryObservationsAsync(_snapshot!.Version.Id, query.ToStoreQuery(PageSize), ct);
        _loaded = query;
        _total = page.Total;
        if (!query.SameView(_query))
        {
            _query = query;
            Nav.NavigateTo(DashboardUrls.Data(query), replace: true);
        }

        return new GridData<ObservationView> { Items = DataBrowserView.Rows(_snapshot.Dataset, page.Rows, Lang), TotalItems = page.Total };
    }

    private void Go(DataBrowserQuery query) => Nav.NavigateTo(DashboardUrls.Data(query with { Page = 0, Lang = Lang }));

    private void OnTabChanged(int index) => Nav.NavigateTo(DashboardUrls.Data(_query with { Tab = Tabs[index] }), replace: true);

    private async Task<PageTable> ViewTableAsync()
    {
        var rows = await Data.QueryObservationsAsync(_snapshot!.Version.Id, _query.ToStoreQuery(), PageToken);
        return DataTables.Observations(DataBrowserView.Rows(_snapshot.Dataset, rows.Rows, Lang), Lang);
    }
}
