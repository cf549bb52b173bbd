using AggloDashboard.Core.Analytics;
using AggloDashboard.Core.Domain;
using FsCheck.Xunit;

namespace AggloDashboard.Core.Tests.Analytics;

public sealed class ProvinceDisparitiesTests
{
    private static readonly Region[] Regions =
    [
        new("220000", "吉林省", "Jilin", RegionLevel.Province, null),
        new("220100", "长春市", "Changchun", RegionLevel.Prefecture, "220000"),
        new("220200", "吉林市", "Jilin City", RegionLevel.Prefecture, "220000"),
        new("230000", "黑龙江省", "Heilongjiang", RegionLevel.Province, null),
        new("230100", "哈尔滨市", "Harbin", RegionLevel.Prefecture, "230000"),
        new("230200", "齐齐哈尔市", "Qiqihar", RegionLevel.Prefecture, "230000"),
        new("230300", "鸡西市", "Jixi", RegionLevel.Prefecture, "230000"),
        new("110000", "北京市", "Beijing", RegionLevel.Prefecture, null),
    ];

    [Fact]
    public void Each_province_gets_the_mean_and_the_inequality_of_its_own_cities()
    {
        var rows = ProvinceDisparities.Compute(Regions, new Dictionary<string, double>
        {
            ["220100"] = 1, ["220200"] = 3, ["230100"] = 2, ["230200"] = 2, ["110000"] = 9,
        });

        Assert.Equal(2, rows.Count);
        var jilin = rows[0];
        Assert.Equal(("220000", 2, 2.0), (jilin.Province.Code, jilin.Cities, jilin.Mean));
        Assert.Equal(0.5, jilin.Cv, 15);
        Assert.Equal(0.25, jilin.Gini, 15);
        Assert.Equal((0.5 * Math.Log(0.5) + 1.5 * Math.Log(1.5)) / 2, jilin.Theil, 15);
        var heilongjiang = rows[1];
        Assert.Equal((2, 2.0, 0.0, 0.0), (heilongjiang.Cities, heilongjiang.Mean, heilongjiang.Cv, heilongjiang.Gini));
    }

    [Property(MaxTest = 100)]
    public bool A_province_of_equal_cities_has_no_inequality(byte value, byte count)
    {
        var n = count % 5 + 2;
        var regions = new[] { new Region("990000", "省", "P", RegionLevel.Province, null) }
            .Concat(Enumerable.Range(1, n).Select(i => new Region($"99{i:00}00", "市", "C", RegionLevel.Prefecture, "990000"))).ToArray();
        var rows = ProvinceDisparities.Compute(regions, regions.Skip(1).ToDictionary(r => r.Code, _ => value + 1.0));
        return rows.Single() is { Cv: 0, Gini: 0 } row && Math.Abs(row.Theil) < 1e-15 && row.Cities == n;
    }
}
