using AggloDashboard.Core.Analytics;
using AggloDashboard.Web.Services;

namespace AggloDashboard.Web.Tables;

/// <summary>The tables of the spatial autocorrelation page.</summary>
public static class SpatialTables
{
    /// <summary>Global Moran's I of every year.</summary>
    public static PageTable Moran(IReadOnlyList<MoranRow> moran, Lang lang) => PageTable.Of(
        new[] { new[] { UiText.Get(lang, "label.year"), "weights", "n", "I", "expected", "z", "pseudo_p", "permutations" } }.Concat(
            moran.Select(m => new[]
            {
                TableText.Int(m.Year), m.Weights, TableText.Int(m.Result.N), CsvText.Number(m.Result.I), CsvText.Number(m.Result.Expected),
                CsvText.Number(m.Result.Z), CsvText.Number(m.Result.PseudoP), TableText.Int(m.Result.Permutations),
            })));

    /// <summary>Every city's local Moran's I, its p value and cluster.</summary>
    public static PageTable Lisa(DashboardSnapshot s, IReadOnlyList<LisaRow> lisa, Lang lang) => PageTable.Of(
        new[] { new[] { UiText.Get(lang, "label.city"), "code", UiText.Get(lang, "label.year"), "weights", UiText.Get(lang, "label.value"), "lag", "I", "pseudo_p", "p_method", "cluster" } }.Concat(
            lisa.Select(l => new[]
            {
                s.CityName(l.Result.Code, lang), l.Result.Code, TableText.Int(l.Year), l.Weights, CsvText.Number(l.Result.Value),
                CsvText.Number(l.Result.Lag), CsvText.Number(l.Result.I), CsvText.Number(l.Result.PseudoP), l.Result.PMethod.ToCode(), l.Result.Cluster.ToCode(),
            })));
}
