using AggloDashboard.Core.Analytics;
using AggloDashboard.Core.Domain;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Core.ShiftShare;
using AggloDashboard.Core.Tests.Engine;

namespace AggloDashboard.Core.Tests.ShiftShare;

public class CorePeripheryTests
{
    [Theory]
    [InlineData("220100", "220000", "220100")]
    [InlineData("222400", "220000", "220100")]
    [InlineData("130700", "130000", "130100")]
    [InlineData("450300", null, "450100")]
    public void The_capital_is_the_province_code_with_0100(string code, string? parent, string capital) =>
        Assert.Equal(capital, CorePeriphery.CapitalCode(new Region(code, "", "", RegionLevel.Prefecture, parent)));

    [Fact]
    public void Distance_to_the_capital_and_the_change_of_both_quotients()
    {
        // 990100 is the capital of 990000 (PanelBuilder's province); 990200 lies one degree of latitude north of it.
        var data = new PanelBuilder().City("990100").City("990200").City("990300")
            .Employment("990100", 2000, 100, 20, 10, 10).Employment("990100", 2001, 100, 20, 10, 10)
            .Employment("990200", 2000, 100, 20, 10, 10).Employment("990200", 2001, 100, 40, 10, 10)
            .Employment("990300", 2000, 100, 20, 10, 10)
            .Build();
        var results = MetricsEngine.Compute(data);
        var centroids = new Dictionary<string, GeoPoint>
        {
            ["990100"] = new(125, 43), ["990200"] = new(125, 44), ["990300"] = new(126, 43),
        };

        var result = CorePeriphery.Compute(data.Prefectures, centroids, results, 2000, 2001);

        Assert.Equal(["990300"], result.LeftOut);
        var capital = result.Points.Single(p => p.RegionCode == "990100");
        var north = result.Points.Single(p => p.RegionCode == "990200");
        Assert.Equal(0, capital.DistanceKm);
        Assert.Equal(GeoPoint.EarthRadiusKm * Math.PI / 180, north.DistanceKm, 9);
        var expected = results.Get("990200", 2001, MetricCodes.LqManufacturing)!.Value - results.Get("990200", 2000, MetricCodes.LqManufacturing)!.Value;
        Assert.Equal(expected, north.ManufacturingChange, 14);
        Assert.True(north.ManufacturingChange > 0);
    }

    [Fact]
    public void Correlation_leaves_the_capital_out_and_needs_three_points()
    {
        CorePeripheryPoint P(string code, double km, double change) => new(code, "990100", km, change, -change);
        CorePeripheryPoint[] points = [P("990100", 0, 5), P("990200", 100, 1), P("990300", 200, 2), P("990400", 300, 3)];

        Assert.Equal(1, CorePeriphery.Correlation(points, p => p.ManufacturingChange), 12);
        Assert.Equal(-1, CorePeriphery.Correlation(points, p => p.ProducerServicesChange), 12);
        Assert.True(double.IsNaN(CorePeriphery.Correlation(points[..3], p => p.ManufacturingChange)));
    }
}
