using AggloDashboard.Core.Analytics;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Charts;
using AggloDashboard.Web.Services;

namespace AggloDashboard.Web.Tables;

/// <summary>The tables of the disparities and convergence page.</summary>
public static class DisparityTables
{
    /// <summary>The gap between a province's cities: mean, CV, Theil and Gini.</summary>
    public static PageTable Provinces(IReadOnlyList<ProvinceDisparity> provinces, Lang lang) => PageTable.Of(
        new[] { new[] { UiText.Get(lang, "disp.province"), "code", UiText.Get(lang, "disp.cities"), UiText.Get(lang, "disp.mean"), "cv", "theil", "gini" } }.Concat(
            provinces.Select(p => new[]
            {
                lang.Pick(p.Province.NameZh, p.Province.NameEn), p.Province.Code, TableText.Int(p.Cities), CsvText.Number(p.Mean),
                CsvText.Number(p.Cv), CsvText.Number(p.Theil), CsvText.Number(p.Gini),
            })));

    /// <summary>Every year's CV, Theil and Gini (sigma convergence) and the concentration indexes.</summary>
    public static PageTable Series(DashboardSnapshot s, IReadOnlyList<SigmaPoint> sigma, Lang lang)
    {
        string[] header = [UiText.Get(lang, "label.year"), "cv", "theil", "gini", .. DisparityFigures.ConcentrationCodes];
        var rows = s.Years.Select(year =>
        {
            var point = sigma.FirstOrDefault(p => p.Year == year);
            string[] row =
            [
                TableText.Int(year), CsvText.Number(point?.Cv), CsvText.Number(point?.Theil), CsvText.Number(point?.Gini),
                .. DisparityFigures.ConcentrationCodes.Select(code => CsvText.Number(s.Aggregate(year, code))),
            ];
            return row;
        });
        return PageTable.Of(new[] { header }.Concat(rows));
    }

    /// <summary>Every city's Krugman specialisation index in <paramref name="year"/>.</summary>
    public static PageTable Krugman(DashboardSnapshot s, IReadOnlyList<RegionMetricValue> values, int year, Lang lang) => PageTable.Of(
        new[] { new[] { UiText.Get(lang, "label.city"), "code", UiText.Get(lang, "label.year"), UiText.Get(lang, "disp.krugman") } }.Concat(
            values.Where(k => k.Year == year).Select(k => new[]
            {
                s.CityName(k.RegionCode, lang), k.RegionCode, TableText.Int(year), CsvText.Number(k.Value),
            })));
}
