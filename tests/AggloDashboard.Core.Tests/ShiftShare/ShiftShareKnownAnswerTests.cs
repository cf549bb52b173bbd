using AggloDashboard.Core.ShiftShare;
using AggloDashboard.Core.Tests.Engine;

namespace AggloDashboard.Core.Tests.ShiftShare;

public class ShiftShareKnownAnswerTests
{
    // Sectors (manufacturing, PS a, PS b). A: 2000 (100, 50, 50) -> 2001 (110, 60, 40); B: (300, 100, 200) -> (330, 110, 260).
    // Reference (400, 150, 250) = 800 -> (440, 170, 300) = 910: g_R = 0.1375, g_sR = (0.1, 2/15, 0.2).
    // A: g_s = (0.1, 0.2, -0.2); RS = 200 * 0.1375 = 27.5; IM = 100(-0.0375) + 50(2/15 - 0.1375) + 50(0.0625) = -5/6;
    // CE = 0 + 50(1/15) + 50(-0.4) = -50/3; RS + IM + CE = 10 = 210 - 200.
    // Homothetic ê = 200 * (400, 150, 250)/800 = (100, 37.5, 62.5): NC = 37.5/15 - 25 = -22.5; AL = 12.5/15 + 5 = 35/6.
    private static ShiftSharePanel TwoCities(int years = 2) =>
        new(new PanelBuilder().City("100100").City("100200")
            .Employment("100100", 2000, 200, 100, 50, 50)
            .Employment("100100", 2001, 210, 110, 60, 40)
            .Employment("100200", 2000, 600, 300, 100, 200)
            .Employment("100200", 2001, 700, 330, 110, 260)
            .Build());

    [Fact]
    public void Three_sector_example_by_hand()
    {
        var a = TwoCities().Static(2000, 2001).City("100100")!.Total;

        Assert.Equal(10, a.Growth, 12);
        Assert.Equal(27.5, a.ReferenceShare, 12);
        Assert.Equal(-5.0 / 6, a.IndustryMix, 12);
        Assert.Equal(-50.0 / 3, a.Competitive, 12);
        Assert.Equal(-22.5, a.NetCompetitive, 12);
        Assert.Equal(35.0 / 6, a.Allocation, 12);
    }

    [Fact]
    public void Per_sector_terms_by_hand()
    {
        var result = TwoCities().Static(2000, 2001);
        var psB = result.City("100100")!.Sectors[result.Sectors.ToList().IndexOf("emp.ps.b")];

        // PS b of A: e0 = 50, g_s = -0.2, g_sR = 0.2, ê = 62.5.
        Assert.Equal(["emp.mfg", "emp.ps.a", "emp.ps.b"], result.Sectors);
        Assert.Equal(-10, psB.Growth, 12);
        Assert.Equal(6.875, psB.ReferenceShare, 12);
        Assert.Equal(3.125, psB.IndustryMix, 12);
        Assert.Equal(-20, psB.Competitive, 12);
        Assert.Equal(-25, psB.NetCompetitive, 12);
        Assert.Equal(5, psB.Allocation, 12);
    }

    [Fact]
    public void The_reference_components_of_the_cities_sum_to_the_reference_growth()
    {
        // Over the cities taking part, Σ IM = Σ CE = 0 and Σ RS = E_R(t1) - E_R(t0) = 110.
        var cities = TwoCities().Static(2000, 2001).Cities;

        Assert.Equal(110, cities.Sum(c => c.Total.ReferenceShare), 10);
        Assert.Equal(0, cities.Sum(c => c.Total.IndustryMix), 10);
        Assert.Equal(0, cities.Sum(c => c.Total.Competitive), 10);
    }

    [Fact]
    public void A_sector_at_zero_in_the_base_year_adds_nothing_to_the_competitive_effect_and_is_named()
    {
        // C has no PS b employment in 2000 and 10 in 2001: that growth is in no component.
        var panel = new ShiftSharePanel(new PanelBuilder().City("100100").City("100300")
            .Employment("100100", 2000, 200, 100, 50, 50)
            .Employment("100100", 2001, 210, 110, 60, 40)
            .Employment("100300", 2000, 100, 80, 20, 0)
            .Employment("100300", 2001, 130, 90, 30, 10)
            .Build());

        var result = panel.Static(2000, 2001);
        var c = result.City("100300")!;
        var psB = c.Sectors[2];

        Assert.Equal(10, psB.Growth);
        Assert.Equal(0, psB.ReferenceShare);
        Assert.Equal(0, psB.IndustryMix);
        Assert.Equal(0, psB.Competitive);
        Assert.Equal(0, psB.NetCompetitive + psB.Allocation, 12);
        Assert.Equal(c.Total.Growth - 10, c.Total.ReferenceShare + c.Total.IndustryMix + c.Total.Competitive, 10);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(new ShiftShareWarning(ShiftShareWarningKind.ZeroBaseSector, "100300", 2000, 2001, 2000, "emp.ps.b"), warning);
    }

