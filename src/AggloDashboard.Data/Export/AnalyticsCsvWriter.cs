using System.Globalization;
using AggloDashboard.Core.Analytics;
using CsvHelper;

namespace AggloDashboard.Data.Export;

/// <summary>
/// Writes <see cref="AnalyticsResults"/> beside the metric files: invariant culture, round-trip doubles
/// (<see cref="MetricsCsvWriter.Number"/>), an empty field where a value is undefined (NaN or infinite).
/// </summary>
public static class AnalyticsCsvWriter
{
    public const string SigmaFile = "sigma_convergence.csv";
    public const string BetaFile = "beta_convergence.csv";
    public const string MoranFile = "moran.csv";
    public const string LisaFile = "lisa.csv";
    public const string KrugmanFile = "krugman.csv";
    public const string GreyFile = "grey_relational.csv";
    public const string RegressionFile = "regression.csv";
    public const string RegressionTableFile = "regression.txt";

    /// <summary>Every file, all or none (<see cref="AtomicFileSet"/>).</summary>
    public static void WriteAll(AnalyticsResults results, string folder) =>
        AtomicFileSet.Write(folder, new Dictionary<string, Action<TextWriter>>
        {
            [SigmaFile] = w => Write(w, ["metric", "year", "n", "cv", "theil", "gini"], results.Sigma.Select(r =>
                new[] { r.Metric, Int(r.Point.Year), Int(r.Point.N), Number(r.Point.Cv), Number(r.Point.Theil), Number(r.Point.Gini) })),
            [BetaFile] = w => Write(w,
                ["metric", "from_year", "to_year", "n", "beta", "intercept", "se", "t", "p", "r2", "speed", "half_life"],
                results.Beta.Select(r => new[]
                {
                    r.Metric, Int(r.FromYear), Int(r.ToYear), Int(r.Result.N), Number(r.Result.Beta), Number(r.Result.Intercept),
                    Number(r.Result.StandardError), Number(r.Result.T), Number(r.Result.P), Number(r.Result.RSquared),
                    Number(r.Result.Speed), Number(r.Result.HalfLife),
                })),
            [MoranFile] = w => Write(w,
                ["weights", "metric", "year", "n", "moran_i", "expected", "variance", "z", "p_sim", "permutations"],
                results.Moran.Select(r => new[]
                {
                    r.Weights, r.Metric, Int(r.Year), Int(r.Result.N), Number(r.Result.I), Number(r.Result.Expected),
                    Number(r.Result.Variance), Number(r.Result.Z), Number(r.Result.PseudoP), Int(r.Result.Permutations),
                })),
            [LisaFile] = w => Write(w,
                ["weights", "metric", "year", "region_code", "value", "lag", "local_i", "p_sim", "p_method", "cluster"],
                results.Lisa.Select(r => new[]
                {
                    r.Weights, r.Metric, Int(r.Year), r.Result.Code, Number(r.Result.Value), Number(r.Result.Lag),
                    Number(r.Result.I), Number(r.Result.PseudoP), r.Result.PMethod.ToCode(), r.Result.Cluster.ToCode(),
                })),
            [KrugmanFile] = w => Write(w, ["region_code", "year", "krugman"],
                results.Krugman.Select(v => new[] { v.RegionCode, Int(v.Year), Number(v.Value) })),
            [GreyFile] = w => Write(w, ["reference", "scope", "driver", "grade", "rank", "years"],
                results.GreyRelational.Select(g => new[] { g.Reference, g.Scope, g.Driver, Number(g.Grade), Int(g.Rank), Int(g.Years) })),
            [RegressionFile] = w => Write(w,
                ["model", "term", "coef", "se", "t", "p", "ci_low", "ci_high", "n", "clusters", "r2"],
                results.Regressions.SelectMany(m => m.Coefficients.Select(c => new[]
                {
                    ModelCode(m.Model), c.Term, Number(c.Estimate), Number(c.StandardError), Number(c.T), Number(c.P),
                    Number(c.CiLow), Number(c.CiHigh), Int(m.N), Int(m.Clusters), Number(m.RSquared),
                }))),
            [RegressionTableFile] = w => w.Write(RegressionTextTable.Format(results.Regressions, results.RegressionPanel)),
        });

    /// <summary>pooled_ols or twoway_fe, the <c>model</c> column of regression.csv.</summary>
    public static string ModelCode(RegressionModel model) => model switch
    {
        RegressionModel.PooledOls => "pooled_ols",
        RegressionModel.TwoWayFixedEffects => "twoway_fe",
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, null),
    };

    private static void Write(TextWriter writer, string[] header, IEnumerable<string[]> rows)
    {
        using var csv = CsvWriter.Create(writer, Options, leaveOpen: true);
        csv.WriteRecord(header);
        foreach (var row in rows)
        {
            csv.WriteRecord(row);
        }
    }

    private static string Number(double value) => double.IsFinite(value) ? MetricsCsvWriter.Number(value) : "";

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static readonly CsvWriterOptions Options = new() { NewLine = "\n" };
}
