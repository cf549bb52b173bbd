using AggloDashboard.Core.Analytics;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Charts;
using Plotly.Blazor.Traces;

namespace AggloDashboard.Web.Tests.Charts;

[Collection(DashboardCollection.Name)]
public sealed class DisparityFiguresTests(DashboardFixture fixture)
{
    private AnalyticsResults Default => fixture.Snapshot.Analyses.Analytics.Default;

    [Fact]
    public void The_sigma_chart_draws_the_cv_theil_and_gini_of_the_analytics()
    {
        var points = Default.Sigma.Where(s => s.Metric == MetricCodes.CouplingD).Select(s => s.Point).ToArray();
        var figure = DisparityFigures.Sigma(points, Lang.En);

        Assert.Equal(3, figure.Data.Count);
        var traces = figure.Data.Cast<Scatter>().ToArray();
        Assert.All(traces, t => Assert.Equal(points.Select(p => (object)p.Year), t.X));
        Assert.Equal(points.Select(p => (object)p.Cv), traces[0].Y);
        Assert.Equal(points.Select(p => (object)p.Theil), traces[1].Y);
        Assert.Equal(points.Select(p => (object)p.Gini), traces[2].Y);
        Assert.Equal(["Coefficient of variation", "Theil T", "Gini"], traces.Select(t => t.Name));
        Assert.Equal("变异系数", ((Scatter)DisparityFigures.Sigma(points, Lang.Zh).Data[0]).Name);
    }

    [Fact]
    public void The_sigma_chart_s_cv_is_the_cv_the_metrics_engine_wrote()
    {
        var points = Default.Sigma.Where(s => s.Metric == MetricCodes.CouplingD).Select(s => s.Point).ToArray();

        Assert.All(points, p => Assert.Equal(fixture.Snapshot.Aggregate(p.Year, MetricCodes.Cv(MetricCodes.CouplingD))!.Value, p.Cv, 12));
    }

    [Fact]
    public void The_concentration_chart_draws_the_ellison_glaeser_aggregates_by_year()
    {
        var figure = DisparityFigures.Concentration(fixture.Snapshot, Lang.En);

        Assert.Equal(3, figure.Data.Count);
        for (var k = 0; k < 3; k++)
        {
            var trace = (Scatter)figure.Data[k];
            var code = DisparityFigures.ConcentrationCodes[k];
            Assert.Equal(fixture.Snapshot.Years.Select(y => (object)y), trace.X);
            Assert.Equal(fixture.Snapshot.Years.Select(y => (object)fixture.Snapshot.Aggregate(y, code)!.Value), trace.Y);
        }

        Assert.Equal("EGK coagglomeration", ((Scatter)figure.Data[2]).Name);
    }

    [Fact]
    public void The_krugman_bars_are_every_city_s_index_in_the_year_highest_on_top()
    {
        var figure = DisparityFigures.Krugman(fixture.Snapshot, Default.Krugman, 2015, Lang.En);

        var bar = Assert.IsType<Bar>(Assert.Single(figure.Data));
        var expected = Default.Krugman.Where(k => k.Year == 2015).OrderBy(k => k.Value).ToArray();
        Assert.Equal(9, expected.Length);
        Assert.Equal(expected.Select(k => (object)k.Value), bar.X);
        Assert.Equal(expected.Select(k => (object)k.RegionCode), bar.CustomData);
        Assert.Equal(expected.Select(k => (object)fixture.Snapshot.CityName(k.RegionCode, Lang.En)), bar.Y);
    }
}
