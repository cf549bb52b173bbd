using MathNet.Numerics.LinearAlgebra;

namespace AggloDashboard.Core.Diagnostics;

/// <summary>The GM(1,1) grey forecast with its class-ratio, posterior-variance and small-error checks (docs/METRICS.md §7).</summary>
public static class GreyForecast
{
    public const int MinimumLength = 4;

    /// <summary>
    /// Fits GM(1,1) to <paramref name="series"/> (equally spaced, oldest first): x¹ = cumulative sum,
    /// z¹(k) = ½(x¹(k) + x¹(k-1)), [a, b] by least squares (QR) on x⁰(k) = -a z¹(k) + b, k = 2..n, and restores
    /// x̂⁰(k+1) = x̂¹(k+1) - x̂¹(k) with x̂¹(k+1) = (x⁰(1) - b/a) e^(-ak) + b/a.
    /// </summary>
    /// <remarks>
    /// Checks: residuals ε(k) = x⁰(k) - x̂⁰(k) over k = 1..n (ε(1) = 0), as in Liu et al., Grey Systems Theory and
    /// Applications (2010) §7.1; S_data and S_residual are population standard deviations (divide by n).
    /// Edge rules: n &lt; 4 gives <see cref="GreyFitStatus.TooShort"/>, any value ≤ 0 or not finite
    /// <see cref="GreyFitStatus.NotPositive"/>, never an exception. A constant series has a = 0, the limit of the
    /// model is the constant b = x⁰(1), so fitted values and forecasts are that constant; S_data = 0 makes C = 0/0,
    /// taken as 0 (the fit is exact), with P = 1 and grade good.
    /// </remarks>
    public static GreyForecastResult Fit(IReadOnlyList<double> series, int horizon = 5)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(horizon);
        if (series.Count < MinimumLength)
        {
            return new GreyForecastResult(GreyFitStatus.TooShort, null);
        }

        if (series.Any(x => !(x > 0) || !double.IsFinite(x)))
        {
            return new GreyForecastResult(GreyFitStatus.NotPositive, null);
        }

        var constant = series.All(x => x == series[0]);
        var (a, b) = constant ? (0.0, series[0]) : LeastSquares(series);
        var n = series.Count;
        var values = Enumerable.Range(0, n + horizon).Select(k => Restored(series[0], a, b, k)).ToArray();
        var fitted = values[..n];
        var (c, p) = constant ? (0.0, 1.0) : PosteriorChecks(series, fitted);
        var model = new GreyModel(a, b, fitted, values[n..], ClassRatio(series), c, p, GradeOf(c, p));
        return new GreyForecastResult(GreyFitStatus.Fitted, model);
    }

    /// <summary>The grade of docs/METRICS.md §7; both C and P must meet a grade's bounds.</summary>
    public static ForecastGrade GradeOf(double c, double p) => (c, p) switch
    {
        ( <= 0.35, >= 0.95) => ForecastGrade.Good,
        ( <= 0.5, >= 0.8) => ForecastGrade.Qualified,
        ( <= 0.65, >= 0.7) => ForecastGrade.Barely,
        _ => ForecastGrade.Unqualified,
    };

    private static (double A, double B) LeastSquares(IReadOnlyList<double> x0)
    {
        var n = x0.Count;
        var design = Matrix<double>.Build.Dense(n - 1, 2);
        var target = Vector<double>.Build.Dense(n - 1);
        var accumulated = x0[0];
        for (var k = 1; k < n; k++)
        {
            var previous = accumulated;
            accumulated += x0[k];
            design[k - 1, 0] = -0.5 * (accumulated + previous);
            design[k - 1, 1] = 1;
            target[k - 1] = x0[k];
        }

        var solution = design.QR().Solve(target);
        return (solution[0], solution[1]);
    }

    /// <summary>
    /// x̂⁰(k+1) (k = 0-based index): x⁰(1) at k = 0, else x̂¹(k+1) - x̂¹(k) rearranged without b/a as
    /// (b - a x⁰(1)) · (e^a - 1)/a · e^(-ak), which stays exact as a → 0 (limit b).
    /// </summary>
    private static double Restored(double first, double a, double b, int k) =>
        k == 0 ? first : (b - a * first) * ExpM1OverX(a) * Math.Exp(-a * k);

    /// <summary>(e^x - 1)/x with its limit 1 at x = 0, accurate for small x (Kahan's expm1: (u - 1)·x/ln u).</summary>
    private static double ExpM1OverX(double x)
    {
        var u = Math.Exp(x);
        return u == 1 ? 1 : (u - 1) / Math.Log(u);
    }

    private static ClassRatioCheck ClassRatio(IReadOnlyList<double> x0)
    {
        var n = x0.Count;
        var lower = Math.Exp(-2.0 / (n + 1));
        var upper = Math.Exp(2.0 / (n + 1));
        var ratios = new double[n - 1];
        var failing = new List<int>();
        for (var k = 2; k <= n; k++)
        {
            var sigma = x0[k - 2] / x0[k - 1];
            ratios[k - 2] = sigma;
            if (!(sigma > lower && sigma < upper))
            {
                failing.Add(k);
            }
        }

        return new ClassRatioCheck(lower, upper, ratios, failing);
    }

    private static (double C, double P) PosteriorChecks(IReadOnlyList<double> x0, double[] fitted)
    {
        var residuals = x0.Select((x, k) => x - fitted[k]).ToArray();
        var dataSd = PopulationSd(x0);
        var meanResidual = residuals.Average();
        var p = residuals.Count(e => Math.Abs(e - meanResidual) < 0.6745 * dataSd) / (double)residuals.Length;
        return (PopulationSd(residuals) / dataSd, p);
    }

    private static double PopulationSd(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Count);
    }
}
