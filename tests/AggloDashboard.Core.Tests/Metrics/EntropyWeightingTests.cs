using AggloDashboard.Core.Metrics;
using FsCheck.Xunit;

namespace AggloDashboard.Core.Tests.Metrics;

public class EntropyWeightingTests
{
    private const double Delta = EntropyWeighting.Shift;

    [Fact]
    public void Mirror_columns_get_equal_weights_and_hand_computed_scores()
    {
        // Column 1 (positive) 1,2,3 -> x' = 0, 0.5, 1. Column 2 (negative) 10,30,20 -> x' = (30 - x)/20 = 1, 0, 0.5.
        // Same multiset of x', so the same entropy and w = (0.5, 0.5).
        // x'' = δ + (1 - δ)x': scores 0.5(δ + 1), 0.5(0.50005 + δ), 0.5(1 + 0.50005).
        double[][] values = [[1, 10], [2, 30], [3, 20]];
        var result = EntropyWeighting.Compute(values, [1, -1]);

        Assert.Equal(0.5, result.Weights[0], 15);
        Assert.Equal(0.5, result.Weights[1], 15);
        Assert.Equal(0.5 * (Delta + 1), result.Scores[0], 15);
        Assert.Equal(0.5 * (0.50005 + Delta), result.Scores[1], 15);
        Assert.Equal(0.5 * (1 + 0.50005), result.Scores[2], 15);
        Assert.Equal([1.0, 0.0, 0.5], result.Standardised.Select(r => r[1]));
    }

    [Fact]
    public void Entropy_hand_computed()
    {
        // x'' = 0.0001, 0.50005, 1 (sum 1.50015); e = -(1/ln 3) Σ p ln p.
        double[] x = [0.0001, 0.50005, 1];
        var expected = -x.Sum(v => v / 1.50015 * Math.Log(v / 1.50015)) / Math.Log(3);
        var result = EntropyWeighting.Compute([[1], [2], [3]], [1]);
        Assert.Equal(expected, result.Entropies[0], 14);
        Assert.Equal(0.57999969552152, result.Entropies[0], 13);
    }

    [Fact]
    public void Three_indicators_known_answer()
    {
        // Independent evaluation of §3 (step by step in double precision) for
        // x1 = 1,2,3,4 (+), x2 = 5,5,5,9 (+), x3 = 2,8,4,1 (-).
        double[][] values = [[1, 5, 2], [2, 5, 8], [3, 5, 4], [4, 9, 1]];
        var result = EntropyWeighting.Compute(values, [1, 1, -1]);

        Assert.Equal(0.18084612294955693, result.Weights[0], 13);
        Assert.Equal(0.6681984472146942, result.Weights[1], 13);
        Assert.Equal(0.1509554298357487, result.Weights[2], 13);
        Assert.Equal(0.12947742939379867, result.Scores[0], 13);
        Assert.Equal(0.06037601277908732, result.Scores[1], 13);
        Assert.Equal(0.20690364515404042, result.Scores[2], 13);
        Assert.Equal(1.0, result.Scores[3], 13);
    }

    [Fact]
    public void A_constant_indicator_gets_no_weight_and_standardises_to_one()
    {
        var result = EntropyWeighting.Compute([[1, 7], [2, 7], [5, 7]], [1, 1]);
        Assert.Equal(0.0, result.Weights[1], 15);
        Assert.Equal(1.0, result.Weights[0], 15);
        Assert.All(result.Standardised, row => Assert.Equal(1.0, row[1]));
    }

    [Fact]
    public void All_constant_or_a_single_observation_gives_equal_weights()
    {
        Assert.Equal([0.5, 0.5], EntropyWeighting.Compute([[3, 7], [3, 7]], [1, -1]).Weights);
        Assert.Equal([0.5, 0.5], EntropyWeighting.Compute([[3, 7]], [1, 1]).Weights);
    }

    [Fact]
    public void A_ragged_row_is_refused() =>
        Assert.Throws<ArgumentException>(() => EntropyWeighting.Compute([[1, 2], [3]], [1, 1]));

    [Property(MaxTest = 200)]
    public bool Weights_sum_to_one_and_scores_lie_in_delta_one(int seed)
    {
        var random = new Random(seed);
        var n = random.Next(2, 30);
        var m = random.Next(1, 8);
        var values = Enumerable.Range(0, n)
            .Select(_ => Enumerable.Range(0, m).Select(_ => random.NextDouble() * 1000 - 100).ToArray())
            .ToArray();
        var directions = Enumerable.Range(0, m).Select(_ => random.Next(2) == 0 ? -1 : 1).ToArray();

        var result = EntropyWeighting.Compute(values, directions);

        return Math.Abs(result.Weights.Sum() - 1) < 1e-12
            && result.Weights.All(w => w >= 0)
            && result.Scores.All(s => s >= Delta - 1e-15 && s <= 1 + 1e-12);
    }

    [Property(MaxTest = 100)]
    public bool Scaling_an_indicator_changes_no_weight(int seed)
    {
        var random = new Random(seed);
        var values = Enumerable.Range(0, 12)
            .Select(_ => new[] { random.NextDouble(), random.NextDouble() * 5 })
            .ToArray();
        var scaled = values.Select(r => new[] { r[0] * 1000, r[1] }).ToArray();

        var a = EntropyWeighting.Compute(values, [1, -1]);
        var b = EntropyWeighting.Compute(scaled, [1, -1]);
        return a.Weights.Zip(b.Weights).All(p => Math.Abs(p.First - p.Second) < 1e-12);
    }
}
