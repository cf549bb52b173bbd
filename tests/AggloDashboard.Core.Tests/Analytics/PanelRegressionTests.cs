using AggloDashboard.Core.Analytics;
using FsCheck.Xunit;
using MathNet.Numerics.LinearAlgebra;

namespace AggloDashboard.Core.Tests.Analytics;

public class PanelRegressionTests
{
    // Five points x = 1..5, y = 2, 4, 5, 4, 5 in three clusters A = {1, 2}, B = {3, 4}, C = {5}.
    private static readonly PanelData FivePoints = new("y", ["x"],
    [
        new("A", 1, 2, [1]), new("A", 2, 4, [2]), new("B", 1, 5, [3]), new("B", 2, 4, [4]), new("C", 1, 5, [5]),
    ]);

    [Fact]
    public void Pooled_ols_five_points_hand_computed()
    {
        // x̄ = 3, ȳ = 4, Sxx = 10, Sxy = (-2)(-2) + (-1)(0) + 0 + (1)(0) + (2)(1) = 6: b = 0.6, a = 4 - 0.6·3 = 2.2.
        // Fitted 2.8, 3.4, 4.0, 4.6, 5.2; residuals -0.8, 0.6, 1.0, -0.6, -0.2; RSS = 2.4, TSS = 6, R² = 0.6.
        var fit = PanelRegression.PooledOls(FivePoints);

        Assert.Equal(2.2, fit.Coefficients[0].Estimate, 13);
        Assert.Equal(0.6, fit.Coefficients[1].Estimate, 13);
        Assert.Equal(0.6, fit.RSquared, 13);
        Assert.Equal(5, fit.N);
        Assert.Equal(3, fit.Clusters);
        Assert.Equal(2, fit.ParametersCounted);
        Assert.Equal(2, fit.DegreesOfFreedom);
        Assert.Equal([PanelRegression.InterceptTerm, "x"], fit.Coefficients.Select(c => c.Term));
    }

    [Fact]
    public void Clustered_standard_errors_worked_sandwich()
    {
        // Sandwich by hand. B x_i = (1/N - x̄ ẍ_i/Sxx, ẍ_i/Sxx) with ẍ = x - x̄ = (-2, -1, 0, 1, 2), so each
        // cluster's B X_g'e_g is Σ_{i∈g} e_i (1/5 - 0.3 ẍ_i, ẍ_i/10):
        //   slope:     ẍe = (1.6, -0.6, 0, -0.6, -0.4) -> A 1.0, B -0.6, C -0.4 (/10);
        //              Σ² = 1.52 / 100 = 0.0152
        //   intercept: A (-0.8 + 0.6)/5 - 0.3·1.0 = -0.34, B 0.4/5 + 0.18 = 0.26, C -0.2/5 + 0.12 = 0.08;
        //              Σ² = 0.1156 + 0.0676 + 0.0064 = 0.1896
        // c = G/(G-1) · (N-1)/(N-K) = 3/2 · 4/3 = 2: Var(b) = 0.0304, Var(a) = 0.3792.
        var fit = PanelRegression.PooledOls(FivePoints);
        var intercept = fit.Coefficients[0];
        var slope = fit.Coefficients[1];

        Assert.Equal(Math.Sqrt(0.3792), intercept.StandardError, 13);
        Assert.Equal(Math.Sqrt(0.0304), slope.StandardError, 13);
        Assert.Equal(0.6 / Math.Sqrt(0.0304), slope.T, 12);

        // Student t with 2 df in closed form: P(|T| > t) = 1 - t/√(2 + t²); t_0.975 = 0.95/√(2·0.975·0.025).
        var t = slope.T;
        Assert.Equal(1 - t / Math.Sqrt(2 + t * t), slope.P, 12);
        var critical = 0.95 / Math.Sqrt(2 * 0.975 * 0.025);
        Assert.Equal(0.6 - critical * Math.Sqrt(0.0304), slope.CiLow, 10);
        Assert.Equal(0.6 + critical * Math.Sqrt(0.0304), slope.CiHigh, 10);
    }

    [Fact]
    public void Two_way_fixed_effects_hand_computed_on_a_balanced_panel()
    {
        // Entities A, B, C (rows) x years 1, 2, 3 (columns):
        //   x = [1 2 6; 2 5 2; 3 2 4]        y = [3 4 15; 10 17 8; 7 5 11]
        // Demeaned by entity and year (x_it - x̄_i - x̄_t + x̄):
        //   ẍ = [-1 -1 2; 0 2 -2; 1 -1 0]    ÿ = [-19 -28 47; 5 50 -55; 14 -22 8] / 9
        // Σẍÿ = 43, Σẍ² = 16: β = 43/16. e = ÿ - βẍ; RSS = 511/144, Σÿ² = 1072/9: within R² = 16641/17152.
        // Cluster scores Σ_t ẍe by entity: -11/24, 11/6, -11/8; Σ² = 1573/576 -> Var = c · 1573/576 / 16²
        // with K = 1 slope + 2 year dummies + 1 = 4, c = 3/2 · 8/5 = 12/5: Var(β) = 1573/30720.
        var fit = PanelRegression.TwoWayFixedEffects(Balanced3X3());

        var beta = Assert.Single(fit.Coefficients);
        Assert.Equal("x", beta.Term);
        Assert.Equal(43.0 / 16, beta.Estimate, 13);
        Assert.Equal(16641.0 / 17152, fit.RSquared, 13);
        Assert.Equal(Math.Sqrt(1573.0 / 30720), beta.StandardError, 13);
        Assert.Equal(4, fit.ParametersCounted);
        Assert.Equal(9, fit.N);
        Assert.Equal(3, fit.Clusters);
        Assert.Empty(fit.Omitted);
    }

