using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Store;

namespace AggloDashboard.Data.Tests.Store;

public sealed class StoreRoundTripTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task A_stored_dataset_reads_back_bit_for_bit(StoreProvider provider)
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider);
        var dataset = SampleDatasets.Awkward();

        var version = await temporary.Store.AddVersionAsync(dataset, "seed-data", "tester", isIllustrative: true, activate: true, None);

        DatasetAssert.BitwiseEqual(dataset, await temporary.Store.ReadAsync(version.Id, None));
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task Observations_read_back_share_one_string_per_code(StoreProvider provider)
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider);
        var version = await temporary.Store.AddVersionAsync(SampleDatasets.Awkward(), "seed-data", "tester", isIllustrative: true, activate: true, None);

        var read = await temporary.Store.ReadAsync(version.Id, None);

        foreach (var codes in new[] { read.Observations.Select(o => o.RegionCode), read.Observations.Select(o => o.IndicatorCode) })
        {
            var texts = codes.ToArray();
            Assert.Equal(texts.Distinct(StringComparer.Ordinal).Count(), texts.Distinct(ReferenceEqualityComparer.Instance).Count());
        }
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task Region_aliases_are_stored_and_read_back(StoreProvider provider)
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider);
        var awkward = SampleDatasets.Awkward();
        var dataset = new Dataset(awkward.Regions.Select((r, i) => i == 1 ? r with { Aliases = "宁;Jinling" } : r), awkward.Indicators,
            awkward.Observations, awkward.BoundaryGeoJson);

        var version = await temporary.Store.AddVersionAsync(dataset, "seed-data", "tester", isIllustrative: true, activate: true, None);

        var read = await temporary.Store.ReadAsync(version.Id, None);
        Assert.Equal(dataset.Regions, read.Regions);
        Assert.Equal(version.ContentHash, ContentHash.Compute(read));
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task A_dataset_without_boundaries_reads_back_without_boundaries(StoreProvider provider)
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider);
        var awkward = SampleDatasets.Awkward();
        var dataset = new Dataset(awkward.Regions, awkward.Indicators, awkward.Observations, boundaryGeoJson: null);

        var version = await temporary.Store.AddVersionAsync(dataset, "upload.zip", null, isIllustrative: false, activate: true, None);

        DatasetAssert.BitwiseEqual(dataset, await temporary.Store.ReadAsync(version.Id, None));
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task The_new_version_describes_its_content_and_origin(StoreProvider provider)
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider);
        var dataset = SampleDatasets.Awkward();
        var before = DateTimeOffset.UtcNow;

        var added = await temporary.Store.AddVersionAsync(dataset, "seed-data", "王明", isIllustrative: true, activate: true, None);

        var listed = Assert.Single(await temporary.Store.ListVersionsAsync(None));
        foreach (var version in new[] { added, listed })
        {
            Assert.Equal("seed-data", version.Source);
            Assert.Equal("王明", version.CreatedBy);
            Assert.True(version.IsIllustrative);
            Assert.True(version.IsActive);
            Assert.Equal(ContentHash.Compute(dataset), version.ContentHash);
            Assert.Equal((4, 4, 32), (version.RegionCount, version.IndicatorCount, version.ObservationCount));
            Assert.InRange(version.CreatedAt, before, DateTimeOffset.UtcNow);
            Assert.Null(version.Note);
        }
        Assert.Equal(added.Id, listed.Id);
        Assert.Equal(added.CreatedAt, listed.CreatedAt);
        Assert.Equal(TimeSpan.Zero, listed.CreatedAt.Offset);
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task Versions_keep_their_own_content(StoreProvider provider)
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider);
        var first = SampleDatasets.Awkward();
        var second = SampleDatasets.Generated(regionCount: 3, yearCount: 2, indicatorCount: 5);

        var firstVersion = await temporary.Store.AddVersionAsync(first, "a", null, false, activate: true, None);
        var secondVersion = await temporary.Store.AddVersionAsync(second, "b", null, false, activate: true, None);

        DatasetAssert.BitwiseEqual(first, await temporary.Store.ReadAsync(firstVersion.Id, None));
        DatasetAssert.BitwiseEqual(second, await temporary.Store.ReadAsync(secondVersion.Id, None));
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task Reading_an_unknown_version_fails_clearly(StoreProvider provider)
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider);

        var error = await Assert.ThrowsAsync<DatasetVersionNotFoundException>(() => temporary.Store.ReadAsync(42, None));

        Assert.Equal(42, error.VersionId);
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task The_newest_version_with_a_hash_is_found_by_it(StoreProvider provider)
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider);
        var dataset = SampleDatasets.Awkward();
        await temporary.Store.AddVersionAsync(dataset, "first upload", null, false, activate: true, None);
        var other = await temporary.Store.AddVersionAsync(SampleDatasets.Generated(2, 2, 2), "other", null, false, activate: true, None);
        var reupload = await temporary.Store.AddVersionAsync(dataset, "second upload", null, false, activate: false, None);

        Assert.Equal(reupload.Id, (await temporary.Store.FindByHashAsync(ContentHash.Compute(dataset), None))?.Id);
        Assert.Equal(other.Id, (await temporary.Store.FindByHashAsync(other.ContentHash, None))?.Id);
        Assert.Null(await temporary.Store.FindByHashAsync(new string('0', 64), None));
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task Versions_are_listed_newest_first(StoreProvider provider)
    {
        using var temporary = await TemporaryStore.CreateMigratedAsync(provider);
        var ids = new List<int>();
        for (var i = 0; i < 3; i++)
            ids.Add((await temporary.Store.AddVersionAsync(SampleDatasets.Generated(1, 1, i + 1), $"v{i}", null, false, false, None)).Id);

        var listed = await temporary.Store.ListVersionsAsync(None);

        Assert.Equal(ids.AsEnumerable().Reverse(), listed.Select(v => v.Id));
    }
}
