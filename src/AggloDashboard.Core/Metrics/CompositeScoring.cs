namespace AggloDashboard.Core.Metrics;

/// <summary>
/// Pools city-years into one entropy weighting (§3) and records scores, the applied weights (chosen by
/// <see cref="IndicatorWeighting"/>) and the composite's details under a composite code.
/// </summary>
internal static class CompositeScoring
{
    public static void Score(string composite, IReadOnlyList<string> indicatorCodes, IReadOnlyList<int> directions,
        IEnumerable<(string City, int Year, double[]? Values)> observations, MetricSink sink,
        IndicatorWeighting weighting, CompositeLog log)
    {
        var complete = observations.Where(o => o.Values is not null).ToArray();
        if (complete.Length == 0 || indicatorCodes.Count == 0)
        {
            return;
        }

        var result = EntropyWeighting.Compute(complete.Select(o => o.Values!).ToArray(), directions);
        var weights = weighting.Choose(composite, indicatorCodes, result.Weights);
        for (var o = 0; o < complete.Length; o++)
        {
            var score = weighting.Method == WeightingMethod.Entropy
                ? result.Scores[o]
                : WeightedScore(weights, result.Standardised[o]);
            sink.Add(complete[o].City, complete[o].Year, composite, score);
        }

        for (var j = 0; j < indicatorCodes.Count; j++)
        {
            log.Weights.Add(new IndicatorWeight(composite, indicatorCodes[j], weights[j], result.Entropies[j]));
        }

        log.Details.Add(new CompositeDetail(composite, indicatorCodes, weights,
            complete.Select(o => new CityYear(o.City, o.Year)).ToArray(), result.Standardised));
    }

    /// <summary>U = Σ w_j x''_j with x'' = δ + (1 - δ) x' (§3 steps 2 and 4).</summary>
    private static double WeightedScore(IReadOnlyList<double> weights, IReadOnlyList<double> standardised)
    {
        var score = 0.0;
        for (var j = 0; j < weights.Count; j++)
        {
            score += weights[j] * (EntropyWeighting.Shift + (1 - EntropyWeighting.Shift) * standardised[j]);
        }

        return score;
    }
}

/// <summary>The weights and details of every composite scored so far.</summary>
internal sealed class CompositeLog
{
    public List<IndicatorWeight> Weights { get; } = [];

    public List<CompositeDetail> Details { get; } = [];
}