    [Fact]
    public void Few_clusters_are_flagged_with_the_reason()
    {
        var fit = PanelRegression.TwoWayFixedEffects(Balanced3X3());

        Assert.True(fit.FewClusters);
        Assert.Contains("Only 3 clusters", fit.FewClustersNote);
    }

    [Fact]
    public void A_regressor_constant_within_entities_is_omitted_under_fixed_effects()
    {
        var data = Balanced3X3();
        var withConstant = data with
        {
            Regressors = ["x", "size"],
            Rows = data.Rows.Select(r => r with { X = [r.X[0], r.Entity == "A" ? 10 : 20] }).ToArray(),
        };

        var fit = PanelRegression.TwoWayFixedEffects(withConstant);

        Assert.Equal(["size"], fit.Omitted);
        Assert.Equal(43.0 / 16, Assert.Single(fit.Coefficients).Estimate, 12);
    }

    [Fact]
    public void Unbalanced_fixed_effects_equal_the_full_dummy_regression()
    {
        var data = RandomPanel(new Random(7), entities: 6, years: 5, regressors: 2, unbalanced: true);

        var fit = PanelRegression.TwoWayFixedEffects(data);

        // Independent path: OLS of y on x, a dummy per entity and a dummy per year but the first.
        var entities = data.Rows.Select(r => r.Entity).Distinct().ToArray();
        var years = data.Rows.Select(r => r.Time).Distinct().Order().Skip(1).ToArray();
        var design = Matrix<double>.Build.Dense(data.Rows.Count, 2 + entities.Length + years.Length, (i, j) =>
        {
            var row = data.Rows[i];
            return j < 2 ? row.X[j]
                : j < 2 + entities.Length ? (row.Entity == entities[j - 2] ? 1 : 0)
                : (row.Time == years[j - 2 - entities.Length] ? 1 : 0);
        });
        var lsdv = design.QR().Solve(Vector<double>.Build.Dense(data.Rows.Count, i => data.Rows[i].Y));

        Assert.Equal(lsdv[0], fit.Coefficients[0].Estimate, 10);
        Assert.Equal(lsdv[1], fit.Coefficients[1].Estimate, 10);
    }

    [Property(MaxTest = 50)]
    public bool Fixed_effects_ignore_constants_added_per_entity_and_per_year(int seed)
    {
        var random = new Random(seed);
        var data = RandomPanel(random, entities: 5, years: 4, regressors: 2, unbalanced: seed % 2 == 0);
        var entityShift = data.Rows.Select(r => r.Entity).Distinct().ToDictionary(e => e, _ => random.NextDouble() * 100);
        var yearShift = data.Rows.Select(r => r.Time).Distinct().ToDictionary(t => t, _ => random.NextDouble() * 100);
        var shifted = data with
        {
            Rows = data.Rows.Select(r => r with { Y = r.Y + entityShift[r.Entity] + yearShift[r.Time] }).ToArray(),
        };

        var before = PanelRegression.TwoWayFixedEffects(data);
        var after = PanelRegression.TwoWayFixedEffects(shifted);

        return before.Coefficients.Zip(after.Coefficients).All(pair =>
                   Math.Abs(pair.First.Estimate - pair.Second.Estimate) < 1e-8
                   && Math.Abs(pair.First.StandardError - pair.Second.StandardError) < 1e-8)
               && Math.Abs(before.RSquared - after.RSquared) < 1e-8;
    }

    [Fact]
    public void Too_few_rows_or_entities_are_refused()
    {
        Assert.Throws<ArgumentException>(() => PanelRegression.PooledOls(FivePoints with
        {
            Rows = FivePoints.Rows.Select(r => r with { Entity = "A" }).ToArray(),
        }));
        Assert.Throws<ArgumentException>(() => PanelRegression.PooledOls(FivePoints with { Rows = FivePoints.Rows.Take(2).ToArray() }));
    }

    private static PanelData Balanced3X3()
    {
        double[][] x = [[1, 2, 6], [2, 5, 2], [3, 2, 4]];
        double[][] y = [[3, 4, 15], [10, 17, 8], [7, 5, 11]];
        string[] entities = ["A", "B", "C"];
        var rows = from i in Enumerable.Range(0, 3)
            from t in Enumerable.Range(0, 3)
            select new PanelRow(entities[i], t + 1, y[i][t], [x[i][t]]);
        return new PanelData("y", ["x"], rows.ToArray());
    }

    private static PanelData RandomPanel(Random random, int entities, int years, int regressors, bool unbalanced)
    {
        var rows = new List<PanelRow>();
        for (var e = 0; e < entities; e++)
        {
            for (var t = 0; t < years; t++)
            {
                // Unbalanced: drop some cells but keep at least two years per entity.
                if (unbalanced && t >= 2 && random.NextDouble() < 0.3)
                {
                    continue;
                }

                var x = Enumerable.Range(0, regressors).Select(_ => random.NextDouble() * 10).ToArray();
                var y = x.Select((v, j) => (j + 1) * v).Sum() + e + 0.5 * t + random.NextDouble();
                rows.Add(new PanelRow("e" + e, 2000 + t, y, x));
            }
        }

        return new PanelData("y", Enumerable.Range(0, regressors).Select(j => "x" + j).ToArray(), rows);
    }
}
