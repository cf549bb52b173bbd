namespace AggloDashboard.Core.Analytics;

/// <summary>
/// Global and local Moran's I with row-standardised weights (docs/METRICS.md §7; Moran 1950, Anselin 1995).
/// Values are given in the order of <see cref="SpatialWeights.Codes"/>.
/// </summary>
/// <remarks>
/// Permutation pseudo p-values follow PySAL's <c>esda</c> (<c>p_sim</c>): p = (min(larger, smaller) + 1) / (P + 1),
/// with <c>larger</c> / <c>smaller</c> the number of the P permuted statistics ≥ / ≤ the observed one. This is
/// one-sided, in the direction of the observed statistic; with P = 999 the smallest possible p is 0.001. Without
/// ties it is exactly PySAL's folding min(larger, P - larger); counting ties (within <see cref="TieTolerance"/>) on
/// both sides keeps a degenerate statistic (a local I that is 0 under every permutation because y_i is the mean) at
/// p = 1 instead of 0.001. Permutations draw from <c>new System.Random(seed)</c>, so equal inputs and seeds give
/// equal p-values on every run. A local p-value is exact instead when its draws are few enough to list
/// (<see cref="Local"/>).
/// </remarks>
public static class MoranI
{
    public const int DefaultPermutations = 999;
    public const int DefaultSeed = 20240501;
    public const double Significance = 0.05;

    /// <summary>
    /// The most conditional draws of one region's neighbour values that are listed one by one for an exact p:
    /// C(n - 1, k) neighbour sets when the region's k weights are equal, else k-permutations (n - 1)! / (n - 1 - k)!.
    /// </summary>
    public const int MaxExactDraws = 10_000;

    /// <summary>
    /// Two statistics closer than this share of their scale are a tie, counted on both sides: the scale is |I| for
    /// the global I, and for a local I_i the largest |I_i| any draw can give, |z_i| max_j≠i |z_j| / m2 (not |I_i|
    /// itself, which is near 0 when the neighbours' deviations cancel).
    /// </summary>
    public const double TieTolerance = 1e-9;

    /// <summary>
    /// I = (n / S0) Σ_i Σ_j w_ij z_i z_j / Σ_i z_i², z = y - ȳ, S0 = Σ w_ij (the number of regions with a neighbour).
    /// E[I] = -1/(n-1); the variance and z use the normality assumption of Cliff &amp; Ord (1981):
    /// E[I²] = (n² S1 - n S2 + 3 S0²) / ((n² - 1) S0²).
    /// </summary>
    /// <returns>All statistics NaN when fewer than 3 values, all values equal, or no region has a neighbour.</returns>
    public static GlobalMoran Global(SpatialWeights weights, IReadOnlyList<double> values,
        int permutations = DefaultPermutations, int seed = DefaultSeed)
    {
        var w = Prepare(weights, values);
        var n = values.Count;
        var z = Deviations(values);
        var s0 = w.Sum(row => row.Sum());
        var sparse = new SparseRows(w);
        var expected = -1.0 / (n - 1);
        if (n < 3 || z.All(v => v == 0) || s0 == 0)
        {
            return new GlobalMoran(n, double.NaN, expected, double.NaN, double.NaN, double.NaN, permutations);
        }

        var observed = Statistic(sparse, z, s0);
        var variance = NormalVariance(w, n, s0) - expected * expected;
        var random = new Random(seed);
        var shuffled = (double[])z.Clone();
        var tail = new TailCounter(observed, TieTolerance * Math.Abs(observed));
        for (var p = 0; p < permutations; p++)
        {
            Shuffle(shuffled, random);
            tail.Add(Statistic(sparse, shuffled, s0));
        }

        return new GlobalMoran(n, observed, expected, variance, (observed - expected) / Math.Sqrt(variance),
            tail.PseudoP(permutations), permutations);
    }

