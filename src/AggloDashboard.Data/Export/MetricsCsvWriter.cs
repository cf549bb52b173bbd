using System.Globalization;
using AggloDashboard.Core.Metrics;
using CsvHelper;

namespace AggloDashboard.Data.Export;

/// <summary>Writes engine results in the layout of docs/METRICS.md §8: invariant culture, round-trip doubles.</summary>
public static class MetricsCsvWriter
{
    public const string RegionFile = "region_metrics.csv";
    public const string AggregateFile = "aggregate_metrics.csv";
    public const string WeightsFile = "entropy_weights.csv";

    /// <summary>Writes the region, aggregate and entropy-weight files to <paramref name="folder"/>, all or none.</summary>
    public static void WriteAll(MetricResults results, string folder) =>
        AtomicFileSet.Write(folder, new Dictionary<string, Action<TextWriter>>
        {
            [RegionFile] = w => WriteRegional(results, w),
            [AggregateFile] = w => WriteAggregate(results, w),
            [WeightsFile] = w => WriteWeights(results, w),
        });

    public static void WriteRegional(MetricResults results, TextWriter writer)
    {
        using var csv = CsvWriter.Create(writer, Options, leaveOpen: true);
        csv.WriteRecord("region_code", "year", "metric", "value");
        foreach (var v in results.Regional)
        {
            csv.WriteRecord(v.RegionCode, Int(v.Year), v.Metric, Number(v.Value));
        }
    }

    public static void WriteAggregate(MetricResults results, TextWriter writer)
    {
        using var csv = CsvWriter.Create(writer, Options, leaveOpen: true);
        csv.WriteRecord("year", "metric", "value");
        foreach (var v in results.Aggregate)
        {
            csv.WriteRecord(Int(v.Year), v.Metric, Number(v.Value));
        }
    }

    public static void WriteWeights(MetricResults results, TextWriter writer)
    {
        using var csv = CsvWriter.Create(writer, Options, leaveOpen: true);
        csv.WriteRecord("composite", "indicator", "weight", "entropy");
        foreach (var w in results.Weights)
        {
            csv.WriteRecord(w.Composite, w.IndicatorCode, Number(w.Weight), Number(w.Entropy));
        }
    }

    /// <summary>The shortest text that parses back to the same double ("R").</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static readonly CsvWriterOptions Options = new() { NewLine = "\n" };
}
