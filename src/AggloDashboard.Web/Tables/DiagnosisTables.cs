using AggloDashboard.Core.Diagnostics;
using AggloDashboard.Web.Services;
using AggloDashboard.Web.Views;

namespace AggloDashboard.Web.Tables;

/// <summary>The tables of the obstacles and forecasts page.</summary>
public static class DiagnosisTables
{
    /// <summary>Every city's main obstacles in <paramref name="year"/>, ranked.</summary>
    public static PageTable Obstacles(IReadOnlyList<CityObstacles> obstacles, int year, Lang lang) => PageTable.Of(
        new[] { new[] { UiText.Get(lang, "label.city"), "code", UiText.Get(lang, "label.year"), UiText.Get(lang, "forecast.rank"), "indicator", UiText.Get(lang, "label.indicator"), UiText.Get(lang, "forecast.subsystem"), "percent" } }.Concat(
            obstacles.SelectMany(c => c.Top.Select((o, k) => new[]
            {
                c.CityName, c.CityCode, TableText.Int(year), TableText.Int(k + 1), o.IndicatorCode, o.IndicatorName,
                UiText.Get(lang, DiagnosisData.SubsystemKey(o.Subsystem)), CsvText.Number(o.Percent),
            }))));

    /// <summary>Every GM(1,1) forecast with its checks, one row a forecast year; a series without a model has no rows.</summary>
    public static PageTable Forecasts(DashboardSnapshot s, IReadOnlyList<CityForecast> forecasts, Lang lang) => PageTable.Of(
        new[] { new[] { UiText.Get(lang, "label.city"), "code", "metric", "first_year", "last_year", "class_ratio_passes", "c", "p", "grade", "reliable", "year", "forecast" } }.Concat(
            forecasts.SelectMany(f => f.Result.Model is { } m
                ? m.Forecasts.Select((v, h) => new[]
                {
                    s.CityName(f.RegionCode, lang), f.RegionCode, f.Metric, TableText.Int(f.Years[0]), TableText.Int(f.Years[^1]),
                    m.ClassRatio.Passes ? "true" : "false", CsvText.Number(m.C), CsvText.Number(m.P), m.Grade.ToString(),
                    m.IsReliable ? "true" : "false", TableText.Int(f.ForecastYear(h + 1)), CsvText.Number(v),
                })
                : [])));
}
