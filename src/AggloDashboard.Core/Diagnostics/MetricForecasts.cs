using AggloDashboard.Core.Metrics;

namespace AggloDashboard.Core.Diagnostics;

/// <summary>The GM(1,1) forecast of one city metric.</summary>
/// <param name="Years">The observed years the model was fitted on, consecutive, oldest first.</param>
public sealed record CityForecast(string RegionCode, string Metric, IReadOnlyList<int> Years, GreyForecastResult Result)
{
    /// <summary>The year of forecast h (1-based): the last observed year + h.</summary>
    public int ForecastYear(int h) => Years[^1] + h;
}

/// <summary>GM(1,1) forecasts of a city metric for every city (docs/METRICS.md §7).</summary>
public static class MetricForecasts
{
    /// <summary>
    /// For each city that has <paramref name="metric"/>, in region-code order, fits GM(1,1) to its latest unbroken
    /// run of consecutive years (GM(1,1) assumes equal spacing, so a missing year starts the series afresh) and
    /// forecasts <paramref name="horizon"/> years ahead. A run too short or not positive gets a result without a model.
    /// </summary>
    public static IReadOnlyList<CityForecast> Compute(MetricResults results, string metric, int horizon = 5) =>
        results.Regional
            .Where(v => v.Metric == metric)
            .GroupBy(v => v.RegionCode, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Forecast(g.Key, metric, LatestRun(g.OrderBy(v => v.Year).ToArray()), horizon))
            .ToArray();

    private static CityForecast Forecast(string region, string metric, RegionMetricValue[] run, int horizon) =>
        new(region, metric, run.Select(v => v.Year).ToArray(), GreyForecast.Fit(run.Select(v => v.Value).ToArray(), horizon));

    private static RegionMetricValue[] LatestRun(RegionMetricValue[] byYear)
    {
        var start = byYear.Length - 1;
        while (start > 0 && byYear[start - 1].Year == byYear[start].Year - 1)
        {
            start--;
        }

        return byYear[start..];
    }
}
