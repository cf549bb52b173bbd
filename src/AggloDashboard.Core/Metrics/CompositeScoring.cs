namespace AggloDashboard.Core.Metrics;

/// <summary>Pools city-years into one entropy weighting (§3) and records scores and weights under a composite code.</summary>
internal static class CompositeScoring
{
    public static void Score(string composite, IReadOnlyList<string> indicatorCodes, IReadOnlyList<int> directions,
        IEnumerable<(string City, int Year, double[]? Values)> observations, MetricSink sink,
        List<IndicatorWeight> weights)
    {
        var complete = observations.Where(o => o.Values is not null).ToArray();
        if (complete.Length == 0 || indicatorCodes.Count == 0)
        {
            return;
        }

        var result = EntropyWeighting.Compute(complete.Select(o => o.Values!).ToArray(), directions);
        for (var o = 0; o < complete.Length; o++)
        {
            sink.Add(complete[o].City, complete[o].Year, composite, result.Scores[o]);
        }

        for (var j = 0; j < indicatorCodes.Count; j++)
        {
            weights.Add(new IndicatorWeight(composite, indicatorCodes[j], result.Weights[j], result.Entropies[j]));
        }
    }
}
