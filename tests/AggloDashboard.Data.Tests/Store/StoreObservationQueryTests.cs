using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Store;

namespace AggloDashboard.Data.Tests.Store;

public sealed class StoreObservationQueryTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task Filters_and_pages_are_applied_in_the_query(StoreProvider provider)
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider);
        var dataset = SampleDatasets.Awkward();
        await temporary.Store.AddVersionAsync(SampleDatasets.Generated(2, 2, 2), "other", "t", false, activate: false, None);
        var version = await temporary.Store.AddVersionAsync(dataset, "v", "t", false, activate: true, None);

        var all = await temporary.Store.QueryObservationsAsync(version.Id, new ObservationQuery(Take: 5), None);
        var second = await temporary.Store.QueryObservationsAsync(version.Id, new ObservationQuery(Skip: 5, Take: 5), None);
        var filtered = await temporary.Store.QueryObservationsAsync(version.Id,
            new ObservationQuery(RegionCode: "320200", Year: 2023, Subsystem: Subsystem.InnovationInput), None);

        Assert.Equal(dataset.Observations.Count, all.Total);
        Assert.Equal(dataset.Observations.Take(10), all.Rows.Concat(second.Rows));
        Assert.Equal([dataset.Observations.Single(o => o is { RegionCode: "320200", Year: 2023, IndicatorCode: "rd_spending" })], filtered.Rows);
        Assert.Equal(1, filtered.Total);
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task Sorting_by_value_descending_puts_missing_values_last_and_breaks_ties_by_cell(StoreProvider provider)
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider);
        var dataset = SampleDatasets.Awkward();
        var version = await temporary.Store.AddVersionAsync(dataset, "v", "t", false, activate: true, None);

        var page = await temporary.Store.QueryObservationsAsync(version.Id,
            new ObservationQuery(IndicatorCode: "emp_total", Sort: ObservationSort.Value, Descending: true, Take: 100), None);

        var expected = dataset.Observations.Where(o => o.IndicatorCode == "emp_total")
            .OrderByDescending(o => o.Value ?? double.NegativeInfinity).ThenBy(o => o.RegionCode, StringComparer.Ordinal).ThenBy(o => o.Year);
        Assert.Equal(expected, page.Rows);
    }
}
