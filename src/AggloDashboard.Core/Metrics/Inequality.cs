namespace AggloDashboard.Core.Metrics;

/// <summary>Between-region inequality of a metric (docs/METRICS.md §2). Each takes one value per region.</summary>
public static class Inequality
{
    /// <summary>Coefficient of variation: population standard deviation over the mean.</summary>
    /// <returns>CV, or <see cref="double.NaN"/> with fewer than 2 values or a mean of 0.</returns>
    public static double CoefficientOfVariation(IReadOnlyList<double> values)
    {
        if (values.Count < 2)
        {
            return double.NaN;
        }

        var mean = values.Average();
        if (mean == 0)
        {
            return double.NaN;
        }

        var variance = values.Sum(v => (v - mean) * (v - mean)) / values.Count;
        return Math.Sqrt(variance) / Math.Abs(mean);
    }

    /// <summary>Theil T = (1/N) Σ (y_i/μ) ln(y_i/μ), with 0·ln 0 taken as 0.</summary>
    /// <returns>T, or <see cref="double.NaN"/> with fewer than 2 values, a negative value or a mean of 0.</returns>
    public static double TheilT(IReadOnlyList<double> values)
    {
        if (values.Count < 2 || values.Any(v => v < 0))
        {
            return double.NaN;
        }

        var mean = values.Average();
        if (mean == 0)
        {
            return double.NaN;
        }

        var sum = 0.0;
        foreach (var v in values)
        {
            var ratio = v / mean;
            if (ratio > 0)
            {
                sum += ratio * Math.Log(ratio);
            }
        }

        return sum / values.Count;
    }

    /// <summary>Gini = Σ_i Σ_j |y_i - y_j| / (2 N² μ).</summary>
    /// <returns>G, or <see cref="double.NaN"/> with fewer than 2 values, a negative value or a mean of 0.</returns>
    public static double Gini(IReadOnlyList<double> values)
    {
        if (values.Count < 2 || values.Any(v => v < 0))
        {
            return double.NaN;
        }

        var mean = values.Average();
        if (mean == 0)
        {
            return double.NaN;
        }

        // Sorted form of the double sum: Σ_i Σ_j |y_i - y_j| = 2 Σ_k (2k - N - 1) y_(k), O(N log N). Values are
        // non-negative here, and equal values are interchangeable in the sum, so an unstable sort gives the same bits.
        var sorted = values.ToArray();
        Array.Sort(sorted);
        var n = sorted.Length;
        var sum = 0.0;
        for (var k = 0; k < n; k++)
        {
            sum += (2.0 * (k + 1) - n - 1) * sorted[k];
        }

        return 2 * sum / (2.0 * n * n * mean);
    }
}
