using AggloDashboard.Core.Analytics;
using static AggloDashboard.Core.Tests.Analytics.SpatialLattices;

namespace AggloDashboard.Core.Tests.Analytics;

public class MoranITests
{
    [Fact]
    public void Five_regions_on_a_line_hand_computed()
    {
        // y = 1..5, z = (-2, -1, 0, 1, 2), Σz² = 10. Row-standardised lags: (-1, (-2+0)/2, (-1+1)/2, (0+2)/2, 1)
        // = (-1, -1, 0, 1, 1); Σ z·lag = 2 + 1 + 0 + 1 + 2 = 6; S0 = 5: I = (5/5) · 6/10 = 0.6, E[I] = -1/4.
        // Normality: S1 = ½Σ(w_ij + w_ji)² = 2.25 + 1 + 1 + 2.25 = 6.5; column sums (0.5, 1.5, 1, 1.5, 0.5) so
        // S2 = Σ(1 + col_i)² = 2.25 + 6.25 + 4 + 6.25 + 2.25 = 21;
        // E[I²] = (25·6.5 - 5·21 + 3·25) / (24·25) = 132.5/600; Var = 132.5/600 - 1/16.
        var moran = MoranI.Global(Line(5), [1, 2, 3, 4, 5]);

        Assert.Equal(0.6, moran.I, 14);
        Assert.Equal(-0.25, moran.Expected, 15);
        Assert.Equal(132.5 / 600 - 0.0625, moran.Variance, 14);
        Assert.Equal(0.85 / Math.Sqrt(132.5 / 600 - 0.0625), moran.Z, 12);
        Assert.Equal(5, moran.N);
    }

    [Fact]
    public void Checkerboard_on_a_rook_grid_is_perfectly_negative()
    {
        // 3x3 checkerboard 1 0 1 / 0 1 0 / 1 0 1: every rook neighbour has the other value.
        // z = 4/9 for the five 1s and -5/9 for the four 0s; every lag is the opposite z, so
        // Σ z·lag = 5·(4/9)(-5/9) + 4·(-5/9)(4/9) = -20/9 = -Σz²: I = -1.
        var moran = MoranI.Global(RookGrid(3, 3), [1, 0, 1, 0, 1, 0, 1, 0, 1]);

        Assert.Equal(-1.0, moran.I, 14);
        Assert.Equal(-1.0 / 8, moran.Expected, 15);
    }

    [Fact]
    public void Local_moran_hand_computed_and_averaging_to_the_global_i()
    {
        // Line of five, y = 1..5: m2 = Σz²/n = 2, I_i = z_i·lag_i/2 = (1, 0.5, 0, 0.5, 1), mean 0.6 = global I.
        var local = MoranI.Local(Line(5), [1, 2, 3, 4, 5]);

        Assert.Equal([1, 0.5, 0, 0.5, 1], local.Select(l => l.I));
        Assert.Equal([-1.0, -1, 0, 1, 1], local.Select(l => l.Lag));
        Assert.Equal(MoranI.Global(Line(5), [1, 2, 3, 4, 5]).I, local.Average(l => l.I), 14);
    }

    [Fact]
    public void Permutation_p_values_are_reproducible_and_in_range()
    {
        double[] values = [3, 8, 1, 9, 4, 7, 2, 6, 5];

        var first = MoranI.Global(RookGrid(3, 3), values, seed: 11);
        var again = MoranI.Global(RookGrid(3, 3), values, seed: 11);
        var localFirst = MoranI.Local(RookGrid(3, 3), values, seed: 11);
        var localAgain = MoranI.Local(RookGrid(3, 3), values, seed: 11);

        Assert.Equal(first, again);
        Assert.Equal(localFirst, localAgain);
        Assert.InRange(first.PseudoP, 0.001, 0.5);
        Assert.All(localFirst, l => Assert.InRange(l.PseudoP, 0.001, 1.0));
    }

    [Fact]
    public void A_strong_gradient_is_significant_with_hh_and_ll_corners()
    {
        // 10x10 rook grid, y = row + column: strongly clustered. The low corner's two neighbours hold the two next
        // lowest values, so no other of the C(99, 2) = 4851 neighbour pairs beats them: exact p = 1/4851 and the
        // corner is LL (the high corner HH).
        var values = Enumerable.Range(0, 100).Select(i => (double)(i / 10 + i % 10)).ToArray();

        var global = MoranI.Global(RookGrid(10, 10), values);
        var local = MoranI.Local(RookGrid(10, 10), values);

        Assert.Equal(0.001, global.PseudoP, 15);
        Assert.True(global.Z > 5);
        Assert.Equal(LisaCluster.LowLow, local[0].Cluster);
        Assert.Equal(1.0 / 4851, local[0].PseudoP, 15);
        Assert.Equal(LisaPMethod.Exact, local[0].PMethod);
        Assert.Equal(LisaCluster.HighHigh, local[99].Cluster);
        // Region 45 (row 4, column 5) holds the mean 9 and so does its lag: I_i = 0 under every permutation.
        var middle = local.Single(l => l.Code == Code(45));
        Assert.Equal(1.0, middle.PseudoP, 15);
        Assert.Equal(LisaPMethod.Permutation, middle.PMethod);
        Assert.Equal("ns", middle.Cluster.ToCode());
    }

    [Fact]
    public void Significant_quadrants_follow_the_signs_of_value_and_lag()
    {
        var random = new Random(3);
        var values = Enumerable.Range(0, 36).Select(i => (i % 6 < 3 ? 10.0 : 0.0) + random.NextDouble()).ToArray();
        var mean = values.Average();

        var local = MoranI.Local(RookGrid(6, 6), values);

        Assert.Contains(local, l => l.Cluster != LisaCluster.NotSignificant);
        Assert.All(local, l =>
        {
            var expected = l.PseudoP > MoranI.Significance ? LisaCluster.NotSignificant
                : l.Value > mean ? (l.Lag > 0 ? LisaCluster.HighHigh : LisaCluster.HighLow)
                : (l.Lag > 0 ? LisaCluster.LowHigh : LisaCluster.LowLow);
            Assert.Equal(expected, l.Cluster);
        });
    }

    [Fact]
    public void Undefined_cases_give_NaN()
    {
        Assert.True(double.IsNaN(MoranI.Global(Line(4), [2, 2, 2, 2]).I));
        Assert.True(double.IsNaN(MoranI.Global(Line(2), [1, 2]).I));
        var islands = SpatialWeights.FromNeighbours("none", Enumerable.Range(0, 3)
            .ToDictionary(Code, _ => (IReadOnlyCollection<string>)[]));
        Assert.True(double.IsNaN(MoranI.Global(islands, [1, 2, 3]).I));
        Assert.All(MoranI.Local(islands, [1, 2, 3]), l => Assert.Equal(LisaCluster.NotSignificant, l.Cluster));
    }
}
