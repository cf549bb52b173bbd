using AggloDashboard.Core.Analytics;

namespace AggloDashboard.Core.Tests.Analytics;

/// <summary>
/// Global and local Moran's I as first written, over the dense row-standardised matrix (O(n²) per permutation): the
/// reference that the sparse <see cref="MoranI"/> must match bit for bit, p-values and their random stream included.
/// </summary>
public static class ReferenceMoran
{
    private const double Significance = MoranI.Significance;

    private const int MaxExactDraws = MoranI.MaxExactDraws;

    private const double TieTolerance = MoranI.TieTolerance;

    public static GlobalMoran Global(SpatialWeights weights, IReadOnlyList<double> values,
        int permutations = MoranI.DefaultPermutations, int seed = MoranI.DefaultSeed)
    {
        var w = Prepare(weights, values);
        var n = values.Count;
        var z = Deviations(values);
        var s0 = w.Sum(row => row.Sum());
        var expected = -1.0 / (n - 1);
        if (n < 3 || z.All(v => v == 0) || s0 == 0)
        {
            return new GlobalMoran(n, double.NaN, expected, double.NaN, double.NaN, double.NaN, permutations);
        }

        var observed = Statistic(w, z, s0);
        var variance = NormalVariance(w, n, s0) - expected * expected;
        var random = new Random(seed);
        var shuffled = (double[])z.Clone();
        var tail = new TailCounter(observed, TieTolerance * Math.Abs(observed));
        for (var p = 0; p < permutations; p++)
        {
            Shuffle(shuffled, random);
            tail.Add(Statistic(w, shuffled, s0));
        }

        return new GlobalMoran(n, observed, expected, variance, (observed - expected) / Math.Sqrt(variance),
            tail.PseudoP(permutations), permutations);
    }

    public static IReadOnlyList<LocalMoran> Local(SpatialWeights weights, IReadOnlyList<double> values,
        int permutations = MoranI.DefaultPermutations, int seed = MoranI.DefaultSeed)
    {
        var w = Prepare(weights, values);
        var n = values.Count;
        var z = Deviations(values);
        var m2 = z.Sum(v => v * v) / n;
        var random = new Random(seed);
        var result = new LocalMoran[n];
        for (var i = 0; i < n; i++)
        {
            var lag = Lag(w[i], z);
            var local = m2 > 0 ? z[i] * lag / m2 : double.NaN;
            var (p, method) = m2 > 0 ? ConditionalP(w[i], z, i, local, m2, permutations, random) : (double.NaN, null);
            var cluster = p <= Significance ? Quadrant(z[i], lag) : LisaCluster.NotSignificant;
            result[i] = new LocalMoran(weights.Codes[i], values[i], lag, local, p, cluster, method);
        }

        return result;
    }

    private static (double P, LisaPMethod? Method) ConditionalP(double[] row, double[] z, int i, double observed,
        double m2, int permutations, Random random)
    {
        var weights = row.Where(v => v > 0).ToArray();
        if (weights.Length == 0)
        {
            return (double.NaN, null);
        }

        var others = Enumerable.Range(0, z.Length).Where(j => j != i).Select(j => z[j]).ToArray();
        // I_i is a sum that a draw adds up in another order than the observed lag, so an equal value can come out a
        // few ulps away; the tolerance keeps the observed neighbour set from counting against itself.
        var largest = Math.Abs(z[i]) * others.Max(Math.Abs) / m2;
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

    private sealed class TailCounter(double observed, double tolerance)
    {
        private int _larger;
        private int _smaller;

        public void Add(double drawn)
        {
            _larger += drawn >= observed - tolerance ? 1 : 0;
            _smaller += drawn <= observed + tolerance ? 1 : 0;
        }

        public double PseudoP(int permutations) => (Math.Min(_larger, _smaller) + 1.0) / (permutations + 1.0);

        public double ExactP(int draws) => (double)Math.Min(_larger, _smaller) / draws;
    }

    private static double Statistic(double[][] w, double[] z, double s0)
    {
        var cross = 0.0;
        var squares = 0.0;
        for (var i = 0; i < z.Length; i++)
        {
            cross += z[i] * Lag(w[i], z);
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

    private static double Lag(double[] row, double[] z)
    {
        var lag = 0.0;
        for (var j = 0; j < z.Length; j++)
        {
            lag += row[j] * z[j];
        }

        return lag;
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
