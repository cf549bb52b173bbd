using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace AggloDashboard.Core.Analytics;

/// <summary>
/// Driving-factors regressions of docs/METRICS.md §7: pooled OLS and two-way fixed effects, both with standard errors
/// clustered by entity (city).
/// </summary>
/// <remarks>
/// <para>Least squares by QR; the sandwich V = c · B M B with B = (X'X)⁻¹ is formed by two Cholesky solves of
/// X'X (B M, then B (B M)'), never an explicit inverse. M = Σ_g (X_g' e_g)(X_g' e_g)'.</para>
/// <para>c = G/(G-1) · (N-1)/(N-K), the small-sample correction of Stata's <c>vce(cluster)</c>; t, p and the 95 %
/// interval use Student t with G - 1 degrees of freedom, as Stata does.</para>
/// <para>A regressor that is a linear combination of earlier columns (or constant after demeaning) is omitted
/// and listed in <see cref="RegressionResult.Omitted"/>.</para>
/// </remarks>
public static class PanelRegression
{
    public const string InterceptTerm = "(intercept)";

    public static RegressionResult Fit(PanelData data, RegressionModel model) => model switch
    {
        RegressionModel.PooledOls => PooledOls(data),
        RegressionModel.TwoWayFixedEffects => TwoWayFixedEffects(data),
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, null),
    };

    /// <summary>y = a + β'x + e over all rows; R² is the ordinary (centred) R²; K counts the intercept.</summary>
    /// <exception cref="ArgumentException">Fewer than 2 entities, or no more rows than parameters.</exception>
    public static RegressionResult PooledOls(PanelData data)
    {
        RequireShape(data);
        var n = data.Rows.Count;
        var x = Matrix<double>.Build.Dense(n, data.Regressors.Count + 1,
            (i, j) => j == 0 ? 1.0 : data.Rows[i].X[j - 1]);
        var y = Vector<double>.Build.Dense(n, i => data.Rows[i].Y);
        string[] names = [InterceptTerm, .. data.Regressors];

        var kept = LeastSquares.IndependentColumns(x);
        var design = LeastSquares.Columns(x, kept);
        RequireDegreesOfFreedom(n, kept.Count);
        var beta = LeastSquares.Solve(design, y);
        var residuals = y - design * beta;
        var mean = y.Average();
        var total = y.Sum(v => (v - mean) * (v - mean));
        var rSquared = 1 - residuals.DotProduct(residuals) / total;

        return Result(RegressionModel.PooledOls, data, names, kept, design, beta, residuals, kept.Count, rSquared);
    }

    /// <summary>
    /// y_it = α_i + λ_t + β'x_it + e_it. Rule, exact for balanced and unbalanced panels alike: every variable is
    /// demeaned by entity and the (entity-demeaned) year dummies of every year but the first are added as
    /// regressors (by Frisch–Waugh–Lovell this equals the full dummy-variable regression; on a balanced panel it
    /// equals demeaning by entity and by year). Only the β of the regressors are reported.
    /// </summary>
    /// <remarks>
    /// K = kept regressors + kept year dummies + 1 (the constant Stata's <c>xtreg, fe</c> reports); the entity effects
    /// are not counted because they are nested within the clusters (Cameron &amp; Miller 2015, §IV.B). The within R²
    /// is 1 - RSS / Σ ÿ², ÿ being y with both the entity and the year effects removed, so it measures what the
    /// regressors explain beyond both sets of effects (reghdfe's within R²). Year dummies come before the
    /// regressors, so a regressor that only varies by year is the one omitted.
    /// </remarks>
    /// <exception cref="ArgumentException">Fewer than 2 entities, or no more rows than parameters.</exception>
    public static RegressionResult TwoWayFixedEffects(PanelData data)
    {
        RequireShape(data);
        var n = data.Rows.Count;
        var years = data.Rows.Select(r => r.Time).Distinct().Order().Skip(1).ToArray();
        var dummies = years.Length;
        var raw = Matrix<double>.Build.Dense(n, dummies + data.Regressors.Count, (i, j) => j < dummies
            ? (data.Rows[i].Time == years[j] ? 1.0 : 0.0)
            : data.Rows[i].X[j - dummies]);
        string[] names = [.. years.Select(y => "year." + y), .. data.Regressors];

        var groups = EntityGroups(data);
        var x = DemeanByEntity(raw, groups);
        var y = DemeanByEntity(Vector<double>.Build.Dense(n, i => data.Rows[i].Y).ToColumnMatrix(), groups).Column(0);

        var kept = LeastSquares.IndependentColumns(x);
        var keptDummies = kept.Where(j => j < dummies).ToArray();
        RequireDegreesOfFreedom(n, kept.Count + 1);
        var design = LeastSquares.Columns(x, kept);
        var beta = LeastSquares.Solve(design, y);
        var residuals = y - design * beta;
        var twoWay = LeastSquares.Residuals(LeastSquares.Columns(x, keptDummies), y);
        var withinRSquared = 1 - residuals.DotProduct(residuals) / twoWay.DotProduct(twoWay);

        var result = Result(RegressionModel.TwoWayFixedEffects, data, names, kept, design, beta, residuals,
            kept.Count + 1, withinRSquared);
        return result with
        {
            Coefficients = result.Coefficients.Skip(keptDummies.Length).ToArray(),
            Omitted = result.Omitted.Where(term => data.Regressors.Contains(term)).ToArray(),
        };
    }

    private static RegressionResult Result(RegressionModel model, PanelData data, string[] names,
        IReadOnlyList<int> kept, Matrix<double> design, Vector<double> beta, Vector<double> residuals,
        int parametersCounted, double rSquared)
    {
        var n = data.Rows.Count;
        var groups = EntityGroups(data);
        var g = groups.Count;
        var covariance = ClusterCovariance(design, residuals, groups, parametersCounted);
        var df = g - 1;
        var critical = StudentT.InvCDF(0, 1, df, 0.975);
        var coefficients = kept.Select((column, j) =>
        {
            var se = Math.Sqrt(covariance[j, j]);
            var t = beta[j] / se;
            var p = 2 * StudentT.CDF(0, 1, df, -Math.Abs(t));
            return new Coefficient(names[column], beta[j], se, t, p, beta[j] - critical * se, beta[j] + critical * se);
        }).ToArray();
        var omitted = Enumerable.Range(0, names.Length).Except(kept).Select(j => names[j]).ToArray();
        return new RegressionResult(model, data.Dependent, coefficients, omitted, n, g, parametersCounted, df, rSquared);
    }

    /// <summary>c · B M B, B = (X'X)⁻¹ applied through Cholesky solves, c = G/(G-1) · (N-1)/(N-K).</summary>
    private static Matrix<double> ClusterCovariance(Matrix<double> x, Vector<double> residuals,
        IReadOnlyList<int[]> groups, int parametersCounted)
    {
        var k = x.ColumnCount;
        var meat = Matrix<double>.Build.Dense(k, k);
        foreach (var rows in groups)
        {
            var score = Vector<double>.Build.Dense(k);
            foreach (var i in rows)
            {
                score += x.Row(i) * residuals[i];
            }

            meat += score.OuterProduct(score);
        }

        var n = x.RowCount;
        var g = groups.Count;
        var correction = g / (g - 1.0) * (n - 1.0) / (n - parametersCounted);
        var bread = x.TransposeThisAndMultiply(x).Cholesky();
        var breadMeat = bread.Solve(meat);
        return bread.Solve(breadMeat.Transpose()) * correction;
    }

    /// <summary>Row indices of each entity, entities in order of first appearance.</summary>
    private static IReadOnlyList<int[]> EntityGroups(PanelData data) =>
        Enumerable.Range(0, data.Rows.Count)
            .GroupBy(i => data.Rows[i].Entity, StringComparer.Ordinal)
            .Select(group => group.ToArray())
            .ToArray();

    private static Matrix<double> DemeanByEntity(Matrix<double> m, IReadOnlyList<int[]> groups)
    {
        var result = m.Clone();
        foreach (var rows in groups)
        {
            for (var j = 0; j < m.ColumnCount; j++)
            {
                var mean = rows.Average(i => m[i, j]);
                foreach (var i in rows)
                {
                    result[i, j] = m[i, j] - mean;
                }
            }
        }

        return result;
    }

    private static void RequireShape(PanelData data)
    {
        if (data.Rows.Any(r => r.X.Count != data.Regressors.Count))
        {
            throw new ArgumentException($"every row needs {data.Regressors.Count} regressor values", nameof(data));
        }

        var clusters = data.Rows.Select(r => r.Entity).Distinct(StringComparer.Ordinal).Count();
        if (clusters < 2)
        {
            throw new ArgumentException($"clustered standard errors need at least 2 entities, got {clusters}",
                nameof(data));
        }
    }

    private static void RequireDegreesOfFreedom(int n, int parameters)
    {
        if (n <= parameters)
        {
            throw new ArgumentException($"{n} rows cannot identify {parameters} parameters");
        }
    }
}
