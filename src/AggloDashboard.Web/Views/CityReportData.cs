using AggloDashboard.Core.Domain;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Charts;
using AggloDashboard.Web.Services;

namespace AggloDashboard.Web.Views;

/// <summary>Everything the printable one-city report shows, for one city and year.</summary>
public sealed record CityReportData(
    Region City,
    int Year,
    IReadOnlyList<MetricRank> Ranks,
    CoordinationClass? InnovationClass,
    CoordinationClass? CouplingClass,
    CityDiagnosis Diagnosis,
    CityPolicy? Policy,
    Figure Trend,
    Figure Subsystems,
    Figure Classes)
{
    /// <summary>
    /// The report of <paramref name="cityCode"/> in <paramref name="year"/>, or null when there is no such city; its
    /// analyses are computed off the circuit and <paramref name="ct"/> ends the wait for them.
    /// </summary>
    public static async Task<CityReportData?> ComposeAsync(DashboardSnapshot s, string cityCode, int year, Lang lang, CancellationToken ct)
    {
        if (!s.CityByCode.TryGetValue(cityCode, out var city))
        {
            return null;
        }

        var analyses = s.Analyses;
        var classes = s.Results.Settings.ClassThresholds;
        CoordinationClass? ClassOf(string metric) =>
            s.Value(cityCode, year, metric) is { } d ? classes.Classify(Math.Clamp(d, 0, 1)) : null;

        var diagnosis = await CityDiagnosis.ComposeAsync(s, cityCode, year, lang, ct).ConfigureAwait(false);
        var policy = PolicyData.ForYear(s, await analyses.TypologiesAsync(ct).ConfigureAwait(false), year, lang).FirstOrDefault(p => p.CityCode == cityCode);
        var d = s.Catalog.Find(MetricCodes.CouplingD)!;
        var years = s.Years;

        return new CityReportData(
            city,
            year,
            CityProfileSummary.Ranks(s, cityCode, year),
            ClassOf(MetricCodes.InnovationD),
            ClassOf(MetricCodes.CouplingD),
            diagnosis with
            {
                ObstacleChart = diagnosis.ObstacleChart is { } chart ? Sized(chart, 240) : null,
                ForecastChart = Sized(diagnosis.ForecastChart, 280),
            },
            policy,
            Sized(TrendFigure.Build(s, d, [cityCode], years[0], years[^1], lang), 300),
            Sized(SubsystemFigure.Build(s, cityCode, year, lang), 280),
            Sized(ClassStripFigure.Build(s, cityCode, lang), 220));
    }

    // Heights in CSS pixels chosen so that the report fits about three A4 pages.
    private static Figure Sized(Figure figure, int height)
    {
        figure.Layout.Height = height;
        return figure;
    }
}
