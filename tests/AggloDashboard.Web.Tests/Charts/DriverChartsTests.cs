using AggloDashboard.Core.Analytics;
using AggloDashboard.Web.Charts;
using AggloDashboard.Web.Readings;
using Plotly.Blazor.Traces;

namespace AggloDashboard.Web.Tests.Charts;

[Collection(DashboardCollection.Name)]
public sealed class DriverChartsTests(DashboardFixture fixture)
{
    private AnalyticsResults Default => fixture.Snapshot.Analyses.Analytics.Default;

    [Fact]
    public void The_coefficient_plot_draws_each_model_s_estimates_with_the_confidence_interval_as_error_bars()
    {
        var fits = Default.Regressions;
        var figure = CoefficientFigure.Build(fits, t => "label:" + t, Lang.En);

        Assert.Equal(2, figure.Data.Count);
        for (var m = 0; m < fits.Count; m++)
        {
            var trace = Assert.IsType<Scatter>(figure.Data[m]);
            var expected = fits[m].Coefficients.Where(c => c.Term != PanelRegression.InterceptTerm).ToArray();
            Assert.Equal(expected.Select(c => (object)c.Estimate), trace.X);
            Assert.Equal(expected.Select(c => (object)("label:" + c.Term)), trace.Y);
            Assert.Equal(expected.Select(c => (object)(c.CiHigh - c.Estimate)), trace.ErrorX!.Array);
            Assert.Equal(expected.Select(c => (object)(c.Estimate - c.CiLow)), trace.ErrorX.ArrayMinus);
            Assert.False(trace.ErrorX.Symmetric);
        }

        Assert.Equal("Pooled OLS", ((Scatter)figure.Data[0]).Name);
        Assert.Equal("Two-way FE", ((Scatter)figure.Data[1]).Name);
        Assert.Equal("双向固定效应", ((Scatter)CoefficientFigure.Build(fits, t => t, Lang.Zh).Data[1]).Name);
    }

    [Fact]
    public void The_grey_relational_bars_are_the_overall_grades_ranked()
    {
        var overall = Default.GreyRelational.Where(g => g.Scope == GreyRelationalPanel.OverallScope).ToArray();
        var figure = GreyRelationalFigure.Build(overall, d => DriverTerms.DriverName(fixture.Snapshot.Dataset, d, Lang.En), Lang.En);

        var bar = Assert.IsType<Bar>(Assert.Single(figure.Data));
        var ranked = overall.OrderBy(g => g.Rank).ToArray();
        Assert.Equal(ranked.Select(g => (object)g.Grade), bar.X);
        Assert.Equal(ranked.Select(g => (object)DriverTerms.DriverName(fixture.Snapshot.Dataset, g.Driver, Lang.En)), bar.Y);
        Assert.Equal(6, ranked.Length);
        Assert.True(ranked.Zip(ranked.Skip(1)).All(p => p.First.Grade >= p.Second.Grade));
    }

    [Fact]
    public void Terms_are_named_after_the_driver_with_log_and_lag_marks()
    {
        var dataset = fixture.Snapshot.Dataset;
        var spec = new RegressionSpec("coagg", ["drv.fdi"], LagDrivers: true, LogDrivers: true);

        Assert.Equal("ln Foreign direct investment actually used (t-1)", DriverTerms.Label(spec, dataset, spec.TermOf("drv.fdi"), Lang.En));
        Assert.Equal("ln 当年实际使用外资金额 (t-1)", DriverTerms.Label(spec, dataset, spec.TermOf("drv.fdi"), Lang.Zh));
        Assert.Equal("Intercept", DriverTerms.Label(spec, dataset, PanelRegression.InterceptTerm, Lang.En));
        Assert.Equal("Urbanisation rate", DriverTerms.Label(spec with { Drivers = ["drv.urbanisation"], LagDrivers = false, LogDrivers = false },
            dataset, "drv.urbanisation", Lang.En));
    }
}
