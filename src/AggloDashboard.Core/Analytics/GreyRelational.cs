namespace AggloDashboard.Core.Analytics;

/// <summary>Deng's grey relational analysis as fixed in docs/METRICS.md §7.</summary>
public static class GreyRelational
{
    /// <summary>ρ, the distinguishing coefficient.</summary>
    public const double DefaultRho = 0.5;

    /// <summary>
    /// Grade r_k of each comparison series to the reference: every series is divided by its own mean;
    /// Δ_k(t) = |x_0(t) - x_k(t)|; ξ_k(t) = (Δmin + ρΔmax) / (Δ_k(t) + ρΔmax) with Δmin and Δmax over all k and t;
    /// r_k = mean over t of ξ_k(t). Grades lie in (0, 1]; 1 is a series proportional to the reference.
    /// </summary>
    /// <remarks>
    /// When Δmax = 0 (every series proportional to the reference) every grade is 1. When any series has a mean of
    /// 0, or the series are empty, mean scaling is undefined and every grade is NaN (Δmin and Δmax are shared).
    /// </remarks>
    /// <exception cref="ArgumentException">A comparison series differs in length from the reference.</exception>
    public static double[] Grades(IReadOnlyList<double> reference, IReadOnlyList<IReadOnlyList<double>> comparisons,
        double rho = DefaultRho)
    {
        if (comparisons.Any(c => c.Count != reference.Count))
        {
            throw new ArgumentException($"every comparison series needs {reference.Count} values", nameof(comparisons));
        }

        if (reference.Count == 0 || comparisons.Prepend(reference).Any(s => s.Average() == 0))
        {
            return comparisons.Select(_ => double.NaN).ToArray();
        }

        var x0 = MeanScaled(reference);
        var deltas = comparisons.Select(c => MeanScaled(c).Select((v, t) => Math.Abs(x0[t] - v)).ToArray()).ToArray();
        var min = deltas.SelectMany(d => d).DefaultIfEmpty(0).Min();
        var max = deltas.SelectMany(d => d).DefaultIfEmpty(0).Max();
        if (max == 0)
        {
            return comparisons.Select(_ => 1.0).ToArray();
        }

        return deltas.Select(d => d.Average(delta => (min + rho * max) / (delta + rho * max))).ToArray();
    }

    private static double[] MeanScaled(IReadOnlyList<double> series)
    {
        var mean = series.Average();
        return series.Select(v => v / mean).ToArray();
    }
}
