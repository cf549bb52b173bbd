using AggloDashboard.Core.Diagnostics;
using AggloDashboard.Core.Domain;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Services;

namespace AggloDashboard.Web.Views;

/// <summary>One obstacle indicator of a city-year, named.</summary>
public sealed record ObstacleItem(string IndicatorCode, string IndicatorName, Subsystem Subsystem, double Percent);

/// <summary>A city's largest obstacles in a year and the obstacle share of each innovation subsystem.</summary>
public sealed record CityObstacles(string CityCode, string CityName, IReadOnlyList<ObstacleItem> Top,
    IReadOnlyDictionary<Subsystem, double> Subsystems);

/// <summary>The obstacle tables and forecast labels of the /diagnosis page.</summary>
public static class DiagnosisData
{
    public const int TopCount = 5;

    /// <summary>The innovation subsystems in the order the obstacle diagnosis lists them.</summary>
    public static readonly Subsystem[] InnovationSubsystems = [Subsystem.InnovationInput, Subsystem.InnovationOutput, Subsystem.InnovationBenefit];

    /// <summary>Every diagnosed city of the year, in dataset order, with its top <see cref="TopCount"/> obstacles.</summary>
    public static IReadOnlyList<CityObstacles> Obstacles(DashboardSnapshot s, ObstacleDiagnosis diagnosis, int year, Lang lang)
    {
        var indicators = s.Dataset.Indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        var rows = new List<CityObstacles>();
        foreach (var city in s.Cities)
        {
            var top = diagnosis.Top(city.Code, year, TopCount);
            if (top.Count == 0)
            {
                continue;
            }

            rows.Add(new CityObstacles(city.Code, lang.Pick(city.NameZh, city.NameEn),
                top.Select(o => new ObstacleItem(o.IndicatorCode,
                    indicators.TryGetValue(o.IndicatorCode, out var i) ? lang.Pick(i.NameZh, i.NameEn) : o.IndicatorCode,
                    o.Subsystem, o.Percent)).ToArray(),
                diagnosis.Subsystems.Where(o => o.RegionCode == city.Code && o.Year == year).ToDictionary(o => o.Subsystem, o => o.Percent)));
        }

        return rows;
    }

    /// <summary>The city metrics that lie in [0, 1] by construction (entropy scores and coupling C, T, D).</summary>
    public static readonly IReadOnlySet<string> UnitIntervalMetrics = new HashSet<string>(StringComparer.Ordinal)
    {
        MetricCodes.InnovationInput, MetricCodes.InnovationOutput, MetricCodes.InnovationBenefit,
        MetricCodes.InnovationC, MetricCodes.InnovationT, MetricCodes.InnovationD,
        MetricCodes.AgglomerationU, MetricCodes.CouplingC, MetricCodes.CouplingT, MetricCodes.CouplingD,
    };

    /// <summary>Whether a forecast of <paramref name="metric"/> leaves the range the metric can take, so the trend cannot continue.</summary>
    public static bool OutOfRange(string metric, double value) => UnitIntervalMetrics.Contains(metric) && value is < 0 or > 1;

    public static string SubsystemKey(Subsystem subsystem) => "subsystem." + subsystem;

    /// <summary>The text key of a forecast's verdict: reliable, not reliable, or why there is no model.</summary>
    public static string VerdictKey(CityForecast forecast) => forecast.Result switch
    {
        { Model: { IsReliable: true } } => "forecast.reliable",
        { Model: not null } => "forecast.unreliable",
        { Status: GreyFitStatus.TooShort } => "forecast.tooShort",
        _ => "forecast.notPositive",
    };
}
