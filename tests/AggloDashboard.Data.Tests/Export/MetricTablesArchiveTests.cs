using System.Globalization;
using System.IO.Compression;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Data.Export;
using AggloDashboard.Data.Folder;
using MiniExcelLibs;

namespace AggloDashboard.Data.Tests.Export;

public sealed class MetricTablesArchiveTests
{
    private static MetricResults Results()
    {
        var read = DatasetFolderReader.Read(Path.Combine(AppContext.BaseDirectory, "Fixtures", "small-valid"));
        return MetricsEngine.Compute(read.Dataset!);
    }

    [Fact]
    public void The_zip_holds_the_three_files_compute_writes_byte_for_byte()
    {
        var results = Results();
        var folder = Path.Combine(Path.GetTempPath(), "agglo-archive-" + Guid.NewGuid().ToString("N"));
        try
        {
            MetricsCsvWriter.WriteAll(results, folder);

            using var zip = new ZipArchive(new MemoryStream(MetricTablesArchive.CsvZip(results)));

            Assert.Equal([MetricsCsvWriter.RegionFile, MetricsCsvWriter.AggregateFile, MetricsCsvWriter.WeightsFile],
                zip.Entries.Select(e => e.FullName).ToArray());
            foreach (var entry in zip.Entries)
            {
                using var content = new MemoryStream();
                entry.Open().CopyTo(content);
                Assert.Equal(File.ReadAllBytes(Path.Combine(folder, entry.FullName)), content.ToArray());
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_workbook_has_one_sheet_per_table_with_numeric_cells()
    {
        var results = Results();
        using var stream = new MemoryStream(MetricTablesArchive.Xlsx(results));

        Assert.Equal(["region_metrics", "aggregate_metrics", "entropy_weights"], MiniExcel.GetSheetNames(stream));
        var regional = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "region_metrics").Cast<IDictionary<string, object?>>().ToArray();
        Assert.Equal(["region_code", "year", "metric", "value"], regional[0].Keys.ToArray());
        Assert.Equal(results.Regional.Count, regional.Length);
        var first = results.Regional[0];
        Assert.Equal(first.RegionCode, regional[0]["region_code"]);
        Assert.Equal(first.Metric, regional[0]["metric"]);
        Assert.Equal(first.Value, Convert.ToDouble(regional[0]["value"], CultureInfo.InvariantCulture));
        var weights = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "entropy_weights").Cast<IDictionary<string, object?>>().ToArray();
        Assert.Equal(results.Weights.Count, weights.Length);
        Assert.Equal(results.Weights[0].Weight, Convert.ToDouble(weights[0]["weight"], CultureInfo.InvariantCulture));
    }
}
