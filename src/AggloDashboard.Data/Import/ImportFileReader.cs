using System.Globalization;
using System.IO.Compression;
using AggloDashboard.Data.Export;
using AggloDashboard.Data.Folder;
using AggloDashboard.Data.Validation;
using CsvHelper;
using MiniExcelLibs;

namespace AggloDashboard.Data.Import;

/// <summary>
/// Turns an uploaded CSV (CsvHelper) or .xlsx workbook (MiniExcel) into <see cref="ImportSheet"/>s, reporting
/// whatever keeps the file from being read: size, type, encoding, quoting, merged cells.
/// </summary>
internal static class ImportFileReader
{
    /// <summary>The sheets, or null when the file cannot be read at all (the reasons are in <paramref name="log"/>).</summary>
    /// <param name="sheetNames">Only these worksheets of a workbook; empty means all.</param>
    public static IReadOnlyList<ImportSheet>? Read(string fileName, byte[] bytes, IReadOnlyList<string> sheetNames, ProblemLog log)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!ImportLimits.Extensions.Contains(extension))
        {
            log.Error(fileName, null, null,
                $"'{extension}' files cannot be imported: use {string.Join(" or ", ImportLimits.Extensions)}" +
                (extension == ".xls" ? " (save the .xls workbook as .xlsx)" : ""));
            return null;
        }

        if (bytes.Length == 0)
        {
            log.Error(fileName, null, null, "the file is empty (0 bytes)");
            return null;
        }

        if (bytes.LongLength > ImportLimits.MaxBytes)
        {
            log.Error(fileName, null, null, $"the file is {Megabytes(bytes.LongLength)}; the limit is {Megabytes(ImportLimits.MaxBytes)}");
            return null;
        }

        return extension == ".csv" ? ReadCsv(fileName, bytes, log) : ReadWorkbook(fileName, bytes, sheetNames, log);
    }

    private static IReadOnlyList<ImportSheet>? ReadCsv(string fileName, byte[] bytes, ProblemLog log)
    {
        if (CsvTable.FirstInvalidUtf8Line(bytes) is { } badLine)
        {
            log.Error(fileName, badLine, null,
                "not valid UTF-8 text (a GBK/GB18030 or ANSI file?): save the file as \"CSV UTF-8\"");
            return null;
        }

        using var reader = CsvReader.Create(bytes, CsvTable.ReaderOptions(fileName, log, hasHeader: false));
        var rows = new List<ImportRow>();
        while (reader.Read())
        {
            var cells = reader.Current.ToArray().Select(c => TableExportText.Restore(c.Trim())).ToArray();
            if (cells.Any(c => c.Length > 0))
            {
                rows.Add(new ImportRow((int)reader.LineNumber, cells));
            }
        }

        return [new ImportSheet(fileName, null, rows, IsWorkbook: false)];
    }

    private static IReadOnlyList<ImportSheet>? ReadWorkbook(string fileName, byte[] bytes, IReadOnlyList<string> sheetNames, ProblemLog log)
    {
        if (bytes is not [(byte)'P', (byte)'K', ..])
        {
            log.Error(fileName, null, null, "not an Excel workbook: a .xlsx file is a zip archive, this one is not (a renamed CSV or .xls?)");
            return null;
        }

        if (!HasWorkbookPart(bytes))
        {
            log.Error(fileName, null, null, "not an Excel workbook: this zip archive has no xl/workbook.xml (a renamed .zip?)");
            return null;
        }

        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var available = MiniExcel.GetSheetNames(stream);
            foreach (var missing in sheetNames.Where(s => !available.Contains(s)))
            {
                log.Error(fileName, null, null, $"no worksheet named '{missing}' (the workbook has {string.Join(", ", available.Select(a => $"'{a}'"))})");
            }

            var chosen = sheetNames.Count == 0 ? available : available.Where(sheetNames.Contains).ToList();
            return chosen.Select(sheet => ReadSheet(fileName, bytes, sheet)).ToArray();
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or System.Xml.XmlException
                                      or FormatException or NotSupportedException or KeyNotFoundException or IOException)
        {
            log.Error(fileName, null, null, $"the workbook cannot be read: {e.Message}");
            return null;
        }
    }

    /// <summary>The sheet's cells, read once; a merged range's value is repeated in every cell of it.</summary>
    private static ImportSheet ReadSheet(string fileName, byte[] bytes, string sheet)
    {
        var cells = QueryCells(bytes, sheet);
        IReadOnlyList<MergedRange> ranges;
        using (var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read))
        {
            ranges = WorkbookMergedRanges.Read(zip, sheet);
        }

        var merged = new HashSet<(int Row, int Column)>();
        foreach (var range in ranges.Where(r => r.FirstRow - 1 < cells.Count))
        {
            var anchor = At(cells, range.FirstRow - 1, range.FirstColumn);
            for (var r = range.FirstRow - 1; r <= range.LastRow - 1 && r < cells.Count; r++)
            {
                for (var c = range.FirstColumn; c <= range.LastColumn; c++)
                {
                    if ((r, c) != (range.FirstRow - 1, range.FirstColumn))
                    {
                        cells[r] = WithCell(cells[r], c, anchor);
                        merged.Add((r + 1, c));
                    }
                }
            }
        }

        var rows = cells.Select((row, index) => new ImportRow(index + 1, row))
            .Where(row => row.Cells.Any(c => c.Length > 0))
            .ToArray();
        return new ImportSheet(fileName, sheet, rows, IsWorkbook: true) { MergedFill = merged };
    }

    private static string At(List<string[]> cells, int row, int column) => column < cells[row].Length ? cells[row][column] : "";

    private static string[] WithCell(string[] row, int column, string value)
    {
        var cells = column < row.Length ? row : row.Concat(Enumerable.Repeat("", column + 1 - row.Length)).ToArray();
        cells[column] = value;
        return cells;
    }

    /// <summary>Every row from A1, as text; index i is row i + 1.</summary>
    private static List<string[]> QueryCells(byte[] bytes, string sheet)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        var rows = new List<string[]>();
        foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheet, excelType: ExcelType.XLSX))
        {
            rows.Add(row.Values.Select(v => TableExportText.Restore(Text(v))).ToArray());
        }

        return rows;
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture).Trim(),
        _ => value.ToString()?.Trim() ?? "",
    };

    private static bool HasWorkbookPart(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return zip.GetEntry("xl/workbook.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024.0):0.#} MB";
}
