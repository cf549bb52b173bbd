using AggloDashboard.Core.Domain;
using AggloDashboard.Core.ShiftShare;
using AggloDashboard.Web.Charts;
using AggloDashboard.Web.Services;

namespace AggloDashboard.Web.Readings;

/// <summary>What the decomposition and the core–periphery points say, as short bilingual sentences from the numbers.</summary>
public static class ShiftShareReading
{
    /// <summary>|r| at or above this reads as a relation between distance and the change in the quotient.</summary>
    public const double ClearCorrelation = 0.3;

    /// <summary>
    /// For manufacturing and for producer services (each group's sectors summed): in how many of the shown cities the
    /// group grew faster than in the reference region (a positive competitive effect); how many had a favourable
    /// industry mix; where the competitive effect was largest and smallest.
    /// </summary>
    public static IReadOnlyList<string> Decomposition(DashboardSnapshot s, ShiftShareResult result, IReadOnlyList<CityShiftShare> cities, Lang lang)
    {
        if (cities.Count == 0)
        {
            return [];
        }

        var culture = lang.Culture();
        var reference = ShiftShareText.Reference(s, lang);
        var sentences = new List<string>();
        foreach (var group in new[] { Subsystem.Manufacturing, Subsystem.ProducerServices })
        {
            var sectors = result.Sectors.Select((code, i) => (code, i))
                .Where(p => s.Dataset.Indicators.Any(ind => ind.Code == p.code && ind.Subsystem == group)).Select(p => p.i).ToArray();
            if (sectors.Length == 0)
            {
                continue;
            }

            var faster = cities.Count(c => sectors.Sum(i => c.Sectors[i].Competitive) > 0);
            sentences.Add(string.Format(culture, UiText.Get(lang, "shift.read.sector"),
                UiText.Get(lang, "shift.group." + group.ToCode()), cities.Count, faster, reference));
        }

        sentences.Add(string.Format(culture, UiText.Get(lang, "shift.read.mix"), cities.Count(c => c.Total.IndustryMix > 0), cities.Count));
        var ranked = cities.OrderByDescending(c => c.Total.Competitive).ToArray();
        sentences.Add(string.Format(culture, UiText.Get(lang, "shift.read.extremes"),
            s.CityName(ranked[0].RegionCode, lang), Signed(ranked[0].Total.Competitive, lang),
            s.CityName(ranked[^1].RegionCode, lang), Signed(ranked[^1].Total.Competitive, lang)));
        return sentences;
    }

    /// <summary>For each quotient: the correlation with the distance to the capital and whether it points to the periphery or the core.</summary>
    public static IReadOnlyList<string> CorePeripheryReading(IReadOnlyList<CorePeripheryPoint> points, Lang lang)
    {
        var culture = lang.Culture();
        var sentences = new List<string>();
        foreach (var (key, change) in new (string, Func<CorePeripheryPoint, double>)[]
                 {
                     ("shift.cp.mfg", p => p.ManufacturingChange), ("shift.cp.ps", p => p.ProducerServicesChange),
                 })
        {
            var r = CorePeriphery.Correlation(points, change);
            if (double.IsNaN(r))
            {
                return [UiText.Get(lang, "shift.cp.few")];
            }

            var verdict = r >= ClearCorrelation ? "periphery" : r <= -ClearCorrelation ? "core" : "none";
            sentences.Add(string.Format(culture, UiText.Get(lang, "shift.cp." + verdict), UiText.Get(lang, key), r.ToString("0.00", culture)));
        }

        return sentences;
    }

    /// <summary>An employment change with its sign, e.g. "+1.2345" or "−12.3".</summary>
    public static string Signed(double value, Lang lang) =>
        (value > 0 ? "+" : value < 0 ? "−" : "") + ChartFormat.Value(Math.Abs(value), lang.Culture());
}
