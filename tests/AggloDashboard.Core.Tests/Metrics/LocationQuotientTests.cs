using AggloDashboard.Core.Metrics;
using FsCheck.Xunit;

namespace AggloDashboard.Core.Tests.Metrics;

public class LocationQuotientTests
{
    [Fact]
    public void Matches_the_documented_REAT_locq_example()
    {
        // REAT's locq() manual: locq(1714, 79006, 879213, 15593224) = 0.3847623 (7 decimals printed).
        Assert.Equal(0.3847623, LocationQuotient.Compute(1714, 79006, 879213, 15593224), 7);
    }

    [Fact]
    public void Hand_computed_shares_ratio()
    {
        // (30/100) / (90/400) = 0.3 / 0.225 = 4/3.
        Assert.Equal(4.0 / 3.0, LocationQuotient.Compute(30, 100, 90, 400), 15);
    }

    [Fact]
    public void A_zero_sector_in_the_city_gives_zero() =>
        Assert.Equal(0.0, LocationQuotient.Compute(0, 100, 90, 400));

    [Theory]
    [InlineData(10, 0, 90, 400)]
    [InlineData(10, 100, 0, 400)]
    [InlineData(10, 100, 90, 0)]
    public void Undefined_ratios_are_NaN(double e, double ei, double er, double etotal) =>
        Assert.True(double.IsNaN(LocationQuotient.Compute(e, ei, er, etotal)));

    [Property]
    public bool Reference_region_against_itself_is_one(FsCheck.PositiveInt sector, FsCheck.PositiveInt rest)
    {
        double total = (double)sector.Get + rest.Get;
        return Math.Abs(LocationQuotient.Compute(sector.Get, total, sector.Get, total) - 1) < 1e-15;
    }

    [Property]
    public bool Scaling_all_employment_changes_nothing(FsCheck.PositiveInt a, FsCheck.PositiveInt b,
        FsCheck.PositiveInt c, FsCheck.PositiveInt k)
    {
        double sector = a.Get, region = a.Get + (double)b.Get, reference = region + c.Get + a.Get;
        var lq = LocationQuotient.Compute(sector, region, sector + a.Get, reference);
        var scaled = LocationQuotient.Compute(sector * k.Get, region * k.Get, (sector + a.Get) * k.Get, reference * k.Get);
        return Math.Abs(lq - scaled) <= 1e-12 * lq;
    }
}
