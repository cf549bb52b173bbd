using System.Globalization;
using AggloDashboard.Core.Domain;
using AggloDashboard.Core.Metrics;

namespace AggloDashboard.Web.Services;

/// <summary>Plain statements of the settings that differ from the contract's defaults, so a changed setting is never silent.</summary>
public static class SettingsSummary
{
    /// <param name="regions">The dataset's regions, to name the codes of a scope; without them the codes are shown.</param>
    public static IReadOnlyList<string> Describe(MetricSettings settings, Lang lang, IReadOnlyList<Region>? regions = null)
    {
        var d = MetricSettings.Default;
        var culture = lang.Culture();
        string N(double v) => v.ToString("0.####", culture);
        string L(string zh, string en) => lang.Pick(zh, en);
        var lines = new List<string>();

        if (settings.CouplingForm != d.CouplingForm)
            lines.Add(L("耦合度公式：修正形式（王淑佳等，2021）", "Coupling formula: modified form (Wang et al., 2021)"));
        if (settings.InnovationAlphas is [var input, var output, var benefit])
            lines.Add(L($"创新子系统权重 α：投入 {N(input)}、产出 {N(output)}、效益 {N(benefit)}",
                $"Innovation subsystem α: input {N(input)}, output {N(output)}, benefit {N(benefit)}"));
        if (settings.CouplingAlphas is [var agglo, var innov])
            lines.Add(L($"集聚—创新权重 α：集聚 {N(agglo)}、创新 {N(innov)}", $"Agglomeration × innovation α: agglomeration {N(agglo)}, innovation {N(innov)}"));
        switch (settings.Weighting.Method)
        {
            case WeightingMethod.Equal:
                lines.Add(L("指标权重：等权", "Indicator weights: equal"));
                break;
            case WeightingMethod.UserGiven:
                lines.Add(L("指标权重：用户给定（", "Indicator weights: user-given (") +
                          string.Join(", ", settings.Weighting.UserWeights.Select(w => w.Key + " " + N(w.Value))) + L("）", ")"));
                break;
        }

        var bounds = settings.ClassThresholds.Classes.Select(c => c.UpperBound).ToArray();
        if (!bounds.SequenceEqual(d.ClassThresholds.Classes.Select(c => c.UpperBound)))
            lines.Add(L("协调等级上限：", "Class upper bounds of D: ") + string.Join(", ", bounds.Select(N)));
        if (settings.RelativeDevelopmentTolerance != d.RelativeDevelopmentTolerance)
            lines.Add(L("同步发展容差：|U1 − U2| ≤ ", "Synchronous tolerance: |U1 − U2| ≤ ") + N(settings.RelativeDevelopmentTolerance));
        if (settings.Scope is { Count: > 0 } scope)
        {
            var names = scope.Select(code => regions?.FirstOrDefault(r => r.Code == code) is { } r ? lang.Pick(r.NameZh, r.NameEn) : code);
            int? prefectures = regions is null ? null : RegionScope.Resolve(new Dataset(regions, [], [], null), scope).Prefectures.Count;
            lines.Add(L("范围：", "Scope: ") + string.Join(L("、", ", "), names) +
                      (prefectures is { } n ? L($"（{n} 个地级市，参照区域为范围内的地级市）", $" ({n} prefectures; the reference region is the prefectures in scope)") : ""));
        }

        return lines;
    }
}
