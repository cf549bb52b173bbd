using AggloDashboard.Core.Metrics;
using FsCheck.Xunit;

namespace AggloDashboard.Core.Tests.Metrics;

public class InequalityTests
{
    private static readonly double[] OneToFour = [1, 2, 3, 4];

    [Fact]
    public void Cv_hand_computed()
    {
        // mean 2.5, population variance (2.25 + 0.25 + 0.25 + 2.25) / 4 = 1.25; CV = √1.25 / 2.5.
        Assert.Equal(Math.Sqrt(1.25) / 2.5, Inequality.CoefficientOfVariation(OneToFour), 15);
    }

    [Fact]
    public void Theil_hand_computed()
    {
        // (1/4) Σ (y/2.5) ln(y/2.5) = (0.4 ln 0.4 + 0.8 ln 0.8 + 1.2 ln 1.2 + 1.6 ln 1.6) / 4.
        var expected = (0.4 * Math.Log(0.4) + 0.8 * Math.Log(0.8) + 1.2 * Math.Log(1.2) + 1.6 * Math.Log(1.6)) / 4;
        Assert.Equal(expected, Inequality.TheilT(OneToFour), 15);
        Assert.Equal(0.10644013528622318, Inequality.TheilT(OneToFour), 14);
    }

    [Fact]
    public void Gini_hand_computed()
    {
        // Σ_i Σ_j |y_i - y_j| = 2 (1+2+3+1+2+1) = 20; 2 N² μ = 2 · 16 · 2.5 = 80; G = 0.25.
        Assert.Equal(0.25, Inequality.Gini(OneToFour), 15);
    }

    [Fact]
    public void Equal_values_have_no_inequality()
    {
        double[] same = [3, 3, 3];
        Assert.Equal(0.0, Inequality.CoefficientOfVariation(same));
        Assert.Equal(0.0, Inequality.TheilT(same), 15);
        Assert.Equal(0.0, Inequality.Gini(same));
    }

    [Fact]
    public void One_holder_of_everything_reaches_the_maximum()
    {
        // All in one of N = 4: Theil T = ln N, Gini = 1 - 1/N.
        double[] concentrated = [0, 0, 0, 8];
        Assert.Equal(Math.Log(4), Inequality.TheilT(concentrated), 14);
        Assert.Equal(0.75, Inequality.Gini(concentrated), 15);
    }

    [Fact]
    public void Undefined_inputs_give_NaN()
    {
        Assert.True(double.IsNaN(Inequality.CoefficientOfVariation([5])));
        Assert.True(double.IsNaN(Inequality.CoefficientOfVariation([0, 0])));
        Assert.True(double.IsNaN(Inequality.TheilT([-1, 2])));
        Assert.True(double.IsNaN(Inequality.Gini([0, 0])));
    }

    [Property]
    public bool Bounds_and_scale_invariance(FsCheck.NonEmptyArray<FsCheck.PositiveInt> raw, FsCheck.PositiveInt k)
    {
        var values = raw.Get.Select(v => (double)v.Get).Append(1).ToArray();
        var scaled = values.Select(v => v * k.Get).ToArray();
        var n = values.Length;
        var gini = Inequality.Gini(values);
        var theil = Inequality.TheilT(values);
        var cv = Inequality.CoefficientOfVariation(values);
        return gini >= 0 && gini <= 1 - 1.0 / n + 1e-12
            && theil >= -1e-12 && theil <= Math.Log(n) + 1e-12
            && cv >= 0
            && Math.Abs(gini - Inequality.Gini(scaled)) < 1e-12
            && Math.Abs(theil - Inequality.TheilT(scaled)) < 1e-12
            && Math.Abs(cv - Inequality.CoefficientOfVariation(scaled)) < 1e-12;
    }
}
