using AggloDashboard.Web.Services;
using AggloDashboard.Web.Views;

namespace AggloDashboard.Web.Tables;

/// <summary>The tables of the innovation coordination page.</summary>
public static class CoordinationTables
{
    /// <summary>C, T, D and the class of every city in <paramref name="year"/>.</summary>
    public static PageTable Rows(IReadOnlyList<CoordinationRow> rows, int year, Lang lang) => PageTable.Of(
        new[] { new[] { UiText.Get(lang, "label.city"), "code", UiText.Get(lang, "label.year"), "C", "T", "D", UiText.Get(lang, "label.class") } }.Concat(
            rows.Select(r => new[]
            {
                r.CityName, r.CityCode, TableText.Int(year),
                CsvText.Number(r.C), CsvText.Number(r.T), CsvText.Number(r.D), r.Class is { } c ? lang.Pick(c.NameZh, c.NameEn) : "",
            })));

    /// <summary>The entropy weights of every composite's indicators.</summary>
    public static PageTable Weights(IReadOnlyList<WeightRow> weights, Lang lang) => PageTable.Of(
        new[] { new[] { "composite", UiText.Get(lang, "label.composite"), "indicator", UiText.Get(lang, "label.indicator"), "entropy", "weight", "share_percent" } }.Concat(
            weights.Select(w => new[]
            {
                w.Composite, w.CompositeName, w.IndicatorCode, w.IndicatorName,
                CsvText.Number(w.Entropy), CsvText.Number(w.Weight), CsvText.Number(w.SharePercent),
            })));
}
