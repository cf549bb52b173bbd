using System.Globalization;
using AggloDashboard.Core.Domain;
using AggloDashboard.Core.Metrics;

namespace AggloDashboard.Web.Services;

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
        var sentences = new List<string>();
        var ranked = s.ValuesFor(metric.Code, year).Where(v => v.Value is not null).OrderByDescending(v => v.Value).ToArray();
        if (ranked.Length > 0)
        {
            var top = ranked[0];
            var bottom = ranked[^1];
            sentences.Add(lang == Lang.Zh
                ? $"{year}年，{metric.NameZh}最高的是{top.City.NameZh}（{F(top.Value!.Value)}），最低的是{bottom.City.NameZh}（{F(bottom.Value!.Value)}）。"
                : $"In {year}, {metric.NameEn} is highest in {top.City.NameEn} ({F(top.Value!.Value)}) and lowest in {bottom.City.NameEn} ({F(bottom.Value!.Value)}).");
        }

        if (o.Hub is not null && o.HubLq is { } lq)
        {
            var change = o.HubLqFirst is { } f ? lq - f : 0;
            sentences.Add(lang == Lang.Zh
                ? $"生产性服务业集聚在{o.Hub.NameZh}最强，区位熵为{F(lq)}，较{s.Years[0]}年{(change >= 0 ? "上升" : "下降")}{F(Math.Abs(change))}。"
                : $"Producer services concentrate most in {o.Hub.NameEn}: its location quotient is {F(lq)}, {(change >= 0 ? "up" : "down")} {F(Math.Abs(change))} since {s.Years[0]}.");
        }

        var total = o.Stages.Values.Sum();
        if (total > 0)
        {
            sentences.Add(lang == Lang.Zh
                ? $"创新系统协调度：{o.Stages[CoordinationStage.Low]}个城市处于低水平（D<0.5），{o.Stages[CoordinationStage.Medium]}个中等水平，{o.Stages[CoordinationStage.High]}个高水平（D≥0.7）。"
                : $"Innovation coordination: {o.Stages[CoordinationStage.Low]} of {total} cities are at a low level (D < 0.5), {o.Stages[CoordinationStage.Medium]} medium, {o.Stages[CoordinationStage.High]} high (D ≥ 0.7).");
        }

        if (o.Cv is { } cv && o.CvTrend is { } trend)
        {
            sentences.Add(lang == Lang.Zh
                ? $"城市间差异（变异系数）为{F(cv)}，{s.Years[0]}年以来{UiText.Get(lang, "reading.trend." + TrendKey(trend))}。"
                : $"The between-city gap (CV) is {F(cv)}; since {s.Years[0]} it is {UiText.Get(lang, "reading.trend." + TrendKey(trend))}.");
        }

        return sentences;
    }

    public static string TrendKey(GapTrend trend) => trend.ToString().ToLower(CultureInfo.InvariantCulture);
}
