using AggloDashboard.Core.ShiftShare;
using AggloDashboard.Web.Readings;
using AggloDashboard.Web.Services;

namespace AggloDashboard.Web.Tests.ShiftShare;

[Collection(DashboardCollection.Name)]
public sealed class ShiftShareReadingTests(DashboardFixture fixture)
{
    [Fact]
    public void Counts_the_cities_where_each_group_grew_faster_than_the_province()
    {
        var result = ShiftShareAnalyses.For(fixture.Snapshot).Result(ShiftShareMethod.Static, 2005, 2023);
        var sectors = result.Sectors.ToList();
        var ps = sectors.Where(s => s.StartsWith("emp.ps.", StringComparison.Ordinal)).Select(s => sectors.IndexOf(s)).ToArray();
        var mfgFaster = result.Cities.Count(c => c.Sectors[sectors.IndexOf("emp.manufacturing")].Competitive > 0);
        var psFaster = result.Cities.Count(c => ps.Sum(i => c.Sectors[i].Competitive) > 0);
        var best = result.Cities.MaxBy(c => c.Total.Competitive)!;

        var en = ShiftShareReading.Decomposition(fixture.Snapshot, result, result.Cities, Lang.En);
        var zh = ShiftShareReading.Decomposition(fixture.Snapshot, result, result.Cities, Lang.Zh);

        Assert.Equal($"Manufacturing grew faster than in Jilin Province in {mfgFaster} of the 9 cities (a positive competitive effect).", en[0]);
        Assert.Equal($"Producer services grew faster than in Jilin Province in {psFaster} of the 9 cities (a positive competitive effect).", en[1]);
        Assert.Equal($"制造业：9 个城市中有 {mfgFaster} 个就业增长快于吉林省（竞争效应为正）。", zh[0]);
        Assert.StartsWith($"The competitive effect was largest in {fixture.Snapshot.CityName(best.RegionCode, Lang.En)} (+", en[3]);
        Assert.Equal(4, zh.Count);
    }

    [Fact]
    public void Core_periphery_reads_the_sign_and_strength_of_the_correlation()
    {
        CorePeripheryPoint P(string code, double km, double mfg, double ps) => new(code, "220100", km, mfg, ps);
        CorePeripheryPoint[] points = [P("220100", 0, 0, 0), P("220200", 100, 0.1, 0.3), P("220300", 200, 0.2, 0.1), P("220400", 300, 0.3, 0.31)];

        var en = ShiftShareReading.CorePeripheryReading(points, Lang.En);

        Assert.Equal("Manufacturing LQ: r = 1.00 between its change and the distance to the capital: it rose more the farther from the capital, a move to the periphery.", en[0]);
        Assert.Contains("no clear relation", en[1]);
        Assert.Contains("越靠近省会提高越多", ShiftShareReading.CorePeripheryReading(points.Select(p => p with { ManufacturingChange = -p.ManufacturingChange }).ToArray(), Lang.Zh)[0]);
        Assert.Equal(["Fewer than 3 cities besides the capitals are drawn: no core–periphery relation can be judged."],
            ShiftShareReading.CorePeripheryReading(points[..3], Lang.En));
    }

    [Fact]
    public void Signed_changes_carry_their_sign() =>
        Assert.Equal(["+1.5000", "−123.5", "0.0000"], new[] { 1.5, -123.46, 0 }.Select(v => ShiftShareReading.Signed(v, Lang.En)));
}
