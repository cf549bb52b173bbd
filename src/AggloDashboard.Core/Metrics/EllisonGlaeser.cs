namespace AggloDashboard.Core.Metrics;

/// <summary>
/// Ellison–Glaeser concentration indexes computed from regional shares, without plant data (Herfindahl H = 0;
/// Ellison &amp; Glaeser 1997, eq. 5; Ellison, Glaeser &amp; Kerr 2010 for coagglomeration). docs/METRICS.md §2.
/// </summary>
public static class EllisonGlaeser
{
    /// <summary>
    /// γ = Σ (s_i - x_i)² / (1 - Σ x_i²), with s_i the region's share of the industry and x_i its share of total
    /// employment; both share vectors must have the same length.
    /// </summary>
    /// <returns>γ, or <see cref="double.NaN"/> when 1 - Σ x_i² is 0 (all employment in one region).</returns>
    public static double Agglomeration(IReadOnlyList<double> industryShares, IReadOnlyList<double> totalShares)
    {
        RequireSameLength(industryShares, totalShares);
        var g = 0.0;
        for (var i = 0; i < industryShares.Count; i++)
        {
            var gap = industryShares[i] - totalShares[i];
            g += gap * gap;
        }

        return Normalise(g, totalShares);
    }

    /// <summary>
    /// γ^c = Σ (s_i(m) - x_i)(s_i(p) - x_i) / (1 - Σ x_i²) for two industries m and p.
    /// </summary>
    /// <returns>γ^c, or <see cref="double.NaN"/> when 1 - Σ x_i² is 0.</returns>
    public static double Coagglomeration(IReadOnlyList<double> firstShares, IReadOnlyList<double> secondShares,
        IReadOnlyList<double> totalShares)
    {
        RequireSameLength(firstShares, totalShares);
        RequireSameLength(secondShares, totalShares);
        var sum = 0.0;
        for (var i = 0; i < totalShares.Count; i++)
        {
            sum += (firstShares[i] - totalShares[i]) * (secondShares[i] - totalShares[i]);
        }

        return Normalise(sum, totalShares);
    }

    /// <summary>Each value's share of the vector's total; NaN shares when the total is not positive.</summary>
    public static double[] Shares(IReadOnlyList<double> values)
    {
        var total = values.Sum();
        return values.Select(v => total > 0 ? v / total : double.NaN).ToArray();
    }

    private static double Normalise(double numerator, IReadOnlyList<double> totalShares)
    {
        var denominator = 1 - totalShares.Sum(x => x * x);
        return denominator > 0 ? numerator / denominator : double.NaN;
    }

    private static void RequireSameLength(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        if (a.Count != b.Count)
        {
            throw new ArgumentException($"share vectors differ in length ({a.Count} and {b.Count})");
        }
    }
}
