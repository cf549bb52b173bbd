using AggloDashboard.Web.Readings;
using AggloDashboard.Web.Services;
using System.Globalization;
using AggloDashboard.Core.Domain;
using AggloDashboard.Core.Metrics;

namespace AggloDashboard.Web.Views;

public enum GapTrend
{
    Narrowing,
    Widening,
    Stable,
}

/// <summary>The overview's headline numbers and its plain-language reading for one metric and year.</summary>
public sealed record OverviewSummary(
    Region? Hub,
    double? HubLq,
    double? HubLqFirst,
    IReadOnlyDictionary<CoordinationStage, int> Stages,
    double? Cv,
    GapTrend? CvTrend,
    IReadOnlyList<string> Reading)
{
    /// <summary>A fitted change over the whole period smaller than this share of the mean CV reads as stable.</summary>
    public const double StableShare = 0.03;

    public static OverviewSummary Compose(DashboardSnapshot s, MetricInfo metric, int year, Lang lang)
    {
        var lqs = s.ValuesFor(MetricCodes.LqProducerServices, year).Where(v => v.Value is not null).ToArray();
        var hub = lqs.Length == 0 ? default : lqs.MaxBy(v => v.Value);
        var first = s.Years.Count > 0 && hub.City is not null ? s.Value(hub.City.Code, s.Years[0], MetricCodes.LqProducerServices) : null;

        var stages = Enum.GetValues<CoordinationStage>().ToDictionary(stage => stage, _ => 0);
        foreach (var (_, d) in s.ValuesFor(MetricCodes.InnovationD, year))
        {
            if (d is { } value)
            {
                stages[CoordinationBands.StageOf(value)]++;
            }
        }

        var cvCode = MetricCodes.Cv(metric.Code);
        var cv = s.Aggregate(year, cvCode);
        var trend = Trend(s, cvCode, year);
        var summary = new OverviewSummary(hub.City, hub.Value, first, stages, cv, trend, []);
        return summary with { Reading = Sentences(s, summary, metric, year, lang) };
    }

    /// <summary>
    /// Whether the aggregate <paramref name="aggregateCode"/> (a CV, Theil or Gini) narrows, widens or stays about stable up
    /// to <paramref name="year"/>: the least-squares slope over the period against the mean; null with fewer than 3 years.
    /// </summary>
    public static GapTrend? Trend(DashboardSnapshot s, string aggregateCode, int year) => ConvergenceReading.Fitted(
        s.Years.Where(y => y <= year).Select(y => (Year: y, Value: s.Aggregate(y, aggregateCode)))
            .Where(p => p.Value is not null).Select(p => (p.Year, p.Value!.Value)).ToArray());

    private static IReadOnlyList<string> Sentences(DashboardSnapshot s, OverviewSummary o, MetricInfo metric, int year, Lang lang)
    {
        var culture = lang.Culture();
        string F(double v) => v.ToString("0.00", culture);
        string Say(string key, params object[] values) => string.Format(culture, UiText.Get(lang, key), values);
        var sentences = new List<string>();
        var ranked = s.ValuesFor(metric.Code, year).Where(v => v.Value is not null).OrderByDescending(v => v.Value).ToArray();
        if (ranked.Length > 0)
        {
            var top = ranked[0];
            var bottom = ranked[^1];
            sentences.Add(Say("overview.read.extremes", year, metric.Name(lang), lang.Pick(top.City.NameZh, top.City.NameEn), F(top.Value!.Value),
                lang.Pick(bottom.City.NameZh, bottom.City.NameEn), F(bottom.Value!.Value)));
        }

        if (o.Hub is not null && o.HubLq is { } lq)
        {
            var change = o.HubLqFirst is { } f ? lq - f : 0;
            sentences.Add(Say("overview.read.hub", lang.Pick(o.Hub.NameZh, o.Hub.NameEn), F(lq), s.Years[0],
                UiText.Get(lang, change >= 0 ? "overview.read.up" : "overview.read.down"), F(Math.Abs(change))));
        }

        var total = o.Stages.Values.Sum();
        if (total > 0)
        {
            sentences.Add(Say("overview.read.stages", o.Stages[CoordinationStage.Low], o.Stages[CoordinationStage.Medium],
                o.Stages[CoordinationStage.High], total));
        }

        if (o.Cv is { } cv && o.CvTrend is { } trend)
        {
            sentences.Add(Say("overview.read.gap", F(cv), s.Years[0], UiText.Get(lang, "reading.trend." + TrendKey(trend))));
        }

        return sentences;
    }

    public static string TrendKey(GapTrend trend) => trend.ToString().ToLower(CultureInfo.InvariantCulture);
}
