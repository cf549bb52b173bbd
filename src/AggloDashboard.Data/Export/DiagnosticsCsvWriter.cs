using System.Globalization;
using AggloDashboard.Core.Diagnostics;
using AggloDashboard.Core.Domain;
using CsvHelper;

namespace AggloDashboard.Data.Export;

/// <summary>Writes obstacle degrees, GM(1,1) forecasts with their checks and policy typologies as CSV.</summary>
public static class DiagnosticsCsvWriter
{
    public const string ObstaclesFile = "obstacles.csv";
    public const string ObstacleSubsystemsFile = "obstacle_subsystems.csv";
    public const string ForecastsFile = "forecasts.csv";
    public const string ForecastChecksFile = "forecast_checks.csv";
    public const string PolicyFile = "policy.csv";

    /// <summary>Writes the five files to <paramref name="folder"/>, all or none.</summary>
    public static void WriteAll(DiagnosticsReport report, string folder) =>
        AtomicFileSet.Write(folder, new Dictionary<string, Action<TextWriter>>
        {
            [ObstaclesFile] = w => WriteObstacles(report.Obstacles, w),
            [ObstacleSubsystemsFile] = w => WriteObstacleSubsystems(report.Obstacles, w),
            [ForecastsFile] = w => WriteForecasts(report.Forecasts, w),
            [ForecastChecksFile] = w => WriteForecastChecks(report.Forecasts, w),
            [PolicyFile] = w => WritePolicy(report, w),
        });

    public static void WriteObstacles(ObstacleDiagnosis obstacles, TextWriter writer)
    {
        using var csv = CsvWriter.Create(writer, Options, leaveOpen: true);
        csv.WriteRecord("region_code", "year", "indicator", "subsystem", "obstacle_percent");
        foreach (var o in obstacles.Indicators)
        {
            csv.WriteRecord(o.RegionCode, Int(o.Year), o.IndicatorCode, o.Subsystem.ToCode(), MetricsCsvWriter.Number(o.Percent));
        }
    }

    public static void WriteObstacleSubsystems(ObstacleDiagnosis obstacles, TextWriter writer)
    {
        using var csv = CsvWriter.Create(writer, Options, leaveOpen: true);
        csv.WriteRecord("region_code", "year", "subsystem", "obstacle_percent");
        foreach (var s in obstacles.Subsystems)
        {
            csv.WriteRecord(s.RegionCode, Int(s.Year), s.Subsystem.ToCode(), MetricsCsvWriter.Number(s.Percent));
        }
    }

    /// <summary>Fitted values for the observed years, then the forecasts; series without a model are left out.</summary>
    public static void WriteForecasts(IReadOnlyList<CityForecast> forecasts, TextWriter writer)
    {
        using var csv = CsvWriter.Create(writer, Options, leaveOpen: true);
        csv.WriteRecord("region_code", "metric", "year", "value", "kind");
        foreach (var f in forecasts)
        {
            if (f.Result.Model is not { } model)
            {
                continue;
            }

            for (var k = 0; k < model.Fitted.Count; k++)
            {
                csv.WriteRecord(f.RegionCode, f.Metric, Int(f.Years[k]), MetricsCsvWriter.Number(model.Fitted[k]), "fitted");
            }

            for (var h = 1; h <= model.Forecasts.Count; h++)
            {
                csv.WriteRecord(f.RegionCode, f.Metric, Int(f.ForecastYear(h)), MetricsCsvWriter.Number(model.Forecasts[h - 1]), "forecast");
            }
        }
    }

    public static void WriteForecastChecks(IReadOnlyList<CityForecast> forecasts, TextWriter writer)
    {
        using var csv = CsvWriter.Create(writer, Options, leaveOpen: true);
        csv.WriteRecord("region_code", "metric", "a", "b", "class_ratio_ok", "c", "p", "grade", "reliable");
        foreach (var f in forecasts)
        {
            if (f.Result.Model is { } m)
            {
                csv.WriteRecord(f.RegionCode, f.Metric, MetricsCsvWriter.Number(m.A), MetricsCsvWriter.Number(m.B),
                    Bool(m.ClassRatio.Passes), MetricsCsvWriter.Number(m.C), MetricsCsvWriter.Number(m.P),
                    m.Grade.ToString().ToLowerInvariant(), Bool(m.IsReliable));
            }
        }
    }

    /// <summary>One row per rule that fired; evidence is the English text of each condition, joined by "; ".</summary>
    public static void WritePolicy(DiagnosticsReport report, TextWriter writer)
    {
        using var csv = CsvWriter.Create(writer, Options, leaveOpen: true);
        csv.WriteRecord("region_code", "year", "rule_id", "typology_zh", "typology_en", "evidence");
        foreach (var city in report.Typologies)
        {
            foreach (var fired in city.Fired)
            {
                csv.WriteRecord(city.RegionCode, Int(city.Year), fired.Rule.Id, fired.Rule.Typology.Zh, fired.Rule.Typology.En,
                    string.Join("; ", fired.Evidence.Select(e => e.Text.En)));
            }
        }
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Bool(bool value) => value ? "true" : "false";

    private static readonly CsvWriterOptions Options = new() { NewLine = "\n" };
}
