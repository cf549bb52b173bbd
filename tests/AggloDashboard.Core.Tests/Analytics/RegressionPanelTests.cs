using AggloDashboard.Core.Analytics;
using AggloDashboard.Core.Metrics;
using static AggloDashboard.Core.Tests.Analytics.DriverPanels;

namespace AggloDashboard.Core.Tests.Analytics;

public class RegressionPanelTests
{
    // Driver x: city A = 1, e, e² (2000-2002); city B = 0 in 2000, missing in 2001, 5 in 2002.
    private static readonly AggloDashboard.Core.Domain.Dataset Data = WithDrivers(TwoCitiesThreeYears(),
        ("100100", 2000, "drv.x", 1), ("100100", 2001, "drv.x", Math.E), ("100100", 2002, "drv.x", Math.E * Math.E),
        ("100200", 2000, "drv.x", 0), ("100200", 2001, "drv.x", null), ("100200", 2002, "drv.x", 5));

    private static readonly MetricResults Results = MetricsEngine.Compute(Data);

    [Fact]
    public void Logged_drivers_keep_complete_positive_rows_and_say_why_others_were_dropped()
    {
        var panel = RegressionPanel.Build(Data, Results, new RegressionSpec(MetricCodes.LqProducerServices, ["drv.x"], false, true));

        Assert.Equal(["ln(drv.x)"], panel.Data.Regressors);
        Assert.Equal([("100100", 2000), ("100100", 2001), ("100100", 2002), ("100200", 2002)],
            panel.Data.Rows.Select(r => (r.Entity, r.Time)));
        Assert.Equal([0, 1, 2, Math.Log(5)], panel.Data.Rows.Select(r => r.X[0]));
        Assert.Equal(Results.Get("100200", 2002, MetricCodes.LqProducerServices), panel.Data.Rows[3].Y);
        Assert.Equal(
        [
            new DroppedRow("100200", 2000, "drv.x = 0 in 2000: ln undefined"),
            new DroppedRow("100200", 2001, "drv.x missing in 2001"),
        ], panel.Dropped);
    }

    [Fact]
    public void Lagged_drivers_take_the_previous_year()
    {
        var panel = RegressionPanel.Build(Data, Results, new RegressionSpec(MetricCodes.LqProducerServices, ["drv.x"], true, true));

        Assert.Equal(["L.ln(drv.x)"], panel.Data.Regressors);
        Assert.Equal([("100100", 2001, 0.0), ("100100", 2002, 1.0)], panel.Data.Rows.Select(r => (r.Entity, r.Time, r.X[0])));
        Assert.Equal(["no year 1999 for the lagged drivers", "drv.x = 0 in 2000: ln undefined", "drv.x missing in 2001"],
            panel.Dropped.Where(d => d.RegionCode == "100200").Select(d => d.Reason));
    }

    [Fact]
    public void Unlogged_drivers_keep_zero_and_a_missing_dependent_is_a_reason()
    {
        var panel = RegressionPanel.Build(Data, Results, new RegressionSpec("no.such.metric", ["drv.x"], false, false));

        Assert.Empty(panel.Data.Rows);
        Assert.Contains(panel.Dropped, d => d.Reason == "no no.such.metric");
        var levels = RegressionPanel.Build(Data, Results, new RegressionSpec(MetricCodes.LqProducerServices, ["drv.x"], false, false));
        Assert.Equal(5, levels.Data.Rows.Count);
    }

    [Fact]
    public void The_default_spec_regresses_the_ps_location_quotient_on_every_logged_driver()
    {
        var spec = RegressionSpec.Default(Data);

        Assert.Equal(MetricCodes.LqProducerServices, spec.Dependent);
        Assert.Equal(["drv.x"], spec.Drivers);
        Assert.True(spec.LogDrivers);
        Assert.False(spec.LagDrivers);
        Assert.Throws<ArgumentException>(() => RegressionPanel.Build(Data, Results, spec with { Drivers = ["drv.unknown"] }));
    }
}
