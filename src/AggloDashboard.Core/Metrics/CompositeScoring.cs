namespace AggloDashboard.Core.Metrics;

/// <summary>
/// Pools city-years into one entropy weighting (§3) and records scores, the applied weights (chosen by
/// <see cref="IndicatorWeighting"/>) and the composite's details under a composite code.
/// </summary>
internal static class CompositeScoring
{
    /// <param name="observations">The complete city-years, in city then year order, with the composite's values.</param>
    public static void Score(string composite, IReadOnlyList<string> indicatorCodes, IReadOnlyList<int> directions,
        IReadOnlyList<ScoredCityYear> observations, PanelIndex panel, MetricSink sink, IndicatorWeighting weighting,
        CompositeLog log)
    {
        if (observations.Count == 0 || indicatorCodes.Count == 0)
        {
            return;
        }

        var values = new double[observations.Count][];
        for (var o = 0; o < values.Length; o++)
        {
            values[o] = observations[o].Values;
        }

        var result = EntropyWeighting.Compute(values, directions);
        var weights = weighting.Choose(composite, indicatorCodes, result.Weights);
        var metric = sink.IndexOf(composite);
        var cityYears = new CityYear[observations.Count];
        for (var o = 0; o < observations.Count; o++)
        {
            var score = weighting.Method == WeightingMethod.Entropy
                ? result.Scores[o]
                : WeightedScore(weights, result.Standardised[o]);
            var (slot, y, _) = observations[o];
            sink.Add(slot, y, metric, score);
            cityYears[o] = new CityYear(panel.SlotCodes[slot], panel.Years[y]);
        }

        for (var j = 0; j < indicatorCodes.Count; j++)
        {
            log.Weights.Add(new IndicatorWeight(composite, indicatorCodes[j], weights[j], result.Entropies[j]));
        }

        log.Details.Add(new CompositeDetail(composite, indicatorCodes, weights, cityYears, result.Standardised));
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

/// <summary>A city-year (city slot, year index) with every value a composite needs.</summary>
internal readonly record struct ScoredCityYear(int Slot, int YearIndex, double[] Values);

/// <summary>The weights and details of every composite scored so far.</summary>
internal sealed class CompositeLog
{
    public List<IndicatorWeight> Weights { get; } = [];

    public List<CompositeDetail> Details { get; } = [];
}
