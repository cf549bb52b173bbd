using AggloDashboard.Core.Analytics;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Core.Tests.Engine;

namespace AggloDashboard.Core.Tests.Analytics;

public class AnalyticsReportTests
{
    private static readonly AggloDashboard.Core.Domain.Dataset Data = RandomWithDrivers();
    private static readonly MetricResults Results = MetricsEngine.Compute(Data);
    private static readonly string[] Cities = Data.Prefectures.Select(r => r.Code).ToArray();

    private static readonly SpatialWeights Line = SpatialWeights.FromNeighbours("line", Cities.Select((c, i) =>
        (c, (IReadOnlyCollection<string>)new[] { i - 1, i + 1 }.Where(j => j >= 0 && j < Cities.Length)
            .Select(j => Cities[j]).ToArray())).ToDictionary(p => p.c, p => p.Item2));

    [Fact]
    public void Reports_every_analysis_for_the_default_metrics()
    {
        var report = AnalyticsReport.Compute(Data, Results, [Line]);

        Assert.Equal(AnalyticsOptions.Default.Metrics, report.Beta.Select(b => b.Metric));
        Assert.Equal(3 * 6, report.Sigma.Count);
        Assert.Equal(3 * 6, report.Moran.Count);
        Assert.Equal(3 * 6 * 8, report.Lisa.Count);
        Assert.Equal(8 * 6, report.Krugman.Count);
        Assert.Equal((8 + 1) * 2, report.GreyRelational.Count);
        Assert.Equal([RegressionModel.PooledOls, RegressionModel.TwoWayFixedEffects], report.Regressions.Select(r => r.Model));
        Assert.Equal(["ln(drv.a)", "ln(drv.b)"], report.Regressions[1].Coefficients.Select(c => c.Term));
        Assert.Contains(report.Notes, n => n.Contains("only 8 regions"));
        Assert.Contains(report.Notes, n => n.Contains("Only 8 clusters"));
    }

    [Fact]
    public void Reports_each_year_of_moran_and_lisa_once_per_metric_and_weights_up_to_the_total()
    {
        var reports = new List<AnalysisProgress>();
        var report = AnalyticsReport.Compute(Data, Results, [Line, Line], progress: new Reports(reports.Add));

        var total = 2 * 3 * 6;
        Assert.Equal(Enumerable.Range(1, total).Select(done => new AnalysisProgress(done, total)), reports);
        Assert.Equal(total, report.Moran.Count);
    }

    [Fact]
    public void Without_weights_there_is_nothing_to_report()
    {
        var reports = new List<AnalysisProgress>();
        AnalyticsReport.Compute(Data, Results, [], progress: new Reports(reports.Add));

        Assert.Empty(reports);
    }

    [Fact]
    public void Cancellation_stops_the_spatial_statistics_before_the_next_year()
    {
        using var cancel = new CancellationTokenSource();
        var reports = new List<AnalysisProgress>();
        var progress = new Reports(p =>
        {
            reports.Add(p);
            if (p.Done == 4)
            {
                cancel.Cancel();
            }
        });

        Assert.Throws<OperationCanceledException>(() => AnalyticsReport.Compute(Data, Results, [Line], null, progress, cancel.Token));
        Assert.Equal(4, reports.Count);
    }

    [Fact]
    public void Convergence_alone_is_what_the_full_report_gives()
    {
        var full = AnalyticsReport.Compute(Data, Results, []);

        var (sigma, beta) = AnalyticsReport.ConvergenceOf(Results, AnalyticsOptions.Default.Metrics);

        Assert.Equal(full.Sigma, sigma);
        Assert.Equal(full.Beta, beta);
    }

    /// <summary>Reports on the reporting thread, as the analysis makes them.</summary>
    private sealed class Reports(Action<AnalysisProgress> report) : IProgress<AnalysisProgress>
    {
        public void Report(AnalysisProgress value) => report(value);
    }

    [Fact]
    public void Sigma_rows_match_the_engine_inequality_series()
    {
        var report = AnalyticsReport.Compute(Data, Results, []);

        foreach (var row in report.Sigma)
        {
            var cv = Results.Aggregate.Single(a => a.Year == row.Point.Year && a.Metric == MetricCodes.Cv(row.Metric));
            Assert.Equal(cv.Value, row.Point.Cv, 15);
        }

        Assert.Empty(report.Moran);
        Assert.Empty(report.Lisa);
    }

    [Fact]
    public void Moran_rows_are_those_of_moran_i_on_the_year_values()
    {
        var report = AnalyticsReport.Compute(Data, Results, [Line]);

        var row = report.Moran.Single(m => m.Metric == MetricCodes.CouplingD && m.Year == 2003);
        var values = Cities.Select(c => Results.Get(c, 2003, MetricCodes.CouplingD)!.Value).ToArray();
        Assert.Equal(MoranI.Global(Line, values), row.Result);
    }

    [Fact]
    public void Is_reproducible()
    {
        var first = AnalyticsReport.Compute(Data, Results, [Line]);
        var second = AnalyticsReport.Compute(Data, Results, [Line]);

        Assert.Equal(first.Moran, second.Moran);
        Assert.Equal(first.Lisa, second.Lisa);
        Assert.Equal(first.Regressions.SelectMany(r => r.Coefficients), second.Regressions.SelectMany(r => r.Coefficients));
    }

    [Fact]
    public void A_regression_without_enough_rows_is_skipped_with_a_note()
    {
        var options = AnalyticsOptions.Default with
        {
            Regression = new RegressionSpec("no.such.metric", ["drv.a"], LagDrivers: false, LogDrivers: true),
        };

        var report = AnalyticsReport.Compute(Data, Results, [], options);

        Assert.Empty(report.Regressions);
        Assert.Contains(report.Notes, n => n.StartsWith("Regression of no.such.metric skipped", StringComparison.Ordinal));
    }

    private static AggloDashboard.Core.Domain.Dataset RandomWithDrivers()
    {
        var dataset = PanelBuilder.Random(cities: 8, years: 6, seed: 5).Build();
        var random = new Random(9);
        var values = (from city in dataset.Prefectures.Select(r => r.Code)
            from year in dataset.Years
            from driver in new[] { "drv.a", "drv.b" }
            select (city, year, driver, (double?)(1 + random.NextDouble() * 100))).ToArray();
        return DriverPanels.WithDrivers(dataset, values);
    }
}
