namespace AggloDashboard.Core.Metrics;

/// <summary>The entropy weight method for composite scores (docs/METRICS.md §3).</summary>
public static class EntropyWeighting
{
    /// <summary>δ, the shift that keeps every standardised value away from 0 so ln p is defined.</summary>
    public const double Shift = 0.0001;

    /// <summary>
    /// Weights and scores of <paramref name="values"/> (rows = observations, columns = indicators, every cell
    /// present). Min–max per column, positive (direction +1) as (x - min)/(max - min), negative as
    /// (max - x)/(max - min), a constant column as 1; shifted x'' = δ + (1 - δ)x'; p = x''/Σx'';
    /// e = -(1/ln n) Σ p ln p; d = 1 - e; w = d/Σd; score = Σ w x''.
    /// </summary>
    /// <remarks>Edge rules: when every d_j is 0 (all columns constant, or a single observation, where ln n = 0)
    /// the weights are equal. With no rows the result has no scores and equal weights.</remarks>
    public static EntropyResult Compute(double[][] values, IReadOnlyList<int> directions)
    {
        var m = directions.Count;
        var n = values.Length;
        var standardised = new double[n][];
        var shifted = new double[n][];
        for (var o = 0; o < n; o++)
        {
            if (values[o].Length != m)
            {
                throw new ArgumentException($"row {o} has {values[o].Length} values, expected {m}");
            }

            standardised[o] = new double[m];
            shifted[o] = new double[m];
        }

        var divergence = new double[m];
        var entropy = new double[m];
        for (var j = 0; j < m; j++)
        {
            Standardise(values, j, directions[j], standardised, shifted);
            entropy[j] = Entropy(shifted, j);
            divergence[j] = 1 - entropy[j];
        }

        var weights = Normalise(divergence);
        var scores = new double[n];
        for (var o = 0; o < n; o++)
        {
            var score = 0.0;
            for (var j = 0; j < m; j++)
            {
                score += weights[j] * shifted[o][j];
            }

            scores[o] = score;
        }

        return new EntropyResult(weights, entropy, standardised, scores);
    }

    private static void Standardise(double[][] values, int j, int direction, double[][] standardised, double[][] shifted)
    {
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        foreach (var row in values)
        {
            min = Math.Min(min, row[j]);
            max = Math.Max(max, row[j]);
        }

        var range = max - min;
        for (var o = 0; o < values.Length; o++)
        {
            var x = values[o][j];
            var s = range > 0 ? (direction < 0 ? (max - x) / range : (x - min) / range) : 1.0;
            standardised[o][j] = s;
            shifted[o][j] = Shift + (1 - Shift) * s;
        }
    }

    private static double Entropy(double[][] shifted, int j)
    {
        var n = shifted.Length;
        if (n < 2)
        {
            return 1;
        }

        var total = 0.0;
        foreach (var row in shifted)
        {
            total += row[j];
        }

        var sum = 0.0;
        foreach (var row in shifted)
        {
            var p = row[j] / total;
            sum += p * Math.Log(p);
        }

        return -sum / Math.Log(n);
    }

    private static double[] Normalise(double[] divergence)
    {
        var total = divergence.Sum();
        var m = divergence.Length;
        return total > 0
            ? divergence.Select(d => d / total).ToArray()
            : Enumerable.Repeat(1.0 / m, m).ToArray();
    }
}

/// <summary>
/// Result of <see cref="EntropyWeighting.Compute"/>: one weight and entropy per indicator, the standardised x'
/// (before the δ shift; obstacle degrees use 1 - x') per observation and indicator, and one score per observation.
/// </summary>
public sealed record EntropyResult(
    IReadOnlyList<double> Weights,
    IReadOnlyList<double> Entropies,
    IReadOnlyList<IReadOnlyList<double>> Standardised,
    IReadOnlyList<double> Scores);
