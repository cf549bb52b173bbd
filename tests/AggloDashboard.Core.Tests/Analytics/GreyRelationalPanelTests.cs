using AggloDashboard.Core.Analytics;
using AggloDashboard.Core.Metrics;
using static AggloDashboard.Core.Tests.Analytics.DriverPanels;

namespace AggloDashboard.Core.Tests.Analytics;

public class GreyRelationalPanelTests
{
    [Fact]
    public void Per_city_grades_ranks_and_the_overall_mean()
    {
        // drv.same is 7 x the city's PS location quotient, so it is proportional to the reference: grade 1, rank 1.
        var baseData = TwoCitiesThreeYears();
        var lq = MetricsEngine.Compute(baseData);
        var cities = new[] { "100100", "100200" };
        var values = (from city in cities
            from year in new[] { 2000, 2001, 2002 }
            let reference = lq.Get(city, year, MetricCodes.LqProducerServices)!.Value
            from driver in new[] { ("drv.same", 7 * reference), ("drv.flat", 3.0) }
            select (city, year, driver.Item1, (double?)driver.Item2)).ToArray();
        var data = WithDrivers(baseData, values);

        var grades = GreyRelationalPanel.Compute(data, MetricsEngine.Compute(data), MetricCodes.LqProducerServices,
            ["drv.flat", "drv.same"]);

        foreach (var city in cities)
        {
            var own = grades.Where(g => g.Scope == city).ToArray();
            Assert.Equal(["drv.same", "drv.flat"], own.Select(g => g.Driver));
            Assert.Equal([1, 2], own.Select(g => g.Rank));
            Assert.Equal(1.0, own[0].Grade, 14);
            Assert.All(own, g => Assert.Equal(3, g.Years));
        }

        var flat = grades.Where(g => g.Driver == "drv.flat").ToArray();
        var overall = flat.Single(g => g.Scope == GreyRelationalPanel.OverallScope);
        Assert.Equal(flat.Where(g => g.Scope != GreyRelationalPanel.OverallScope).Average(g => g.Grade), overall.Grade, 15);
        Assert.Equal(2, overall.Years);
        Assert.Equal(2, overall.Rank);
    }

    [Fact]
    public void Cities_with_fewer_than_three_complete_years_are_left_out()
    {
        var data = WithDrivers(TwoCitiesThreeYears(),
            ("100100", 2000, "drv.x", 1), ("100100", 2001, "drv.x", 2), ("100100", 2002, "drv.x", 4),
            ("100200", 2000, "drv.x", 1), ("100200", 2001, "drv.x", null), ("100200", 2002, "drv.x", 4));

        var grades = GreyRelationalPanel.Compute(data, MetricsEngine.Compute(data), MetricCodes.LqProducerServices, ["drv.x"]);

        Assert.Equal(["100100", GreyRelationalPanel.OverallScope], grades.Select(g => g.Scope));
    }
}