    /// <summary>
    /// Local Moran I_i = (z_i / m2) Σ_j w_ij z_j, m2 = Σ z² / n (Anselin 1995, eq. 12), so the mean of the I_i is
    /// the global I. Significance is conditional on y_i (docs/METRICS.md §7): y_i stays and its neighbours'
    /// values are drawn without replacement from the other n - 1 values. When those draws can be listed (at most
    /// <see cref="MaxExactDraws"/>), every one is and the p-value is exact; otherwise seeded permutations estimate
    /// it, one random stream serving those regions in code order.
    /// </summary>
    /// <remarks>
    /// Quadrant: HH when z_i &gt; 0 and the lag &gt; 0, LL when both &lt; 0, HL and LH when they differ; a value or lag
    /// exactly at the mean counts as low. A quadrant is reported only when p ≤ <see cref="Significance"/>, else
    /// <see cref="LisaCluster.NotSignificant"/>; a region without neighbours is never significant (p NaN).
    /// </remarks>
    public static IReadOnlyList<LocalMoran> Local(SpatialWeights weights, IReadOnlyList<double> values,
        int permutations = DefaultPermutations, int seed = DefaultSeed)
    {
        var w = new SparseRows(Prepare(weights, values));
        var n = values.Count;
        var z = Deviations(values);
        var m2 = z.Sum(v => v * v) / n;
        var random = new Random(seed);
        var result = new LocalMoran[n];
        var others = new double[n - 1];
        for (var i = 0; i < n; i++)
        {
            var lag = w.Lag(i, z);
            var local = m2 > 0 ? z[i] * lag / m2 : double.NaN;
            var (p, method) = m2 > 0 ? ConditionalP(w.Weights(i), z, i, local, m2, permutations, random, others) : (double.NaN, null);
            var cluster = p <= Significance ? Quadrant(z[i], lag) : LisaCluster.NotSignificant;
            result[i] = new LocalMoran(weights.Codes[i], values[i], lag, local, p, cluster, method);
        }

        return result;
    }

    /// <param name="weights">The region's non-zero row-standardised weights, in column order.</param>
    /// <param name="others">A buffer of n - 1 entries, filled here with the other regions' deviations.</param>
    private static (double P, LisaPMethod? Method) ConditionalP(double[] weights, double[] z, int i, double observed,
        double m2, int permutations, Random random, double[] others)
    {
        if (weights.Length == 0)
        {
            return (double.NaN, null);
        }

        Array.Copy(z, 0, others, 0, i);
        Array.Copy(z, i + 1, others, i, z.Length - i - 1);
        var largestOther = 0.0;
        foreach (var v in others)
        {
            largestOther = Math.Max(largestOther, Math.Abs(v));
        }

        // I_i is a sum that a draw adds up in another order than the observed lag, so an equal value can come out a
        // few ulps away; the tolerance keeps the observed neighbour set from counting against itself.
        var largest = Math.Abs(z[i]) * largestOther / m2;
        var tail = new TailCounter(observed, TieTolerance * largest);
        var equalWeights = weights.All(v => v == weights[0]);
        if (Draws(others.Length, weights.Length, ordered: !equalWeights) <= MaxExactDraws)
        {
            var draws = new ConditionalDraws(weights, others, z[i] / m2, tail);
            draws.Enumerate(ordered: !equalWeights);
            return (tail.ExactP(draws.Count), LisaPMethod.Exact);
        }

        for (var p = 0; p < permutations; p++)
        {
            // Partial Fisher–Yates: the first k entries become a uniform draw without replacement.
            var lag = 0.0;
            for (var k = 0; k < weights.Length; k++)
            {
                var pick = random.Next(k, others.Length);
                (others[k], others[pick]) = (others[pick], others[k]);
                lag += weights[k] * others[k];
            }

            tail.Add(z[i] * lag / m2);
        }

        return (tail.PseudoP(permutations), LisaPMethod.Permutation);
    }

    /// <summary>C(m, k), or m! / (m - k)! when ordered; any count above <see cref="MaxExactDraws"/> is returned as MaxExactDraws + 1.</summary>
    private static long Draws(int m, int k, bool ordered)
    {
        // Both running products only grow, so stopping at the limit is safe and keeps them far from overflow.
        long count = 1;
        for (var j = 1; j <= k && count <= MaxExactDraws; j++)
        {
            count = ordered ? count * (m - j + 1) : count * (m - k + j) / j;
        }

        return Math.Min(count, MaxExactDraws + 1);
    }

    /// <summary>
    /// Every draw of k neighbour values from the others: each k-subset when the weights are equal (the order of the
    /// values then cannot change the lag), each ordered k-tuple, value t going to weight t, when they differ.
    /// </summary>
    private sealed class ConditionalDraws(double[] weights, double[] others, double scale, TailCounter tail)
    {
        private readonly bool[] _used = new bool[others.Length];

        public int Count { get; private set; }

        public void Enumerate(bool ordered) => Next(0, 0, 0.0, ordered);

        private void Next(int position, int start, double lag, bool ordered)
        {
            if (position == weights.Length)
            {
                tail.Add(scale * lag);
                Count++;
                return;
            }

            for (var j = ordered ? 0 : start; j < others.Length; j++)
            {
                if (_used[j])
                {
                    continue;
                }

                _used[j] = true;
                Next(position + 1, j + 1, lag + weights[position] * others[j], ordered);
                _used[j] = false;
            }
        }
    }

