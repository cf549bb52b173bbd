using AggloDashboard.Core.Metrics;

namespace AggloDashboard.Core.Policy;

/// <summary>A city's metrics in one year, with what conditions compare them to: the other cities and the settings.</summary>
internal sealed class CityYearMetrics(MetricResults results, ProvinceYear province, string regionCode, int year)
{
    public CoordinationClasses Classes => results.Settings.ClassThresholds;

    public double Tolerance => results.Settings.RelativeDevelopmentTolerance;

    public double? Get(string metric) => results.Get(regionCode, year, metric);

    public double? ProvinceMean(string metric) => province.Values(metric) is { Length: > 0 } values ? values.Average() : null;

    /// <summary>1 + the number of cities with a strictly higher value, and how many cities have the metric.</summary>
    public (int Rank, int Of)? RankOf(string metric)
    {
        if (Get(metric) is not { } value)
        {
            return null;
        }

        var values = province.Values(metric);
        return (1 + values.Count(v => v > value), values.Length);
    }
}

/// <summary>Every city's value of each metric in one year.</summary>
internal sealed class ProvinceYear(ILookup<string, double> byMetric)
{
    public double[] Values(string metric) => byMetric[metric].ToArray();
}
