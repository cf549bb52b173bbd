using AggloDashboard.Core.Diagnostics;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Charts;
using AggloDashboard.Web.Services;
using AggloDashboard.Web.Views;
using Plotly.Blazor.Traces;

namespace AggloDashboard.Web.Tests.Charts;

[Collection(DashboardCollection.Name)]
public sealed class DiagnosisFiguresTests(DashboardFixture fixture)
{
    private DashboardSnapshot S => fixture.Snapshot;

    private SnapshotAnalyses Analyses => S.Analyses;

    [Fact]
    public void The_analyses_are_computed_once_per_snapshot()
    {
        Assert.Same(Analyses.Obstacles, S.Analyses.Obstacles);
        Assert.Same(Analyses.Forecasts(MetricCodes.InnovationD), S.Analyses.Forecasts(MetricCodes.InnovationD));
        Assert.Same(Analyses.Typologies, S.Analyses.Typologies);
    }

    [Fact]
    public void Each_city_gets_its_top_five_obstacles_from_the_diagnosis_named_and_its_subsystem_shares()
    {
        var rows = DiagnosisData.Obstacles(S, Analyses.Obstacles, 2020, Lang.En);

        Assert.Equal(S.Cities.Count, rows.Count);
        foreach (var row in rows)
        {
            var top = Analyses.Obstacles.Top(row.CityCode, 2020, 5);
            Assert.Equal(top.Select(o => o.IndicatorCode), row.Top.Select(o => o.IndicatorCode));
            Assert.Equal(top.Select(o => o.Percent), row.Top.Select(o => o.Percent));
            Assert.Equal(100, row.Subsystems.Values.Sum(), 9);
        }

        var first = rows[0].Top[0];
        Assert.Equal(S.Dataset.Indicators.Single(i => i.Code == first.IndicatorCode).NameEn, first.IndicatorName);
    }

    [Fact]
    public void The_obstacle_charts_carry_the_percentages()
    {
        var rows = DiagnosisData.Obstacles(S, Analyses.Obstacles, 2020, Lang.En);

        var stacked = DiagnosisFigures.SubsystemObstacles(rows, Lang.En).Data.Cast<Bar>().ToArray();
        Assert.Equal(3, stacked.Length);
        Assert.Equal(rows.Select(r => (double?)r.Subsystems[AggloDashboard.Core.Domain.Subsystem.InnovationOutput]), stacked[1].Y!.Cast<double?>());

        var top = (Bar)DiagnosisFigures.TopObstacles(rows[0], Lang.En).Data[0];
        Assert.Equal(rows[0].Top.Reverse().Select(o => o.Percent), top.X!.Cast<double>());
        Assert.Equal(rows[0].Top[0].IndicatorName, top.Y![^1]);
    }

    [Fact]
    public void Forecasts_continue_from_the_last_observed_value_and_unreliable_ones_are_grey_dotted_and_labelled()
    {
        var metric = S.Catalog.Find(MetricCodes.InnovationD)!;
        var forecasts = Analyses.Forecasts(metric.Code);
        var figure = DiagnosisFigures.Forecasts(S, forecasts, metric, Lang.En);

        var traces = figure.Data.Cast<Scatter>().ToArray();
        Assert.Equal(forecasts.Count + forecasts.Count(f => f.Result.Model is not null), traces.Length);
        foreach (var forecast in forecasts.Where(f => f.Result.Model is not null))
        {
            var model = forecast.Result.Model!;
            var trace = traces.Single(t => t.LegendGroup == forecast.RegionCode && t.Name!.Contains(" · "));
            Assert.Equal(forecast.Years[^1], trace.X![0]);
            Assert.Equal(S.Value(forecast.RegionCode, forecast.Years[^1], metric.Code), (double?)trace.Y![0]);
            Assert.Equal(model.Forecasts, trace.Y.Skip(1).Cast<double?>().Select(v => v!.Value));
            Assert.Equal(forecast.Years[^1] + 5, trace.X[^1]);
            if (model.IsReliable)
            {
                Assert.Equal("dash", trace.Line!.Dash);
                Assert.NotEqual(DiagnosisFigures.Unreliable, trace.Line.Color);
            }
            else
            {
                Assert.Equal("dot", trace.Line!.Dash);
                Assert.Equal(DiagnosisFigures.Unreliable, trace.Line.Color);
                Assert.EndsWith("checks failed: not reliable", trace.Name);
            }
        }
    }

    [Fact]
    public void A_forecast_that_fails_its_checks_is_flagged_in_both_languages()
    {
        var unreliable = new CityForecast("220100", MetricCodes.InnovationD, [2020, 2021, 2022, 2023],
            new GreyForecastResult(GreyFitStatus.Fitted, new GreyModel(0.1, 1, [1, 1, 1, 1], [1, 1, 1, 1, 1],
                new ClassRatioCheck(0.67, 1.49, [1, 2, 1], [3]), 0.2, 1, ForecastGrade.Good)));
        Assert.False(unreliable.Result.Model!.IsReliable);
        Assert.Equal("forecast.unreliable", DiagnosisData.VerdictKey(unreliable));
        Assert.Equal("检验未通过，仅供参考", UiText.Get(Lang.Zh, DiagnosisData.VerdictKey(unreliable)));
        Assert.Equal("checks failed: not reliable", UiText.Get(Lang.En, DiagnosisData.VerdictKey(unreliable)));

        var metric = S.Catalog.Find(MetricCodes.InnovationD)!;
        var trace = (Scatter)DiagnosisFigures.Forecasts(S, [unreliable], metric, Lang.Zh).Data[1];
        Assert.Equal(DiagnosisFigures.Unreliable, trace.Line!.Color);
        Assert.EndsWith("检验未通过，仅供参考", trace.Name);

        var tooShort = unreliable with { Result = new GreyForecastResult(GreyFitStatus.TooShort, null) };
        Assert.Equal("forecast.tooShort", DiagnosisData.VerdictKey(tooShort));
        Assert.Single(DiagnosisFigures.Forecasts(S, [tooShort], metric, Lang.En).Data);
    }

    [Fact]
    public void Only_metrics_bounded_by_construction_can_be_out_of_range()
    {
        Assert.True(DiagnosisData.OutOfRange(MetricCodes.InnovationD, 1.02));
        Assert.True(DiagnosisData.OutOfRange(MetricCodes.CouplingT, -0.01));
        Assert.False(DiagnosisData.OutOfRange(MetricCodes.InnovationD, 1));
        Assert.False(DiagnosisData.OutOfRange(MetricCodes.LqManufacturing, 1.5));
        Assert.False(DiagnosisData.OutOfRange(MetricCodes.Coagglomeration, 3));
    }
}
