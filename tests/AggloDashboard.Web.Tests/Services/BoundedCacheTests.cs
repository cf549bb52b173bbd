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
        for (var k = 1; k <= DashboardDataService.VariantCapacity; k++)
        {
            await fixture.Data.GetCurrentAsync(Tolerance(k));
        }

        Assert.NotSame(first, await fixture.Data.GetCurrentAsync(Tolerance(0)));
    }
}
