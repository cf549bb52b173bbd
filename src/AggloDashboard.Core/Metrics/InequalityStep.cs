namespace AggloDashboard.Core.Metrics;

/// <summary>CV, Theil T and Gini of every city metric across the cities that have it, year by year (§2).</summary>
internal static class InequalityStep
{
    public static void Run(PanelIndex panel, MetricSink sink)
    {
        for (var y = 0; y < panel.Years.Count; y++)
        {
            for (var m = 0; m < sink.MetricOrder.Count; m++)
            {
                var values = sink.Across(y, m);
                if (values.Length < 2)
                {
                    continue;
                }

                var metric = sink.MetricOrder[m];
                sink.Add(panel.Years[y], MetricCodes.Cv(metric), Inequality.CoefficientOfVariation(values));
                sink.Add(panel.Years[y], MetricCodes.Theil(metric), Inequality.TheilT(values));
                sink.Add(panel.Years[y], MetricCodes.Gini(metric), Inequality.Gini(values));
            }
        }
    }
}
