namespace AggloDashboard.Core.Metrics;

/// <summary>Which formula gives the coupling degree C (docs/METRICS.md §4).</summary>
public enum CouplingForm
{
    /// <summary>C = n · [Π U_k / (Σ U_k)^n]^(1/n).</summary>
    Standard,

    /// <summary>Wang et al. (2021): C = √{[1 - Σ_{i&gt;j} |U_i - U_j| / Σ_{m=1}^{n-1} m] · [Π (U_i / max U)]^(1/(n-1))}.</summary>
    Modified,
}

/// <summary>Coupling C, comprehensive development T and coupling coordination D of n subsystems.</summary>
public readonly record struct CouplingResult(double C, double T, double D);

/// <summary>The coupling coordination degree model (docs/METRICS.md §4).</summary>
public static class CouplingCoordination
{
    /// <summary>
    /// C by <paramref name="form"/>, T = Σ α_k U_k, D = √(C·T), for n ≥ 2 subsystem scores U_k &gt; 0 (the entropy
    /// scores are at least δ = 0.0001) and weights α_k (equal weights 1/n when <paramref name="alphas"/> is null).
    /// </summary>
    /// <remarks>Edge rule: a score that is 0 makes the product 0, so C = 0 and D = 0; all scores 0 gives C = T = D = 0.</remarks>
    public static CouplingResult Compute(IReadOnlyList<double> scores, IReadOnlyList<double>? alphas = null,
        CouplingForm form = CouplingForm.Standard)
    {
        var n = scores.Count;
        if (n < 2)
        {
            throw new ArgumentException("coupling needs at least two subsystems", nameof(scores));
        }

        if (alphas is not null && alphas.Count != n)
        {
            throw new ArgumentException($"{alphas.Count} weights for {n} subsystems", nameof(alphas));
        }

        var c = form == CouplingForm.Standard ? StandardC(scores) : ModifiedC(scores);
        var t = 0.0;
        for (var k = 0; k < n; k++)
        {
            t += (alphas?[k] ?? 1.0 / n) * scores[k];
        }

        return new CouplingResult(c, t, Math.Sqrt(c * t));
    }

    private static double StandardC(IReadOnlyList<double> u)
    {
        var n = u.Count;
        var sum = u.Sum();
        if (!(sum > 0))
        {
            return 0;
        }

        // Π U_k / (Σ U_k)^n = Π (U_k / Σ U), computed as a product of ratios to avoid underflow.
        var ratio = 1.0;
        foreach (var x in u)
        {
            ratio *= x / sum;
        }

        // AM–GM bounds C by 1; the clamp only removes rounding excess when all U_k are equal.
        return Math.Min(1, n * Math.Pow(ratio, 1.0 / n));
    }

    private static double ModifiedC(IReadOnlyList<double> u)
    {
        var n = u.Count;
        var max = u.Max();
        if (!(max > 0))
        {
            return 0;
        }

        var gaps = 0.0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < i; j++)
            {
                gaps += Math.Abs(u[i] - u[j]);
            }
        }

        var pairsScale = n * (n - 1) / 2.0;
        var product = 1.0;
        foreach (var x in u)
        {
            product *= x / max;
        }

        var balance = 1 - gaps / pairsScale;
        return Math.Sqrt(Math.Max(0, balance) * Math.Pow(product, 1.0 / (n - 1)));
    }
}
