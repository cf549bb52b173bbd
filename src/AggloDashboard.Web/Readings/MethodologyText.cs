using AggloDashboard.Web.Views;
using System.Globalization;
using AggloDashboard.Core.Metrics;

namespace AggloDashboard.Web.Readings;

/// <summary>One method of the /methodology page: what it computes, its formulas, the setting in use and where it comes from.</summary>
public sealed record MethodSection(string Id, string Title, IReadOnlyList<string> Formulas, string Explanation, string? InUse, string Source);

/// <summary>Every formula and setting the numbers rest on (docs/METRICS.md), in either language, with the settings of the results.</summary>
public static class MethodologyText
{
    public static IReadOnlyList<MethodSection> Sections(MetricSettings settings, Lang lang)
    {
        string T(string key) => UiText.Get(lang, key);
        var inv = CultureInfo.InvariantCulture;
        string N(double v) => v.ToString("0.####", inv);
        string Alphas(IReadOnlyList<double>? alphas, int n) => alphas is null
            ? string.Format(inv, T("method.alphaEqual"), n)
            : "α = (" + string.Join(", ", alphas.Select(N)) + ")";

        return
        [
            new("lq", T("method.lq.title"),
                ["LQ(i, s) = (E(i, s) / E(i)) / (E(R, s) / E(R))"],
                T("method.lq.explain"),
                null, "Isard, W. (1960). Methods of Regional Analysis. MIT Press."),
            new("coagg", T("method.coagg.title"),
                ["coagg = (1 − |LQp − LQm| / (LQp + LQm)) + (LQp + LQm)"],
                T("method.coagg.explain"),
                null, T("method.coagg.source")),
            new("eg", T("method.eg.title"),
                ["x_i = E(i) / E(R),  s_i(k) = E(i, k) / E(R, k)", "EG = Σ (s_i − x_i)² / (1 − Σ x_i²)", "EGK = Σ (s_i(m) − x_i)(s_i(p) − x_i) / (1 − Σ x_i²)"],
                T("method.eg.explain"),
                null, "Ellison & Glaeser (1997), Journal of Political Economy 105(5); Ellison, Glaeser & Kerr (2010), American Economic Review 100(3)."),
            new("inequality", T("method.inequality.title"),
                ["CV = σ / μ  (σ: " + T("method.inequality.sd") + ")", "Theil T = (1/N) Σ (y_i/μ) ln(y_i/μ)", "Gini = Σ_i Σ_j |y_i − y_j| / (2 N² μ)"],
                T("method.inequality.explain"),
                null, "Theil, H. (1967). Economics and Information Theory. North-Holland; Gini, C. (1912). Variabilità e mutabilità."),
            new("entropy", T("method.entropy.title"),
                [
                    T("method.entropy.normalise"),
                    "x'' = δ + (1 − δ) x',  δ = " + N(EntropyWeighting.Shift),
                    "p_oj = x''_oj / Σ_o x''_oj,  e_j = −(1/ln n) Σ_o p_oj ln p_oj",
                    "w_j = (1 − e_j) / Σ_j (1 − e_j),  U_o = Σ_j w_j x''_oj",
                ],
                T("method.entropy.explain"),
                T("method.entropy.inUse") + settings.Weighting.Method switch
                {
                    WeightingMethod.Entropy => T("method.entropy.method.entropy"),
                    WeightingMethod.Equal => T("method.entropy.method.equal"),
                    _ => T("method.entropy.method.user"),
                }, "Shannon, C. E. (1948). A Mathematical Theory of Communication. Bell System Technical Journal 27."),
            new("ccd", T("method.ccd.title"),
                [
                    T("method.ccd.standard") + "C = n · [Π U_k / (Σ U_k)ⁿ]^(1/n)",
                    T("method.ccd.modified") + "C = √{[1 − Σ_{i>j} |U_i − U_j| / Σ_{m=1}^{n−1} m] · [Π (U_i / max U)]^(1/(n−1))}",
                    "T = Σ α_k U_k,  D = √(C · T)",
                ],
                T("method.ccd.explain"),
                T("method.ccd.inUse") + (settings.CouplingForm == CouplingForm.Standard ? T("method.ccd.form.standard") : T("method.ccd.form.modified")) +
                    T("method.ccd.innovation") + Alphas(settings.InnovationAlphas, 3) + T("method.ccd.coupling") + Alphas(settings.CouplingAlphas, 2),
                T("method.ccd.source")),
            new("reldev", T("method.reldev.title"),
                ["couple.ratio = U1 / U2", CouplingData.Rule(settings) + T("method.reldev.synchronous"), T("method.reldev.otherwise")],
                T("method.reldev.explain"),
                T("method.reldev.tolerance") + N(settings.RelativeDevelopmentTolerance), T("method.reldev.source")),
            new("obstacle", T("method.obstacle.title"),
                ["F_j = α_subsystem × w_j,  I_oj = 1 − x'_oj", "O_oj = F_j I_oj / Σ_j F_j I_oj × 100 %"],
                T("method.obstacle.explain"),
                null, T("method.obstacle.source")),
            new("gm11", T("method.gm11.title"),
                [
                    "x¹ = " + T("method.gm11.cumulative") + ",  z¹(k) = ½(x¹(k) + x¹(k−1))",
                    "x⁰(k) = −a z¹(k) + b  (" + T("method.gm11.leastSquares") + ")",
                    "x̂¹(k+1) = (x⁰(1) − b/a) e^(−ak) + b/a,  x̂⁰(k+1) = x̂¹(k+1) − x̂¹(k)",
                    T("method.gm11.classRatio") + "σ(k) = x⁰(k−1)/x⁰(k) ∈ (e^(−2/(n+1)), e^(2/(n+1)))",
                    "C = S_residual / S_data,  P = P(|ε_k − ε̄| < 0.6745 S_data)",
                    T("method.gm11.grades"),
                ],
                T("method.gm11.explain"),
                null, "Deng, J. (1982). Control problems of grey systems. Systems & Control Letters 1(5); Liu, S. et al. (2010). Grey Systems: Theory and Applications. Springer, §7.1."),
        ];
    }

    /// <summary>The coordination classes in use with their right-closed intervals: "(0.1, 0.2]", the first "[0, 0.1]".</summary>
    public static IReadOnlyList<(CoordinationClass Class, string Interval)> Classes(MetricSettings settings)
    {
        var inv = CultureInfo.InvariantCulture;
        var lower = 0.0;
        var rows = new List<(CoordinationClass, string)>();
        foreach (var c in settings.ClassThresholds.Classes)
        {
            rows.Add((c, (c.Index == 0 ? "[" : "(") + lower.ToString("0.0##", inv) + ", " + c.UpperBound.ToString("0.0##", inv) + "]"));
            lower = c.UpperBound;
        }

        return rows;
    }
}
