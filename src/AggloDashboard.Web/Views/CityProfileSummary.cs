using AggloDashboard.Web.Services;
using System.Globalization;
using AggloDashboard.Core.Metrics;

namespace AggloDashboard.Web.Views;

/// <summary>A city's place among the cities for one metric and year; Rank 1 is the highest value.</summary>
public sealed record MetricRank(MetricInfo Metric, double? Value, int? Rank, int Count);

/// <summary>A city's coordination class in one year, or none when D is undefined.</summary>
public sealed record ClassCell(int Year, double? D, CoordinationClass? Class);

/// <summary>The numbers of the city profile, computed without rendering.</summary>
public static class CityProfileSummary
{
    /// <summary>The metrics whose rank the profile shows.</summary>
    public static readonly IReadOnlyList<string> MainMetrics =
    [
        MetricCodes.LqManufacturing,
        MetricCodes.LqProducerServices,
        MetricCodes.Coagglomeration,
        MetricCodes.InnovationT,
        MetricCodes.InnovationD,
        MetricCodes.AgglomerationU,
        MetricCodes.CouplingD,
    ];

    /// <summary>The three innovation subsystems, drawn side by side.</summary>
    public static readonly IReadOnlyList<string> Subsystems =
        [MetricCodes.InnovationInput, MetricCodes.InnovationOutput, MetricCodes.InnovationBenefit];

    public const int TableYearCount = 10;

    /// <summary>Competition ranking (1 + the number of cities with a strictly higher value) among the cities with a value.</summary>
    public static MetricRank Rank(DashboardSnapshot s, string cityCode, MetricInfo metric, int year)
    {
        var values = s.ValuesFor(metric.Code, year).Where(v => v.Value is not null).ToArray();
        var own = s.Value(cityCode, year, metric.Code);
        int? rank = own is { } v ? 1 + values.Count(o => o.Value!.Value > v) : null;
        return new MetricRank(metric, own, rank, values.Length);
    }

    public static IReadOnlyList<MetricRank> Ranks(DashboardSnapshot s, string cityCode, int year) =>
        MainMetrics.Select(s.Catalog.Find).OfType<MetricInfo>().Select(m => Rank(s, cityCode, m, year)).ToArray();

    public static string RankText(MetricRank rank, Lang lang) =>
        rank.Rank is { } r ? string.Format(CultureInfo.InvariantCulture, UiText.Get(lang, "city.rankOf"), r, rank.Count) : "—";

    /// <summary>The city's class of a D metric in every year of the dataset.</summary>
    public static IReadOnlyList<ClassCell> ClassesByYear(DashboardSnapshot s, string cityCode, string dMetric) =>
        s.Years.Select(y =>
        {
            var d = s.Value(cityCode, y, dMetric);
            return new ClassCell(y, d, d is { } v ? s.Results.Settings.ClassThresholds.Classify(Math.Clamp(v, 0, 1)) : null);
        }).ToArray();

    /// <summary>The columns of the all-metrics table: the last <paramref name="count"/> years up to <paramref name="year"/>.</summary>
    public static IReadOnlyList<int> TableYears(DashboardSnapshot s, int year, int count = TableYearCount)
    {
        var upTo = s.Years.Where(y => y <= year).ToArray();
        return upTo.Skip(Math.Max(0, upTo.Length - count)).ToArray();
    }

}
