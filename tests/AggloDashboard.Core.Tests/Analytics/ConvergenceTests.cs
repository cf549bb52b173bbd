using AggloDashboard.Core.Analytics;

namespace AggloDashboard.Core.Tests.Analytics;

public class ConvergenceTests
{
    [Fact]
    public void Beta_convergence_hand_computed()
    {
        // T = 10 years; ln y0 = 0, 1, 2, 3 and growth g = 0.05, 0.02, 0.02, -0.01, so y_T = y0 · e^(10 g).
        // x̄ = 1.5, ḡ = 0.02, Sxx = 5, Sxg = (-1.5)(0.03) + (1.5)(-0.03) = -0.09: β = -0.018, a = 0.02 + 0.027 = 0.047.
        // Residuals 0.003, -0.009, 0.009, -0.003: RSS = 1.8e-4, TSS = 1.8e-3, R² = 0.9.
        // se = √(RSS/(N-2)/Sxx) = √1.8e-5, t = -0.018/√1.8e-5 = -3√2; with 2 df p = 1 - |t|/√(2 + t²) = 1 - 3/√10.
        // λ = -ln(1 - 0.18)/10 = -ln(0.82)/10 ≈ 0.019845; half-life = ln 2/λ ≈ 34.93 years.
        double[] lnY0 = [0, 1, 2, 3];
        double[] g = [0.05, 0.02, 0.02, -0.01];
        var initial = lnY0.Select(Math.Exp).ToArray();
        var final = lnY0.Select((x, i) => Math.Exp(x + 10 * g[i])).ToArray();

        var beta = Convergence.Beta(initial, final, 10);

        Assert.Equal(-0.018, beta.Beta, 13);
        Assert.Equal(0.047, beta.Intercept, 13);
        Assert.Equal(0.9, beta.RSquared, 11);
        Assert.Equal(Math.Sqrt(1.8e-5), beta.StandardError, 13);
        Assert.Equal(-3 * Math.Sqrt(2), beta.T, 10);
        Assert.Equal(1 - 3 / Math.Sqrt(10), beta.P, 10);
        Assert.Equal(-Math.Log(0.82) / 10, beta.Speed, 13);
        Assert.Equal(Math.Log(2) / (-Math.Log(0.82) / 10), beta.HalfLife, 10);
        Assert.Equal(4, beta.N);
    }

    [Fact]
    public void Divergence_has_a_negative_speed_and_no_half_life()
    {
        // Growth rises with the initial level: β = 0.01 > 0.
        double[] lnY0 = [0, 1, 2];
        var beta = Convergence.Beta(lnY0.Select(Math.Exp).ToArray(),
            lnY0.Select(x => Math.Exp(x + 5 * (0.01 * x + 0.02))).ToArray(), 5);

        Assert.Equal(0.01, beta.Beta, 12);
        Assert.Equal(-Math.Log(1.05) / 5, beta.Speed, 12);
        Assert.True(double.IsNaN(beta.HalfLife));
    }

    [Fact]
    public void Non_positive_values_are_left_out_and_too_few_pairs_give_NaN()
    {
        var beta = Convergence.Beta([1, 2, 0, 4], [2, 3, 5, -1], 3);

        Assert.Equal(2, beta.N);
        Assert.True(double.IsNaN(beta.Beta));
        Assert.Throws<ArgumentException>(() => Convergence.Beta([1, 2], [1], 3));
    }

    [Fact]
    public void Sigma_point_uses_the_inequality_measures()
    {
        // 1, 2, 3, 4: CV = √1.25/2.5, Gini = 0.25 (InequalityTests).
        var sigma = Convergence.Sigma(2020, [1, 2, 3, 4]);

        Assert.Equal(2020, sigma.Year);
        Assert.Equal(4, sigma.N);
        Assert.Equal(Math.Sqrt(1.25) / 2.5, sigma.Cv, 15);
        Assert.Equal(0.25, sigma.Gini, 15);
        Assert.Equal(0.10644013528622318, sigma.Theil, 14);
    }
}
