using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Services;

namespace AggloDashboard.Web.Tests.Services;

public sealed class BoundedCacheTests
{
    [Fact]
    public void Keeps_the_most_recently_used_entries_and_drops_the_least_recently_used()
    {
        var cache = new BoundedCache<int, string>(2);
        var made = 0;
        string Make(int k) => $"{k}:{++made}";

        Assert.Equal("1:1", cache.GetOrAdd(1, Make));
        Assert.Equal("2:2", cache.GetOrAdd(2, Make));
        Assert.Equal("1:1", cache.GetOrAdd(1, Make)); // 1 is now the most recent
        Assert.Equal("3:3", cache.GetOrAdd(3, Make)); // drops 2
        Assert.Equal(2, cache.Count);
        Assert.Equal("1:1", cache.GetOrAdd(1, Make));
        Assert.Equal("2:4", cache.GetOrAdd(2, Make));
    }

    [Fact]
    public void Removes_the_matching_entries()
    {
        var cache = new BoundedCache<int, int>(10);
        foreach (var k in Enumerable.Range(0, 6))
        {
            cache.GetOrAdd(k, x => x);
        }

        cache.RemoveWhere(k => k % 2 == 0);

        Assert.Equal(3, cache.Count);
        Assert.Equal(-4, cache.GetOrAdd(4, x => -x));
    }

    [Fact]
    public void Weighed_entries_beyond_the_total_weight_drop_the_least_recently_used_but_keep_the_newest()
    {
        var cache = new BoundedCache<int, string>(10, maxWeight: 100);
        cache.SetWeight(1, cache.GetOrAdd(1, k => "a"), 60);
        cache.SetWeight(2, cache.GetOrAdd(2, k => "b"), 30);
        Assert.Equal((2, 90L), (cache.Count, cache.Weight));

        cache.SetWeight(3, cache.GetOrAdd(3, k => "c"), 20); // 110 > 100: drops 1, the least recently used
        Assert.Equal((2, 50L), (cache.Count, cache.Weight));
        Assert.Equal("a2", cache.GetOrAdd(1, k => "a2"));

        cache.SetWeight(1, "a2", 500); // heavier than the bound alone: only the newest stays
        Assert.Equal((1, 500L), (cache.Count, cache.Weight));
    }

    [Fact]
    public void A_weight_for_a_value_no_longer_kept_is_ignored()
    {
        var cache = new BoundedCache<int, string>(1);
        cache.GetOrAdd(1, k => "old");
        cache.GetOrAdd(2, k => "new");
        cache.SetWeight(1, "old", 10);
        Assert.Equal((1, 0L), (cache.Count, cache.Weight));
    }

    [Fact]
    public void A_capacity_below_one_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new BoundedCache<int, int>(0));
}

[Collection(DashboardCollection.Name)]
public sealed class SettingsVariantBoundTests(DashboardFixture fixture)
{
    [Fact]
    public async Task Settings_from_urls_cannot_grow_the_cache_past_its_capacity()
    {
        MetricSettings Tolerance(int k) => MetricSettings.Default with { RelativeDevelopmentTolerance = 0.5 + k / 1000.0 };
        var first = await fixture.Data.GetCurrentAsync(Tolerance(0));

        Assert.Same(first, await fixture.Data.GetCurrentAsync(Tolerance(0)));
        for (var k = 1; k <= DashboardDataService.SnapshotCapacity; k++)
        {
            await fixture.Data.GetCurrentAsync(Tolerance(k));
        }

        Assert.NotSame(first, await fixture.Data.GetCurrentAsync(Tolerance(0)));
    }
}
