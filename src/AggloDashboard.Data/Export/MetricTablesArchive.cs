using System.IO.Compression;
using System.Text;
using AggloDashboard.Core.Metrics;

namespace AggloDashboard.Data.Export;

/// <summary>
/// The metric tables <c>compute</c> writes (region metrics, aggregates, entropy weights) as one download: a zip of
/// the same three CSV files written by <see cref="MetricsCsvWriter"/>, or a workbook with one sheet per table.
/// </summary>
public static class MetricTablesArchive
{
    public static byte[] CsvZip(MetricResults results)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, MetricsCsvWriter.RegionFile, w => MetricsCsvWriter.WriteRegional(results, w));
            Add(zip, MetricsCsvWriter.AggregateFile, w => MetricsCsvWriter.WriteAggregate(results, w));
            Add(zip, MetricsCsvWriter.WeightsFile, w => MetricsCsvWriter.WriteWeights(results, w));
        }

        return buffer.ToArray();
    }

    /// <summary>Sheets <c>region_metrics</c>, <c>aggregate_metrics</c>, <c>entropy_weights</c> with numeric cells.</summary>
    public static byte[] Xlsx(MetricResults results) => TableExport.XlsxBytes(TableExport.Metrics(results));

    private static void Add(ZipArchive zip, string name, Action<TextWriter> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        write(writer);
    }
}