    [Fact]
    public void A_city_missing_a_sector_in_either_year_is_left_out_of_the_reference_and_named()
    {
        var panel = new ShiftSharePanel(new PanelBuilder().City("100100").City("100200").City("100300")
            .Employment("100100", 2000, 200, 100, 50, 50)
            .Employment("100100", 2001, 210, 110, 60, 40)
            .Employment("100200", 2000, 600, 300, 100, 200)
            .Employment("100200", 2001, 700, 330, 110, 260)
            .Employment("100300", 2000, 999, 900, 50, 49)
            .Employment("100300", 2001, 999, 900, 50, 49)
            .Set("100300", 2001, ("emp.ps.a", null))
            .Build());

        var result = panel.Static(2000, 2001);

        Assert.Equal(["100100", "100200"], result.Cities.Select(c => c.RegionCode));
        Assert.Equal(-50.0 / 3, result.City("100100")!.Total.Competitive, 12);
        Assert.Equal(new ShiftShareWarning(ShiftShareWarningKind.CityLeftOut, "100300", 2000, 2001, 2001, "emp.ps.a"),
            Assert.Single(result.Warnings));
        Assert.Contains("100300 has no emp.ps.a value in 2001", result.Warnings[0].Message);
    }

    [Fact]
    public void Dynamic_over_one_pair_is_the_static_decomposition()
    {
        var panel = TwoCities();

        Assert.Equal(panel.Static(2000, 2001).Cities.Select(c => c.Total with { NetCompetitive = 0, Allocation = 0 }),
            panel.Dynamic(2000, 2001).Cities.Select(c => c.Total with { NetCompetitive = 0, Allocation = 0 }));
    }

    [Fact]
    public void Dynamic_sums_the_pairs_and_skips_a_pair_a_city_misses()
    {
        // B misses PS a in 2001: both pairs touching 2001 are skipped for B; A is alone in them, its own reference.
        var panel = new ShiftSharePanel(new PanelBuilder().City("100100").City("100200")
            .Employment("100100", 2000, 200, 100, 50, 50)
            .Employment("100100", 2001, 210, 110, 60, 40)
            .Employment("100100", 2002, 230, 120, 60, 50)
            .Employment("100200", 2000, 600, 300, 100, 200)
            .Employment("100200", 2001, 700, 330, 110, 260)
            .Employment("100200", 2002, 700, 330, 110, 260)
            .Set("100200", 2001, ("emp.ps.a", null))
            .Build());

        var result = panel.Dynamic(2000, 2002);

        Assert.Equal(["100100"], result.Cities.Select(c => c.RegionCode));
        var a = result.City("100100")!.Total;
        Assert.Equal(30, a.Growth, 12);
        Assert.Equal(30, a.ReferenceShare, 12);
        Assert.Equal(0, a.IndustryMix, 12);
        Assert.Equal(0, a.Competitive, 12);
        Assert.Equal(
            [new ShiftShareWarning(ShiftShareWarningKind.PairSkipped, "100200", 2000, 2001, 2001, "emp.ps.a"),
             new ShiftShareWarning(ShiftShareWarningKind.PairSkipped, "100200", 2001, 2002, 2001, "emp.ps.a")],
            result.Warnings);
    }

    [Theory]
    [InlineData(1999, 2001, ShiftShareProblem.YearOutsidePanel)]
    [InlineData(2000, 2005, ShiftShareProblem.YearOutsidePanel)]
    [InlineData(2001, 2001, ShiftShareProblem.NotIncreasing)]
    [InlineData(2001, 2000, ShiftShareProblem.NotIncreasing)]
    public void Years_outside_the_panel_or_not_increasing_are_refused(int from, int to, ShiftShareProblem problem)
    {
        var panel = TwoCities();

        Assert.Equal(problem, panel.Check(from, to));
        Assert.Throws<ArgumentException>(() => panel.Static(from, to));
        Assert.Throws<ArgumentException>(() => panel.Dynamic(from, to));
    }

    [Fact]
    public void A_dataset_without_sector_employment_is_refused()
    {
        var panel = new ShiftSharePanel(new PanelBuilder().City("100100").City("100200")
            .Set("100100", 2000, ("emp.total", 5)).Set("100100", 2001, ("emp.total", 6))
            .Build());

        Assert.Equal(ShiftShareProblem.NoSectorEmployment, panel.Check(2000, 2001));
        Assert.Null(TwoCities().Check(2000, 2001));
    }
}