    private static LisaCluster Quadrant(double z, double lag) => (z > 0, lag > 0) switch
    {
        (true, true) => LisaCluster.HighHigh,
        (false, false) => LisaCluster.LowLow,
        (true, false) => LisaCluster.HighLow,
        (false, true) => LisaCluster.LowHigh,
    };

    /// <summary>Counts the draws at least and at most the observed statistic, a draw within the tolerance on both sides.</summary>
    private sealed class TailCounter(double observed, double tolerance)
    {
        private int _larger;
        private int _smaller;

        public void Add(double drawn)
        {
            _larger += drawn >= observed - tolerance ? 1 : 0;
            _smaller += drawn <= observed + tolerance ? 1 : 0;
        }

        /// <summary>Permutations leave out the observed arrangement, so it is added to both the count and the total.</summary>
        public double PseudoP(int permutations) => (Math.Min(_larger, _smaller) + 1.0) / (permutations + 1.0);

        /// <summary>The full list of draws holds the observed one already.</summary>
        public double ExactP(int draws) => (double)Math.Min(_larger, _smaller) / draws;
    }

    private static double Statistic(SparseRows w, double[] z, double s0)
    {
        var cross = 0.0;
        var squares = 0.0;
        for (var i = 0; i < z.Length; i++)
        {
            cross += z[i] * w.Lag(i, z);
            squares += z[i] * z[i];
        }

        return z.Length / s0 * cross / squares;
    }

    private static double NormalVariance(double[][] w, int n, double s0)
    {
        var s1 = 0.0;
        var s2 = 0.0;
        for (var i = 0; i < n; i++)
        {
            var rowAndColumn = 0.0;
            for (var j = 0; j < n; j++)
            {
                var symmetric = w[i][j] + w[j][i];
                s1 += symmetric * symmetric / 2;
                rowAndColumn += symmetric;
            }

            s2 += rowAndColumn * rowAndColumn;
        }

        return (n * n * s1 - n * s2 + 3 * s0 * s0) / ((n * n - 1.0) * s0 * s0);
    }

    private static void Shuffle(double[] values, Random random)
    {
        for (var i = values.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (values[i], values[j]) = (values[j], values[i]);
        }
    }

    private static double[] Deviations(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        return values.Select(v => v - mean).ToArray();
    }

    private static double[][] Prepare(SpatialWeights weights, IReadOnlyList<double> values)
    {
        if (values.Count != weights.Codes.Count)
        {
            throw new ArgumentException($"{values.Count} values for {weights.Codes.Count} regions", nameof(values));
        }

        if (values.Count == 0 || values.Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("values must be present and finite", nameof(values));
        }

        return weights.RowStandardised();
    }
}

/// <summary>
/// Global Moran's I of n values: I, E[I] = -1/(n-1), the variance and z under normality, and the permutation
/// pseudo p-value (see <see cref="MoranI"/>).
/// </summary>
public sealed record GlobalMoran(int N, double I, double Expected, double Variance, double Z, double PseudoP, int Permutations);

/// <summary>LISA category of a region (Anselin 1995): significant clusters and outliers, or not significant.</summary>
public enum LisaCluster
{
    NotSignificant,
    HighHigh,
    LowLow,
    HighLow,
    LowHigh,
}

/// <summary>
/// Local Moran of one region: its value, spatial lag of the deviations, I_i, the conditional p-value, LISA category
/// and how p was found (null when p is undefined).
/// </summary>
public sealed record LocalMoran(string Code, double Value, double Lag, double I, double PseudoP, LisaCluster Cluster,
    LisaPMethod? PMethod);

/// <summary>How a local p-value was found: by listing every conditional draw, or from seeded permutations.</summary>
public enum LisaPMethod
{
    Exact,
    Permutation,
}

public static class LisaClusterCodes
{
    /// <summary>HH, LL, HL, LH, or ns for not significant.</summary>
    public static string ToCode(this LisaCluster cluster) => cluster switch
    {
        LisaCluster.HighHigh => "HH",
        LisaCluster.LowLow => "LL",
        LisaCluster.HighLow => "HL",
        LisaCluster.LowHigh => "LH",
        _ => "ns",
    };

    /// <summary>exact or permutation, the <c>p_method</c> column of lisa.csv; empty when p is undefined.</summary>
    public static string ToCode(this LisaPMethod? method) => method switch
    {
        LisaPMethod.Exact => "exact",
        LisaPMethod.Permutation => "permutation",
        _ => "",
    };
}
