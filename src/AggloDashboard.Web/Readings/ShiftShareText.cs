using AggloDashboard.Core.Domain;
using AggloDashboard.Core.ShiftShare;
using AggloDashboard.Web.Services;

namespace AggloDashboard.Web.Readings;

/// <summary>The shift-share page's sentences (docs/METRICS.md §9): why nothing can be shown, and who was left out.</summary>
public static class ShiftShareText
{
    public static string Problem(ShiftShareProblem problem, int from, int to, IReadOnlyList<int> years, Lang lang) => problem switch
    {
        ShiftShareProblem.YearOutsidePanel => Format(lang, "shift.problem.years", from, to,
            years.Count > 0 ? years[0] : 0, years.Count > 0 ? years[^1] : 0),
        ShiftShareProblem.NotIncreasing => Format(lang, "shift.problem.order", from, to),
        _ => Format(lang, "shift.problem.noSectors", from, to),
    };

    /// <summary>The component's name, e.g. "Industry mix".</summary>
    public static string Component(ShiftShareComponent component, Lang lang) => UiText.Get(lang, "shift." + component.ToCode());

    /// <summary>A sector indicator's name, or "Total" for the city's total.</summary>
    public static string Sector(DashboardSnapshot s, string? sector, Lang lang) =>
        sector is null ? UiText.Get(lang, "shift.sectorTotal")
        : s.Dataset.Indicators.FirstOrDefault(i => i.Code == sector) is { } indicator ? lang.Pick(indicator.NameZh, indicator.NameEn)
        : sector;

    /// <summary>
    /// The province's name when the dataset has exactly one province (the cities then make up the province), else
    /// "the reference region".
    /// </summary>
    public static string Reference(DashboardSnapshot s, Lang lang)
    {
        var provinces = s.Dataset.Regions.Where(r => r.Level == RegionLevel.Province).Take(2).ToArray();
        return provinces.Length == 1 ? lang.Pick(provinces[0].NameZh, provinces[0].NameEn) : UiText.Get(lang, "shift.reference");
    }

    /// <summary>
    /// One line per kind of warning: its heading and the cities (with the sector and year, or the skipped pair) it names.
    /// </summary>
    public static IReadOnlyList<string> Warnings(DashboardSnapshot s, IReadOnlyList<ShiftShareWarning> warnings, Lang lang) =>
        warnings.GroupBy(w => w.Kind).OrderBy(g => g.Key).Select(g =>
                UiText.Get(lang, "shift.warn." + g.Key) + " " + string.Join(UiText.Get(lang, "text.clauseSeparator"), g.Select(w => Detail(s, w, lang)).Distinct()))
            .ToArray();

    private static string Detail(DashboardSnapshot s, ShiftShareWarning w, Lang lang) => w.Kind switch
    {
        ShiftShareWarningKind.ZeroReference => $"{w.FromYear}–{w.ToYear}",
        ShiftShareWarningKind.PairSkipped => $"{s.CityName(w.RegionCode!, lang)} ({w.FromYear}–{w.ToYear}, {Sector(s, w.Sector, lang)} {w.Year})",
        _ => $"{s.CityName(w.RegionCode!, lang)} ({Sector(s, w.Sector, lang)} {w.Year})",
    };

    private static string Format(Lang lang, string key, params object[] values) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, UiText.Get(lang, key), values);
}
