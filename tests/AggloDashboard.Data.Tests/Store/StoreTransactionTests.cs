using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Store;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace AggloDashboard.Data.Tests.Store;

public sealed class StoreTransactionTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    public static TheoryData<StoreProvider, string> BrokenDatasets => StoreProviders.Times(Breakages.Keys);

    /// <summary>Broken datasets and how they fail: the observation fails last, after the version and regions were written.</summary>
    private static readonly Dictionary<string, (Func<Dataset> Build, Type Failure)> Breakages = new()
    {
        ["duplicate observation"] = (() => WithExtra(observation: SampleDatasets.Awkward().Observations[^1]), typeof(DbException)),
        ["duplicate region"] = (() => WithExtra(region: SampleDatasets.Regions[^1]), typeof(InvalidOperationException)),
        ["duplicate indicator"] = (() => WithExtra(indicator: SampleDatasets.Indicators[^1]), typeof(InvalidOperationException)),
    };

    [Theory]
    [MemberData(nameof(BrokenDatasets))]
    public async Task A_failed_add_leaves_the_database_unchanged(StoreProvider provider, string breakage)
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider);
        var previous = await temporary.Store.AddVersionAsync(SampleDatasets.Awkward(), "good", null, false, activate: true, None);
        var rowsBefore = await CountRowsAsync(temporary);

        var (build, failure) = Breakages[breakage];

        var error = await Record.ExceptionAsync(() =>
            temporary.Store.AddVersionAsync(build(), "broken", null, false, activate: true, None));

        Assert.IsAssignableFrom(failure, error);
        Assert.Equal(previous.Id, Assert.Single(await temporary.Store.ListVersionsAsync(None)).Id);
        Assert.Equal(previous.Id, (await temporary.Store.GetActiveAsync(None))?.Id);
        Assert.Equal(rowsBefore, await CountRowsAsync(temporary));
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task A_NaN_value_is_refused_rather_than_stored_as_missing(StoreProvider provider)
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider);
        var withNaN = WithExtra(observation: new Observation("320100", 2010, "emp_total", double.NaN));

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            temporary.Store.AddVersionAsync(withNaN, "nan", null, false, activate: true, None));

        Assert.Empty(await temporary.Store.ListVersionsAsync(None));
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task The_store_accepts_new_versions_after_a_failed_add(StoreProvider provider)
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider);
        await Assert.ThrowsAnyAsync<DbException>(() =>
            temporary.Store.AddVersionAsync(Breakages["duplicate observation"].Build(), "broken", null, false, activate: true, None));

        var version = await temporary.Store.AddVersionAsync(SampleDatasets.Awkward(), "good", null, false, activate: true, None);

        DatasetAssert.BitwiseEqual(SampleDatasets.Awkward(), await temporary.Store.ReadAsync(version.Id, None));
    }

    private static Dataset WithExtra(Region? region = null, Indicator? indicator = null, Observation? observation = null)
    {
        var dataset = SampleDatasets.Awkward();
        return new Dataset(
            region is null ? dataset.Regions : dataset.Regions.Append(region),
            indicator is null ? dataset.Indicators : dataset.Indicators.Append(indicator),
            observation is null ? dataset.Observations : dataset.Observations.Append(observation),
            dataset.BoundaryGeoJson);
    }

    private static async Task<(int Versions, int Regions, int Indicators, int Observations, int Boundaries)> CountRowsAsync(
        TemporaryStore temporary)
    {
        await using var context = temporary.CreateContext();
        return (await context.DatasetVersions.CountAsync(), await context.Regions.CountAsync(),
            await context.Indicators.CountAsync(), await context.Observations.CountAsync(),
            await context.Boundaries.CountAsync());
    }
}
