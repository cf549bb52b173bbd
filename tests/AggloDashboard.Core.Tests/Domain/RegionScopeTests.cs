using AggloDashboard.Core.Domain;

namespace AggloDashboard.Core.Tests.Domain;

public sealed class RegionScopeTests
{
    private static readonly Dataset TwoProvinces = new(
        [
            new Region("220000", "吉林省", "Jilin", RegionLevel.Province, null),
            new Region("220100", "长春市", "Changchun", RegionLevel.Prefecture, "220000"),
            new Region("220200", "吉林市", "Jilin City", RegionLevel.Prefecture, "220000"),
            new Region("230000", "黑龙江省", "Heilongjiang", RegionLevel.Province, null),
            new Region("230100", "哈尔滨市", "Harbin", RegionLevel.Prefecture, "230000"),
            new Region("230200", "齐齐哈尔市", "Qiqihar", RegionLevel.Prefecture, "230000"),
        ],
        [new Indicator("x", "x", "x", "人", Subsystem.Context, 1)],
        [new Observation("220000", 2020, "x", 0), new Observation("220100", 2020, "x", 1), new Observation("230100", 2020, "x", 2), new Observation("230200", 2020, "x", 3)],
        null);

    [Fact]
    public void A_province_stands_for_its_prefectures_and_a_city_for_itself()
    {
        var (prefectures, unknown) = RegionScope.Resolve(TwoProvinces, ["220000", "230100", "999900"]);

        Assert.Equal(["220100", "220200", "230100"], prefectures.Order());
        Assert.Equal(["999900"], unknown);
    }

    [Fact]
    public void The_restricted_dataset_keeps_the_cities_in_scope_their_provinces_and_their_observations_in_order()
    {
        var restricted = RegionScope.Restrict(TwoProvinces, new HashSet<string> { "220100", "230100" });

        Assert.Equal(["220000", "220100", "230000", "230100"], restricted.Regions.Select(r => r.Code));
        Assert.Equal(["220000", "220100", "230100"], restricted.Observations.Select(o => o.RegionCode));
        Assert.Equal(TwoProvinces.Indicators, restricted.Indicators);
    }
}
