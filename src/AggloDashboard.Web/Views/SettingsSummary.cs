using System.Globalization;
using AggloDashboard.Core.Domain;
using AggloDashboard.Core.Metrics;

namespace AggloDashboard.Web.Views;

/// <summary>Plain statements of the settings that differ from the contract's defaults, so a changed setting is never silent.</summary>
public static class SettingsSummary
{
    /// <param name="regions">The dataset's regions, to name the codes of a scope; without them the codes are shown.</param>
    public static IReadOnlyList<string> Describe(MetricSettings settings, Lang lang, IReadOnlyList<Region>? regions = null)
    {
        var d = MetricSettings.Default;
        var culture = lang.Culture();
        string N(double v) => v.ToString("0.####", culture);
        string T(string key) => UiText.Get(lang, key);
        string F(string key, params object[] values) => string.Format(culture, T(key), values);
        var lines = new List<string>();

        if (settings.CouplingForm != d.CouplingForm)
            lines.Add(T("settings.summary.modifiedForm"));
        if (settings.InnovationAlphas is [var input, var output, var benefit])
            lines.Add(F("settings.summary.innovationAlphas", N(input), N(output), N(benefit)));
        if (settings.CouplingAlphas is [var agglo, var innov])
            lines.Add(F("settings.summary.couplingAlphas", N(agglo), N(innov)));
        switch (settings.Weighting.Method)
        {
            case WeightingMethod.Equal:
                lines.Add(T("settings.summary.equalWeights"));
                break;
            case WeightingMethod.UserGiven:
                lines.Add(F("settings.summary.userWeights",
                    string.Join(", ", settings.Weighting.UserWeights.Select(w => w.Key + " " + N(w.Value)))));
                break;
        }

        var bounds = settings.ClassThresholds.Classes.Select(c => c.UpperBound).ToArray();
        if (!bounds.SequenceEqual(d.ClassThresholds.Classes.Select(c => c.UpperBound)))
            lines.Add(F("settings.summary.classBounds", string.Join(", ", bounds.Select(N))));
        if (settings.RelativeDevelopmentTolerance != d.RelativeDevelopmentTolerance)
            lines.Add(F("settings.summary.tolerance", N(settings.RelativeDevelopmentTolerance)));
        if (settings.Scope is { Count: > 0 } scope)
        {
            var names = scope.Select(code => regions?.FirstOrDefault(r => r.Code == code) is { } r ? lang.Pick(r.NameZh, r.NameEn) : code);
            int? prefectures = regions is null ? null : RegionScope.Resolve(new Dataset(regions, [], [], null), scope).Prefectures.Count;
            var named = string.Join(T("text.listSeparator"), names);
            lines.Add(prefectures is { } n ? F("settings.summary.scopeCounted", named, n) : F("settings.summary.scope", named));
        }

        return lines;
    }
}
