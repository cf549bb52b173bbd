using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Services;

namespace AggloDashboard.Web.Views;

/// <summary>One city's innovation coupling C, development T and coordination D in a year, with D's class.</summary>
public sealed record CoordinationRow(string CityCode, string CityName, double? C, double? T, double? D, CoordinationClass? Class);

/// <summary>One indicator weight of a composite score, named, with its share of the composite's total weight.</summary>
public sealed record WeightRow(string Composite, string CompositeName, string IndicatorCode, string IndicatorName,
    double Weight, double SharePercent, double Entropy);

/// <summary>The tables of the /coordination page, taken from a snapshot's results as they are.</summary>
public static class CoordinationData
{
    public static IReadOnlyList<CoordinationRow> Rows(DashboardSnapshot s, int year, Lang lang) =>
        s.Cities.Select(c =>
        {
            var d = s.Value(c.Code, year, MetricCodes.InnovationD);
            return new CoordinationRow(c.Code, lang.Pick(c.NameZh, c.NameEn),
                s.Value(c.Code, year, MetricCodes.InnovationC), s.Value(c.Code, year, MetricCodes.InnovationT), d,
                d is { } v ? s.Results.Settings.ClassThresholds.Classify(Math.Clamp(v, 0, 1)) : null);
        }).ToArray();

    /// <summary>
    /// Every weight in <see cref="MetricResults.Weights"/>, in its order. Dataset indicators are named from the
    /// dataset; the parts of agglo.u (which are metrics) from the catalog.
    /// </summary>
    public static IReadOnlyList<WeightRow> Weights(DashboardSnapshot s, Lang lang)
    {
        var indicators = s.Dataset.Indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        var totals = s.Results.Weights.GroupBy(w => w.Composite).ToDictionary(g => g.Key, g => g.Sum(w => w.Weight), StringComparer.Ordinal);
        return s.Results.Weights.Select(w => new WeightRow(
            w.Composite,
            s.Catalog.Find(w.Composite)?.Name(lang) ?? w.Composite,
            w.IndicatorCode,
            indicators.TryGetValue(w.IndicatorCode, out var i) ? lang.Pick(i.NameZh, i.NameEn) : s.Catalog.Find(w.IndicatorCode)?.Name(lang) ?? w.IndicatorCode,
            w.Weight,
            totals[w.Composite] > 0 ? w.Weight / totals[w.Composite] * 100 : 0,
            w.Entropy)).ToArray();
    }
}
