using AggloDashboard.Core.Metrics;
using AggloDashboard.Core.Policy;

namespace AggloDashboard.Core.Diagnostics;

/// <summary>The diagnostics <c>compute</c> writes beside the metrics: obstacle degrees, forecasts and typologies.</summary>
public sealed record DiagnosticsReport(ObstacleDiagnosis Obstacles, IReadOnlyList<CityForecast> Forecasts,
    IReadOnlyList<CityTypology> Typologies)
{
    /// <summary>The metrics forecast for every city: the two coordination degrees.</summary>
    public static IReadOnlyList<string> ForecastMetrics { get; } = [MetricCodes.InnovationD, MetricCodes.CouplingD];

    public const int Horizon = 5;

    public static DiagnosticsReport Compute(MetricResults results, PolicyRuleSet rules) => new(
        ObstacleDiagnosis.Compute(results),
        ForecastMetrics.SelectMany(metric => MetricForecasts.Compute(results, metric, Horizon)).ToArray(),
        PolicyEngine.Evaluate(rules, results));
}
