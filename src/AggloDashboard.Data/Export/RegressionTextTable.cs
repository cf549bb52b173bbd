using System.Globalization;
using System.Text;
using AggloDashboard.Core.Analytics;

namespace AggloDashboard.Data.Export;

/// <summary>
/// A plain-text regression table in the usual journal layout (coefficient with stars, standard error in
/// parentheses below, one column per model), for pasting into a paper.
/// </summary>
public static class RegressionTextTable
{
    private const int TermWidth = 34;
    private const int ColumnWidth = 18;

    public static string Format(IReadOnlyList<RegressionResult> models, RegressionPanel panel)
    {
        var text = new StringBuilder();
        text.Append("Dependent variable: ").Append(panel.Data.Dependent).Append('\n');
        Row(text, "", models.Select((m, i) => $"({i + 1}) {Title(m.Model)}"));
        Rule(text, models.Count);

        var terms = models.SelectMany(m => m.Coefficients.Select(c => c.Term)).Distinct().ToArray();
        foreach (var term in terms.Where(t => t != PanelRegression.InterceptTerm).Append(PanelRegression.InterceptTerm))
        {
            var cells = models.Select(m => m.Coefficients.FirstOrDefault(c => c.Term == term)).ToArray();
            if (cells.All(c => c is null))
            {
                continue;
            }

            Row(text, term, cells.Select(c => c is null ? "" : Number(c.Estimate) + Stars(c.P)));
            Row(text, "", cells.Select(c => c is null ? "" : $"({Number(c.StandardError)})"));
        }

        Rule(text, models.Count);
        Row(text, "City fixed effects", models.Select(m => m.Model == RegressionModel.TwoWayFixedEffects ? "yes" : "no"));
        Row(text, "Year fixed effects", models.Select(m => m.Model == RegressionModel.TwoWayFixedEffects ? "yes" : "no"));
        Row(text, "N", models.Select(m => m.N.ToString(CultureInfo.InvariantCulture)));
        Row(text, "Clusters (cities)", models.Select(m => m.Clusters.ToString(CultureInfo.InvariantCulture)));
        Row(text, "R² (within R² for FE)", models.Select(m => Number(m.RSquared)));
        Rule(text, models.Count);

        text.Append("Standard errors clustered by city in parentheses, with the small-sample correction ")
            .Append("G/(G-1)·(N-1)/(N-K) of Stata's vce(cluster); p-values from Student t with G-1 degrees of freedom.\n")
            .Append("* p < 0.10, ** p < 0.05, *** p < 0.01.\n");
        var drivers = panel.Spec.LogDrivers ? "logged" : "in levels";
        var lag = panel.Spec.LagDrivers ? ", lagged one year" : "";
        text.Append($"Drivers {drivers}{lag}. City-years dropped for missing or non-positive values: {panel.Dropped.Count}.\n");
        foreach (var omitted in models.Where(m => m.Omitted.Count > 0))
        {
            text.Append($"{Title(omitted.Model)}: omitted because of collinearity: {string.Join(", ", omitted.Omitted)}.\n");
        }

        if (models.FirstOrDefault()?.FewClustersNote is { } few)
        {
            text.Append(few).Append('\n');
        }

        return text.ToString();
    }

    public static string Title(RegressionModel model) => model switch
    {
        RegressionModel.PooledOls => "Pooled OLS",
        RegressionModel.TwoWayFixedEffects => "Two-way FE",
        _ => model.ToString(),
    };

    private static void Row(StringBuilder text, string label, IEnumerable<string> cells) =>
        text.Append((label.PadRight(TermWidth) + string.Concat(cells.Select(c => c.PadRight(ColumnWidth)))).TrimEnd())
            .Append('\n');

    private static void Rule(StringBuilder text, int models) =>
        text.Append(new string('-', TermWidth + ColumnWidth * models)).Append('\n');

    private static string Stars(double p) => p < 0.01 ? "***" : p < 0.05 ? "**" : p < 0.10 ? "*" : "";

    /// <summary>Four decimals, or scientific notation for magnitudes four decimals would show as 0.</summary>
    private static string Number(double value) => Math.Abs(value) >= 0.00005 || value == 0
        ? value.ToString("F4", CultureInfo.InvariantCulture)
        : value.ToString("0.###E+0", CultureInfo.InvariantCulture);
}
