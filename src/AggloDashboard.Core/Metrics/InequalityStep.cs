namespace AggloDashboard.Core.Metrics;

/// <summary>CV, Theil T and Gini of every city metric across the cities that have it, year by year (§2).</summary>
internal static class InequalityStep
{
    public static void Run(IReadOnlyList<RegionMetricValue> regional, IReadOnlyList<string> metricOrder, MetricSink sink)
    {
        var byYearMetric = regional.ToLookup(v => (v.Year, v.Metric), v => v.Value);
        foreach (var year in regional.Select(v => v.Year).Distinct().Order())
        {
            foreach (var metric in metricOrder)
            {
                var values = byYearMetric[(year, metric)].ToArray();
                if (values.Length < 2)
                {
                    continue;
                }

                sink.Add(year, MetricCodes.Cv(metric), Inequality.CoefficientOfVariation(values));
                sink.Add(year, MetricCodes.Theil(metric), Inequality.TheilT(values));
                sink.Add(year, MetricCodes.Gini(metric), Inequality.Gini(values));
            }
        }
    }
}
