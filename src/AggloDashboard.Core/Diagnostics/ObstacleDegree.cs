namespace AggloDashboard.Core.Diagnostics;

/// <summary>The obstacle degree model (docs/METRICS.md §7).</summary>
public static class ObstacleDegree
{
    /// <summary>
    /// O_j = F_j I_j / Σ_k F_k I_k × 100 for one observation, with factor contributions F_j (the subsystem's α
    /// times the indicator weight w_j) and deviations I_j = 1 - x'_j from the standardised values x'_j.
    /// </summary>
    /// <returns>The percentages (summing to 100), or null when Σ F_j I_j = 0: the observation is at the best value
    /// of every weighted indicator, so nothing holds it back and the shares are undefined (0/0).</returns>
    public static double[]? Compute(IReadOnlyList<double> factorContributions, IReadOnlyList<double> standardised)
    {
        if (factorContributions.Count != standardised.Count)
        {
            throw new ArgumentException(
                $"{factorContributions.Count} factor contributions for {standardised.Count} standardised values");
        }

        var products = factorContributions.Select((f, j) => f * (1 - standardised[j])).ToArray();
        var total = products.Sum();
        return total > 0 ? products.Select(p => p / total * 100).ToArray() : null;
    }
}
