using AggloDashboard.Core.Metrics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace AggloDashboard.Core.Analytics;

/// <summary>Sigma and beta convergence of a city metric (docs/METRICS.md §2; Barro &amp; Sala-i-Martin 1992).</summary>
public static class Convergence
{
    /// <summary>The between-city dispersion of one year (<see cref="Inequality"/>): a falling CV is sigma convergence.</summary>
    public static SigmaPoint Sigma(int year, IReadOnlyList<double> values) => new(year, values.Count,
        Inequality.CoefficientOfVariation(values), Inequality.TheilT(values), Inequality.Gini(values));

    /// <summary>
    /// Absolute beta convergence over <paramref name="years"/> = T years: OLS across cities of the average annual log
    /// growth g_i = ln(y_iT / y_i0) / T on ln y_i0, with the classical (homoskedastic) standard error and a t test
    /// with N - 2 degrees of freedom. β &lt; 0 means initially lower cities grow faster.
    /// Speed λ = -ln(1 + βT) / T and half-life ln 2 / λ, from g = a - [(1 - e^(-λT)) / T] ln y_0
    /// (Barro &amp; Sala-i-Martin 1992, eq. 13; Economic Growth, 2nd ed., §11.1).
    /// </summary>
    /// <remarks>
    /// Pairs with a non-positive value are left out (ln undefined); N counts the pairs used. Everything is NaN with
    /// fewer than 3 pairs or equal initial values. λ is NaN when 1 + βT ≤ 0; the half-life is NaN unless λ &gt; 0
    /// (no convergence, no half-life).
    /// </remarks>
    public static BetaConvergence Beta(IReadOnlyList<double> initial, IReadOnlyList<double> final, int years)
    {
        if (initial.Count != final.Count)
        {
            throw new ArgumentException($"{initial.Count} initial and {final.Count} final values");
        }

        if (years <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(years), years, "the period must be at least one year");
        }

        var pairs = initial.Zip(final).Where(p => p.First > 0 && p.Second > 0).ToArray();
        var n = pairs.Length;
        var x = pairs.Select(p => Math.Log(p.First)).ToArray();
        var g = pairs.Select(p => Math.Log(p.Second / p.First) / years).ToArray();
        var meanX = n > 0 ? x.Average() : 0;
        var sxx = x.Sum(v => (v - meanX) * (v - meanX));
        if (n < 3 || sxx == 0)
        {
            return new BetaConvergence(n, years, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN,
                double.NaN, double.NaN);
        }

        var design = Matrix<double>.Build.Dense(n, 2, (i, j) => j == 0 ? 1 : x[i]);
        var growth = Vector<double>.Build.Dense(g);
        var coefficients = LeastSquares.Solve(design, growth);
        var residuals = growth - design * coefficients;
        var rss = residuals.DotProduct(residuals);
        var meanG = g.Average();
        var tss = g.Sum(v => (v - meanG) * (v - meanG));
        var beta = coefficients[1];
        var se = Math.Sqrt(rss / (n - 2) / sxx);
        var t = beta / se;
        var p = 2 * StudentT.CDF(0, 1, n - 2, -Math.Abs(t));
        var speed = 1 + beta * years > 0 ? -Math.Log(1 + beta * years) / years : double.NaN;
        var halfLife = speed > 0 ? Math.Log(2) / speed : double.NaN;
        return new BetaConvergence(n, years, coefficients[0], beta, se, t, p, 1 - rss / tss, speed, halfLife);
    }
}

/// <summary>CV, Theil T and Gini of one year's values over N cities.</summary>
public sealed record SigmaPoint(int Year, int N, double Cv, double Theil, double Gini);

/// <summary>
/// Result of <see cref="Convergence.Beta"/>: N cities over <see cref="Years"/> years, the regression of growth on
/// the initial log level, the speed of convergence λ (per year) and the half-life ln 2 / λ (years).
/// </summary>
public sealed record BetaConvergence(int N, int Years, double Intercept, double Beta, double StandardError, double T,
    double P, double RSquared, double Speed, double HalfLife);
