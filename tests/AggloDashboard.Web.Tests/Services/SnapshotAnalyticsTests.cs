using AggloDashboard.Core.Analytics;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Services;

namespace AggloDashboard.Web.Tests.Services;

[Collection(DashboardCollection.Name)]
public sealed class SnapshotAnalyticsTests(DashboardFixture fixture)
{
    /// <summary>A snapshot of the seed with an empty analysis cache of its own.</summary>
    private DashboardSnapshot Fresh() => new(fixture.Snapshot.Version, fixture.Snapshot.Dataset, fixture.Snapshot.Results);

    [Fact]
    public void One_snapshot_gets_one_analytics_object_and_the_default_results_once()
    {
        Assert.Same(fixture.Snapshot.Analyses.Analytics, fixture.Snapshot.Analyses.Analytics);
        var analyses = Fresh().Analyses;
        var first = analyses.Analytics;

        Assert.Same(first.Default, first.Default);
        Assert.Same(first.Weights, first.Weights);
        Assert.Equal(2, analyses.Computations);
    }

    [Fact]
    public void A_new_snapshot_under_a_reused_version_id_gets_new_analytics()
    {
        var seed = fixture.Snapshot;
        var other = new DashboardSnapshot(seed.Version, seed.Dataset, MetricsEngine.Compute(seed.Dataset));

        Assert.NotSame(seed.Analyses.Analytics, other.Analyses.Analytics);
    }

    [Fact]
    public void The_default_metrics_are_served_from_the_default_results_and_the_default_spec_without_the_spatial_tests()
    {
        var analyses = Fresh().Analyses;
        var analytics = analyses.Analytics;

        Assert.Same(analytics.Default, analytics.Metric(MetricCodes.LqProducerServices, null));
        Assert.Same(analytics.Default, analytics.Metric(MetricCodes.CouplingD, analytics.Weights.Default));
        Assert.Equal(2, analyses.Computations);
        var drivers = analytics.Drivers(RegressionSpec.Default(fixture.Snapshot.Dataset));
        Assert.Empty(drivers.Moran);
        Assert.Equal(analytics.Default.Regressions.Select(r => r.Coefficients.Select(c => c.Estimate).ToArray()),
            drivers.Regressions.Select(r => r.Coefficients.Select(c => c.Estimate).ToArray()));
        Assert.Equal(3, analyses.Computations);
    }

    [Fact]
    public void A_chosen_spec_is_computed_once_and_memoised_by_its_key()
    {
        var analyses = Fresh().Analyses;
        var spec = new RegressionSpec(MetricCodes.CouplingD, ["drv.fdi", "drv.urbanisation"], LagDrivers: true, LogDrivers: false);

        var first = analyses.Analytics.Drivers(spec);
        var again = analyses.Analytics.Drivers(spec with { Drivers = ["drv.fdi", "drv.urbanisation"] });

        Assert.Same(first, again);
        Assert.Equal(1, analyses.Computations);
        Assert.Equal(MetricCodes.CouplingD, first.RegressionPanel.Data.Dependent);
        Assert.Equal(["L.drv.fdi", "L.drv.urbanisation"], first.RegressionPanel.Data.Regressors);
        Assert.Equal(2, first.Regressions.Count);
    }

    [Fact]
    public void A_metric_under_other_weights_is_computed_once_with_those_weights()
    {
        var analyses = Fresh().Analyses;
        var distance = analyses.Analytics.Weights.InverseDistance!;

        var first = analyses.Analytics.Metric(MetricCodes.Coagglomeration, distance);

        Assert.Same(first, analyses.Analytics.Metric(MetricCodes.Coagglomeration, distance));
        Assert.Equal(2, analyses.Computations);
        Assert.All(first.Moran, m => Assert.Equal((SpatialWeights.InverseDistanceName, MetricCodes.Coagglomeration), (m.Weights, m.Metric)));
        Assert.All(first.Lisa, l => Assert.Equal(SpatialWeights.InverseDistanceName, l.Weights));
        Assert.Equal(fixture.Snapshot.Years.Count, first.Sigma.Count);
    }
}
