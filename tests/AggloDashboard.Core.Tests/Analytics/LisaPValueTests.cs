using AggloDashboard.Core.Analytics;
using FsCheck.Xunit;
using static AggloDashboard.Core.Tests.Analytics.SpatialLattices;

namespace AggloDashboard.Core.Tests.Analytics;

/// <summary>The conditional p-value of local Moran: exact by listing every draw when there are few, else permutations.</summary>
public class LisaPValueTests
{
    [Fact]
    public void Six_region_lattice_hand_enumerated()
    {
        // 2x3 rook grid r00 r01 r02 / r03 r04 r05, y = 1 2 4 / 2 6 3: mean 3, z = -2 -1 1 / -1 3 0.
        // r00 (z = -2) borders r01 and r03 (z = -1, -1). The C(5, 2) = 10 pairs of the other five z
        // {-1, 1, -1, 3, 0} sum to 0 -2 2 -1 0 4 1 2 -1 3; I_0 falls as the pair sum rises, and only the observed
        // pair sums to -2 or less: 1 of 10 at least as large as observed, p = 0.1.
        // r04 (z = 3) borders r01, r03, r05 (sum -2). The other five {-2, -1, 1, -1, 0} sum to -3, so a triple sums
        // to -3 minus the pair left out: 0 -2 0 -1 -3 -1 -2 -3 -4 -2. Sums ≥ -2: 7; ≤ -2: 6 (the three ties at
        // -2 on both sides): p = 6/10.
        var local = MoranI.Local(RookGrid(2, 3), [1, 2, 4, 2, 6, 3]);

        Assert.Equal(0.1, local[0].PseudoP, 15);
        Assert.Equal(0.6, local[4].PseudoP, 15);
        Assert.All(local, l => Assert.Equal(LisaPMethod.Exact, l.PMethod));
        Assert.Equal(LisaCluster.NotSignificant, local[0].Cluster);
    }

    [Fact]
    public void Unequal_weights_list_every_assignment_of_values_to_weights()
    {
        // Region a's raw weights 1, 1, 2 to b, c, d are row-standardised to 0.25, 0.25, 0.5. y = 0 1 2 5: z = -2 -1 0 3,
        // observed lag 0.25·(-1) + 0.25·0 + 0.5·3 = 1.25. Of the 3! = 6 assignments of {-1, 0, 3} to the weights, the
        // lag depends on the value at the 0.5 weight: 0.25 (-1), 0.5 (0), 1.25 (3), twice each. I_a = -2·lag/m2 is
        // smallest for the observed lag: 2 of 6 at most as large, p = 1/3. Listing neighbour sets alone would see the
        // one set {b, c, d} and give p = 1.
        var weights = SpatialWeights.FromMatrix("unequal", ["a", "b", "c", "d"],
            [[0, 1, 1, 2], [1, 0, 1, 1], [1, 1, 0, 1], [2, 1, 1, 0]]);

        var a = MoranI.Local(weights, [0, 1, 2, 5])[0];

        Assert.Equal(1.0 / 3, a.PseudoP, 15);
        Assert.Equal(LisaPMethod.Exact, a.PMethod);
    }

    [Fact]
    public void Permutations_take_over_above_ten_thousand_draws()
    {
        // 8x8 rook grid: a corner has C(63, 2) = 1953 neighbour sets, an edge cell C(63, 3) = 39711.
        var values = Enumerable.Range(0, 64).Select(i => (double)(i * 37 % 64)).ToArray();

        var local = MoranI.Local(RookGrid(8, 8), values);

        Assert.Equal(LisaPMethod.Exact, local[0].PMethod);
        Assert.Equal(LisaPMethod.Permutation, local[1].PMethod);
        Assert.Equal(LisaPMethod.Permutation, local[9].PMethod);
        var counted = local[1].PseudoP * (MoranI.DefaultPermutations + 1);
        Assert.Equal(Math.Round(counted), counted, 9);
    }

    [Property(MaxTest = 40)]
    public bool Exact_p_is_the_share_of_integer_neighbour_sums_on_each_side(int seed)
    {
        // Integer values make the order of I_i over neighbour sets that of z_i·(sum of the set), exact in doubles,
        // so this count knows nothing of the tolerance; ties are frequent with values 0..4.
        var random = new Random(seed);
        var (rows, columns) = (random.Next(2, 4), random.Next(2, 4));
        var values = Enumerable.Range(0, rows * columns).Select(_ => (double)random.Next(5)).ToArray();
        var grid = RookGrid(rows, columns);
        var local = MoranI.Local(grid, values);
        var n = values.Length;
        var mean = values.Average();

        return values.All(v => v == values[0]) ? local.All(l => double.IsNaN(l.PseudoP) && l.PMethod is null)
            : Enumerable.Range(0, n).All(i =>
            {
                var neighbours = grid.NeighboursOf(Code(i)).Select(c => int.Parse(c[1..])).ToArray();
                var others = Enumerable.Range(0, n).Where(j => j != i).ToArray();
                var observed = neighbours.Sum(j => values[j]);
                var sums = Subsets(others.Length, neighbours.Length).Select(s => s.Sum(t => values[others[t]])).ToArray();
                var sign = Math.Sign(values[i] - mean);
                var larger = sums.Count(s => sign * s >= sign * observed);
                var smaller = sums.Count(s => sign * s <= sign * observed);
                return local[i].PMethod == LisaPMethod.Exact
                       && Math.Abs(local[i].PseudoP - (double)Math.Min(larger, smaller) / sums.Length) < 1e-15;
            });
    }

    [Property(MaxTest = 25)]
    public bool P_is_in_0_1_at_least_one_draw_and_unchanged_by_rescaling_the_values(int seed)
    {
        var random = new Random(seed);
        var values = Enumerable.Range(0, 64).Select(_ => random.NextDouble() * 100).ToArray();
        var local = MoranI.Local(RookGrid(8, 8), values);
        var rescaled = MoranI.Local(RookGrid(8, 8), values.Select(v => 3 * v + 1000).ToArray());

        return local.Zip(rescaled).All(pair =>
        {
            var (l, r) = pair;
            var neighbours = RookGrid(8, 8).NeighboursOf(l.Code).Count;
            var smallest = l.PMethod == LisaPMethod.Exact
                ? 1 / Enumerable.Range(1, neighbours).Aggregate(1.0, (c, j) => c * (63 - neighbours + j) / j)
                : 1.0 / (MoranI.DefaultPermutations + 1);
            return l.PseudoP > 0 && l.PseudoP <= 1 && l.PseudoP >= smallest - 1e-15
                   && r.PMethod == l.PMethod && r.PseudoP == l.PseudoP && r.Cluster == l.Cluster;
        });
    }

    /// <summary>Every k-subset of 0..m-1, as index lists.</summary>
    private static IEnumerable<int[]> Subsets(int m, int k) =>
        Enumerable.Range(0, 1 << m).Where(mask => System.Numerics.BitOperations.PopCount((uint)mask) == k)
            .Select(mask => Enumerable.Range(0, m).Where(t => (mask >> t & 1) == 1).ToArray());
}
