using AggloDashboard.Core.Analytics;
using AggloDashboard.Core.Diagnostics;
using AggloDashboard.Core.Policy;
using AggloDashboard.Core.Quality;
using AggloDashboard.Data.Spatial;
using AggloDashboard.Web.Services;

namespace AggloDashboard.Web.Tests;

/// <summary>
/// A snapshot's analyses waited for on the test's thread, to compare a page with: the app has only the awaitable
/// members, which pages await under their token.
/// </summary>
public static class AnalysesWaited
{
    extension(SnapshotAnalyses analyses)
    {
        public DataQualityReport Quality => analyses.QualityAsync(CancellationToken.None).GetAwaiter().GetResult();

        public BoundaryReport? Boundaries => analyses.BoundariesAsync(CancellationToken.None).GetAwaiter().GetResult();

        public ObstacleDiagnosis Obstacles => analyses.ObstaclesAsync(CancellationToken.None).GetAwaiter().GetResult();

        public IReadOnlyList<CityTypology> Typologies => analyses.TypologiesAsync(CancellationToken.None).GetAwaiter().GetResult();

        public IReadOnlyList<CityForecast> Forecasts(string metric) =>
            analyses.ForecastsAsync(metric, CancellationToken.None).GetAwaiter().GetResult();
    }

    extension(SnapshotAnalytics analytics)
    {
        public DatasetWeights Weights => analytics.WeightsAsync(CancellationToken.None).GetAwaiter().GetResult();

        public AnalyticsResults Default => analytics.DefaultAsync(CancellationToken.None).GetAwaiter().GetResult();

        public AnalyticsResults Drivers(RegressionSpec spec) => analytics.DriversAsync(spec, CancellationToken.None).GetAwaiter().GetResult();

        public AnalyticsResults Metric(string metric, SpatialWeights? weights) =>
            analytics.MetricAsync(metric, weights, CancellationToken.None).GetAwaiter().GetResult();
    }
}
