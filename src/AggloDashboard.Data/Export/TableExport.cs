using System.Globalization;
using System.Text;
using AggloDashboard.Core.Domain;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Data.Folder;
using CsvHelper;
using MiniExcelLibs;

namespace AggloDashboard.Data.Export;

/// <summary>A table to export: a name (the sheet, or the CSV file without extension), a header, and rows whose
/// cells are strings, ints, doubles or null (empty).</summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Header, IEnumerable<object?[]> Rows);

/// <summary>
/// Writes tables as UTF-8 CSV (CsvHelper) or .xlsx (MiniExcel). Numbers are written so they read back exactly
/// (round-trip text in CSV, numeric cells in a workbook); text cells pass through <see cref="TableExportText.Neutralise"/>.
/// </summary>
public static class TableExport
{
    private static readonly CsvWriterOptions CsvOptions = new() { NewLine = "\n" };

    public static void WriteCsv(ExportTable table, TextWriter writer)
    {
        using var csv = CsvWriter.Create(writer, CsvOptions, leaveOpen: true);
        csv.WriteRecord(table.Header.Select(TableExportText.Neutralise).ToArray());
        foreach (var row in table.Rows)
        {
            csv.WriteRecord(row.Select(CsvCell).ToArray());
        }
    }

    public static byte[] CsvBytes(ExportTable table)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        WriteCsv(table, text);
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString());
    }

    /// <summary>One worksheet per table, in order.</summary>
    public static void WriteXlsx(IReadOnlyList<ExportTable> tables, Stream stream)
    {
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            sheets[table.Name] = table.Rows.Select(row =>
            {
                var record = new Dictionary<string, object?>(StringComparer.Ordinal);
                for (var i = 0; i < table.Header.Count; i++)
                {
                    record[table.Header[i]] = XlsxCell(i < row.Length ? row[i] : null);
                }

                return (IDictionary<string, object?>)record;
            }).ToList();
        }

        stream.SaveAs(sheets, printHeader: true, excelType: ExcelType.XLSX);
    }

    public static byte[] XlsxBytes(IReadOnlyList<ExportTable> tables)
    {
        using var stream = new MemoryStream();
        WriteXlsx(tables, stream);
        return stream.ToArray();
    }

    /// <summary>The panel in the long format the import reads (<c>region_code,year,indicator,value</c>).</summary>
    public static ExportTable Panel(IEnumerable<Observation> observations) =>
        new("panel", DatasetFolderLayout.PanelColumns,
            observations.Select(o => new object?[] { o.RegionCode, o.Year, o.IndicatorCode, o.Value }));

    public static ExportTable Indicators(Dataset dataset) =>
        new("indicators", DatasetFolderLayout.IndicatorColumns,
            dataset.Indicators.Select(i => new object?[] { i.Code, i.NameZh, i.NameEn, i.Unit, i.Subsystem.ToCode(), i.Direction }));

    public static ExportTable Regions(Dataset dataset) =>
        new("regions", DatasetFolderLayout.RegionColumns,
            dataset.Regions.Select(r => new object?[] { r.Code, r.NameZh, r.NameEn, Store.StoredCodes.ToCode(r.Level), r.ParentCode }));

    /// <summary>The dataset's panel, indicators and regions: what the import reads back (the panel) and what it refers to.</summary>
    public static IReadOnlyList<ExportTable> Dataset(Dataset dataset) => [Panel(dataset.Observations), Indicators(dataset), Regions(dataset)];

    /// <summary>The metric tables of docs/METRICS.md §8.</summary>
    public static IReadOnlyList<ExportTable> Metrics(MetricResults results) =>
    [
        new("region_metrics", ["region_code", "year", "metric", "value"],
            results.Regional.Select(v => new object?[] { v.RegionCode, v.Year, v.Metric, v.Value })),
        new("aggregate_metrics", ["year", "metric", "value"],
            results.Aggregate.Select(v => new object?[] { v.Year, v.Metric, v.Value })),
        new("entropy_weights", ["composite", "indicator", "weight", "entropy"],
            results.Weights.Select(w => new object?[] { w.Composite, w.IndicatorCode, w.Weight, w.Entropy })),
    ];

    private static string CsvCell(object? cell) => cell switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        IFormattable f => TableExportText.Neutralise(f.ToString(null, CultureInfo.InvariantCulture)),
        _ => TableExportText.Neutralise(cell.ToString() ?? ""),
    };

    private static object? XlsxCell(object? cell) => cell switch
    {
        null or double or int => cell,
        string s => TableExportText.Neutralise(s),
        IFormattable f => TableExportText.Neutralise(f.ToString(null, CultureInfo.InvariantCulture)),
        _ => TableExportText.Neutralise(cell.ToString() ?? ""),
    };
}
