using System.Globalization;
using AggloDashboard.Core.Metrics;

namespace AggloDashboard.Web.Services;

/// <summary>One method of the /methodology page: what it computes, its formulas, the setting in use and where it comes from.</summary>
public sealed record MethodSection(string Id, string Title, IReadOnlyList<string> Formulas, string Explanation, string? InUse, string Source);

/// <summary>Every formula and setting the numbers rest on (docs/METRICS.md), in either language, with the settings of the results.</summary>
public static class MethodologyText
{
    public static IReadOnlyList<MethodSection> Sections(MetricSettings settings, Lang lang)
    {
        string L(string zh, string en) => lang.Pick(zh, en);
        var inv = CultureInfo.InvariantCulture;
        string N(double v) => v.ToString("0.####", inv);
        string Alphas(IReadOnlyList<double>? alphas, int n) => alphas is null
            ? L($"等权 α = 1/{n}", $"equal α = 1/{n}")
            : "α = (" + string.Join(", ", alphas.Select(N)) + ")";

        return
        [
            new("lq", L("区位熵 LQ", "Location quotient LQ"),
                ["LQ(i, s) = (E(i, s) / E(i)) / (E(R, s) / E(R))"],
                L("E 为就业人数，i 为城市，s 为行业（制造业；生产性服务业为各生产性服务行业之和），R 为全部城市之和。LQ > 1 表示该行业在城市中相对集中。",
                  "E is employment, i a city, s a sector (manufacturing; producer services is the sum of its sectors), R the sum over all cities. LQ > 1 means the sector is relatively concentrated in the city."),
                null, "Isard, W. (1960). Methods of Regional Analysis. MIT Press."),
            new("coagg", L("协同集聚指数", "Synergy co-agglomeration"),
                ["coagg = (1 − |LQp − LQm| / (LQp + LQm)) + (LQp + LQm)"],
                L("第一项为协同质量，第二项为协同规模；p 为生产性服务业，m 为制造业。", "The first term is the quality of the synergy, the second its scale; p is producer services, m manufacturing."),
                null, L("陈建军、刘月、邹苗苗（2016），浙江大学学报（人文社会科学版）", "Chen, Liu & Zou (2016), Journal of Zhejiang University (Humanities and Social Sciences)")),
            new("eg", L("EG 与 EGK 指数", "EG and EGK indexes"),
                ["x_i = E(i) / E(R),  s_i(k) = E(i, k) / E(R, k)", "EG = Σ (s_i − x_i)² / (1 − Σ x_i²)", "EGK = Σ (s_i(m) − x_i)(s_i(p) − x_i) / (1 − Σ x_i²)"],
                L("缺少企业数据，赫芬达尔指数 H 取 0。", "Without plant data the Herfindahl index H is taken as 0."),
                null, "Ellison & Glaeser (1997), Journal of Political Economy 105(5); Ellison, Glaeser & Kerr (2010), American Economic Review 100(3)."),
            new("inequality", L("城市间差异：变异系数、泰尔指数、基尼系数", "Between-city gap: CV, Theil, Gini"),
                ["CV = σ / μ  (σ: " + L("总体标准差", "population SD") + ")", "Theil T = (1/N) Σ (y_i/μ) ln(y_i/μ)", "Gini = Σ_i Σ_j |y_i − y_j| / (2 N² μ)"],
                L("变异系数随时间下降即 σ 收敛，表示城市间差距缩小。", "A CV falling over time is sigma convergence: the gap between the cities narrows."),
                null, "Theil, H. (1967). Economics and Information Theory. North-Holland; Gini, C. (1912). Variabilità e mutabilità."),
            new("entropy", L("熵权法", "Entropy weight method"),
                [
                    L("正向：x' = (x − min)/(max − min)；负向：x' = (max − x)/(max − min)", "positive: x' = (x − min)/(max − min); negative: x' = (max − x)/(max − min)"),
                    "x'' = δ + (1 − δ) x',  δ = " + N(EntropyWeighting.Shift),
                    "p_oj = x''_oj / Σ_o x''_oj,  e_j = −(1/ln n) Σ_o p_oj ln p_oj",
                    "w_j = (1 − e_j) / Σ_j (1 − e_j),  U_o = Σ_j w_j x''_oj",
                ],
                L("全部城市—年份混合计算，各年得分可比；权重见“创新协调”页。", "Pooled over every city-year so that scores compare across years; the weights are listed on the innovation coordination page."),
                L("权重方法：", "Weighting: ") + settings.Weighting.Method switch
                {
                    WeightingMethod.Entropy => L("熵权法", "entropy weights"),
                    WeightingMethod.Equal => L("等权", "equal weights"),
                    _ => L("用户给定权重", "user-given weights"),
                }, "Shannon, C. E. (1948). A Mathematical Theory of Communication. Bell System Technical Journal 27."),
            new("ccd", L("耦合协调度模型", "Coupling coordination degree model"),
                [
                    L("标准形式：", "Standard form: ") + "C = n · [Π U_k / (Σ U_k)ⁿ]^(1/n)",
                    L("王淑佳等修正形式：", "Modified form (Wang et al.): ") + "C = √{[1 − Σ_{i>j} |U_i − U_j| / Σ_{m=1}^{n−1} m] · [Π (U_i / max U)]^(1/(n−1))}",
                    "T = Σ α_k U_k,  D = √(C · T)",
                ],
                L("创新系统：U 为创新投入、产出、效益三个子系统得分（n = 3）；集聚—创新：U1 = 产业集聚综合指数，U2 = 创新综合发展指数 T（n = 2）。",
                  "Innovation system: U are the input, output and benefit scores (n = 3); agglomeration × innovation: U1 = agglomeration composite, U2 = innovation development T (n = 2)."),
                L("当前：", "In use: ") + (settings.CouplingForm == CouplingForm.Standard ? L("标准形式", "standard form") : L("修正形式", "modified form")) +
                    L("；创新系统 ", "; innovation ") + Alphas(settings.InnovationAlphas, 3) + L("；集聚—创新 ", "; agglomeration × innovation ") + Alphas(settings.CouplingAlphas, 2),
                L("廖重斌（1999），热带地理 19(2)；王淑佳、孔伟、任亮、治丹丹、戴宝印（2021），自然资源学报 36(3)",
                  "Liao (1999), Tropical Geography 19(2); Wang, Kong, Ren, Zhi & Dai (2021), Journal of Natural Resources 36(3)")),
            new("reldev", L("相对发展类型", "Relative development type"),
                ["couple.ratio = U1 / U2", CouplingData.Rule(settings) + L(" → 同步发展", " → synchronous"), L("否则 U1 > U2 为创新滞后，U1 < U2 为集聚滞后", "otherwise U1 > U2: innovation lags; U1 < U2: agglomeration lags")],
                L("U1 为产业集聚综合指数，U2 为创新综合发展指数。", "U1 is the agglomeration composite, U2 the innovation development index."),
                L("容差：", "Tolerance: ") + N(settings.RelativeDevelopmentTolerance), L("docs/METRICS.md §5（默认规则，可调整）", "docs/METRICS.md §5 (default rule, editable)")),
            new("obstacle", L("障碍度模型", "Obstacle degree model"),
                ["F_j = α_subsystem × w_j,  I_oj = 1 − x'_oj", "O_oj = F_j I_oj / Σ_j F_j I_oj × 100 %"],
                L("F 为因子贡献度，I 为指标偏离度，O 为障碍度；全部指标达最优的城市—年份无障碍，不作诊断。",
                  "F is the factor contribution, I the deviation, O the obstacle degree; a city-year at the best value of every indicator has no obstacle and is not diagnosed."),
                null, L("障碍度模型（因子贡献度—指标偏离度—障碍度），docs/METRICS.md §7", "Obstacle degree model (factor contribution, deviation, obstacle degree), docs/METRICS.md §7")),
            new("gm11", L("GM(1,1) 灰色预测及检验", "GM(1,1) grey forecast and its checks"),
                [
                    "x¹ = " + L("累加序列", "cumulative sum") + ",  z¹(k) = ½(x¹(k) + x¹(k−1))",
                    "x⁰(k) = −a z¹(k) + b  (" + L("最小二乘", "least squares") + ")",
                    "x̂¹(k+1) = (x⁰(1) − b/a) e^(−ak) + b/a,  x̂⁰(k+1) = x̂¹(k+1) − x̂¹(k)",
                    L("级比检验：", "Class ratio: ") + "σ(k) = x⁰(k−1)/x⁰(k) ∈ (e^(−2/(n+1)), e^(2/(n+1)))",
                    "C = S_residual / S_data,  P = P(|ε_k − ε̄| < 0.6745 S_data)",
                    L("好：C ≤ 0.35, P ≥ 0.95；合格：C ≤ 0.5, P ≥ 0.8；勉强合格：C ≤ 0.65, P ≥ 0.7；否则不合格",
                      "good: C ≤ 0.35, P ≥ 0.95; qualified: C ≤ 0.5, P ≥ 0.8; barely: C ≤ 0.65, P ≥ 0.7; else unqualified"),
                ],
                L("至少需要 4 个连续年份的正值；级比检验未通过或精度不合格的预测标为“检验未通过，仅供参考”。",
                  "Needs at least 4 consecutive positive values; a forecast failing the class-ratio check or graded unqualified is marked \"checks failed: not reliable\"."),
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
