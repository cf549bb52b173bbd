using System.Globalization;
using System.IO.Compression;
using AggloDashboard.Data.Export;
using AggloDashboard.Data.Folder;
using AggloDashboard.Data.Validation;
using CsvHelper;
using MiniExcelLibs;

namespace AggloDashboard.Data.Import;

/// <summary>
/// Turns an uploaded CSV (CsvHelper) or .xlsx workbook (MiniExcel) into <see cref="ImportSheet"/>s within the
/// <see cref="ImportLimits"/>, reporting whatever keeps the file from being read: size, type, encoding, quoting,
/// what the workbook unpacks to, cells without a stored value.
/// </summary>
internal static class ImportFileReader
{
    /// <summary>The sheets, or null when the file cannot be read at all (the reasons are in <paramref name="log"/>).</summary>
    /// <param name="sheetNames">Only these worksheets of a workbook; empty means all.</param>
    public static IReadOnlyList<ImportSheet>? Read(string fileName, byte[] bytes, IReadOnlyList<string> sheetNames, ImportLimits limits,
        ProblemLog log, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!ImportLimits.Extensions.Contains(extension))
        {
            log.Error(fileName, null, null,
                $"'{extension}' files cannot be imported: use {string.Join(" or ", ImportLimits.Extensions)}" +
                (extension == ".xls" ? " (save the .xls workbook as .xlsx)" : ""),
                $"无法导入“{extension}”文件：请使用 {string.Join(" 或 ", ImportLimits.Extensions)}" + (extension == ".xls" ? "（请把 .xls 工作簿另存为 .xlsx）" : ""));
            return null;
        }

        if (bytes.Length == 0)
        {
            log.Error(fileName, null, null, "the file is empty (0 bytes)", "文件为空（0 字节）");
            return null;
        }

        if (bytes.LongLength > limits.MaxBytes)
        {
            log.Error(fileName, null, null, $"the file is {ImportLimits.Megabytes(bytes.LongLength)}; the limit is {ImportLimits.Megabytes(limits.MaxBytes)}",
                $"文件大小为 {ImportLimits.Megabytes(bytes.LongLength)}，上限为 {ImportLimits.Megabytes(limits.MaxBytes)}");
            return null;
        }

        return extension == ".csv"
            ? ReadCsv(fileName, bytes, limits, log, cancellationToken)
            : ReadWorkbook(fileName, bytes, sheetNames, limits, log, progress, cancellationToken);
    }

    private static IReadOnlyList<ImportSheet>? ReadCsv(string fileName, byte[] bytes, ImportLimits limits, ProblemLog log, CancellationToken cancellationToken)
    {
        if (CsvTable.FirstInvalidUtf8Line(bytes) is { } badLine)
        {
            log.Error(fileName, badLine, null,
                "not valid UTF-8 text (a GBK/GB18030 or ANSI file?): save the file as \"CSV UTF-8\"",
                "不是有效的 UTF-8 文本（GBK/GB18030 或 ANSI 编码？）：请另存为“CSV UTF-8”");
            return null;
        }

        using var reader = CsvReader.Create(bytes, CsvTable.ReaderOptions(fileName, log, hasHeader: false));
        var rows = new List<ImportRow>();
        var cells = new CellBudget(limits);
        while (reader.Read())
        {
            var fields = reader.Current.ToArray();
            if (!cells.TryTake(fields.Length, rows.Count, cancellationToken))
            {
                log.Error(fileName, (int)reader.LineNumber, null, cells.Refusal, cells.RefusalZh);
                return null;
            }

            var row = fields.Select(c => TableExportText.Restore(c.Trim())).ToArray();
            if (row.Any(c => c.Length > 0))
            {
                rows.Add(new ImportRow((int)reader.LineNumber, row));
            }
        }

        return [new ImportSheet(fileName, null, rows, IsWorkbook: false)];
    }

    private static IReadOnlyList<ImportSheet>? ReadWorkbook(string fileName, byte[] bytes, IReadOnlyList<string> sheetNames, ImportLimits limits,
        ProblemLog log, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        if (bytes is not [(byte)'P', (byte)'K', ..])
        {
            log.Error(fileName, null, null, "not an Excel workbook: a .xlsx file is a zip archive, this one is not (a renamed CSV or .xls?)",
                "不是 Excel 工作簿：.xlsx 文件是 zip 压缩包，此文件不是（是否为改了扩展名的 CSV 或 .xls？）");
            return null;
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("xl/workbook.xml") is null)
            {
                log.Error(fileName, null, null, "not an Excel workbook: this zip archive has no xl/workbook.xml (a renamed .zip?)",
                    "不是 Excel 工作簿：此 zip 压缩包中没有 xl/workbook.xml（是否为改了扩展名的 .zip？）");
                return null;
            }

            using var stream = new MemoryStream(bytes, writable: false);
            var available = MiniExcel.GetSheetNames(stream);
            foreach (var missing in sheetNames.Where(s => !available.Contains(s)))
            {
                log.Error(fileName, null, null, $"no worksheet named '{missing}' (the workbook has {string.Join(", ", available.Select(a => $"'{a}'"))})",
                    $"没有名为“{missing}”的工作表（工作簿中有 {string.Join("、", available.Select(a => $"“{a}”"))}）");
            }

            var chosen = sheetNames.Count == 0 ? available : available.Where(sheetNames.Contains).ToList();
            if (ExpandedSize(zip, chosen) is var expanded && expanded > limits.MaxExpandedBytes)
            {
                log.Error(fileName, null, null,
                    $"the workbook expands to {ImportLimits.Megabytes(expanded)} when its sheets are read, more than the {ImportLimits.Megabytes(limits.MaxExpandedBytes)} allowed " +
                    "(a damaged or hostile file, or sheets that all point at one huge part)",
                    $"读取工作表时工作簿展开为 {ImportLimits.Megabytes(expanded)}，超过允许的 {ImportLimits.Megabytes(limits.MaxExpandedBytes)}（文件损坏或被恶意构造，或多个工作表指向同一个巨大部件）");
                return null;
            }

            var cells = new CellBudget(limits);
            var sheets = new List<ImportSheet>();
            for (var i = 0; i < chosen.Count; i++)
            {
                progress?.Report(new ImportProgress(i + 1, chosen.Count, chosen[i], Parsing: false));
                var sheet = ReadSheet(fileName, bytes, zip, chosen[i], cells, log, cancellationToken);
                if (sheet is null)
                {
                    return null;
                }

                sheets.Add(sheet);
            }

            return sheets;
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or System.Xml.XmlException or FormatException
                                      or NotSupportedException or KeyNotFoundException or IOException or ArgumentException or IndexOutOfRangeException)
        {
            log.Error(fileName, null, null, "the workbook cannot be read: its parts are not as Excel writes them " +
                                            $"(a file made by another program, or damaged?); open it in Excel or LibreOffice and save it as .xlsx ({e.GetType().Name})",
                "无法读取工作簿：其内部结构与 Excel 保存的不同（由其他程序生成或已损坏？）；请用 Excel 或 LibreOffice 打开后另存为 .xlsx");
            return null;
        }
    }

    /// <summary>What reading <paramref name="sheets"/> unpacks: each sheet's part (once per sheet that reads it) and the shared strings.</summary>
    private static long ExpandedSize(ZipArchive zip, IEnumerable<string> sheets)
    {
        var total = zip.GetEntry("xl/sharedStrings.xml")?.Length ?? 0;
        foreach (var sheet in sheets)
        {
            total += WorksheetScan.SheetPart(zip, sheet) is { } part && zip.GetEntry(part) is { } entry ? entry.Length : 0;
        }

        return total;
    }

    /// <summary>The sheet's cells, read once; a merged range's value is repeated in every cell of it; null when a limit was passed.</summary>
    private static ImportSheet? ReadSheet(string fileName, byte[] bytes, ZipArchive zip, string sheet, CellBudget budget, ProblemLog log,
        CancellationToken cancellationToken)
    {
        var cells = QueryCells(bytes, sheet, budget, cancellationToken);
        if (cells is null)
        {
            log.Error(new CellRef(fileName, sheet, null, null), budget.Refusal, budget.RefusalZh);
            return null;
        }

        var scan = WorksheetScan.Read(zip, sheet);
        foreach (var formula in scan.Uncalculated)
        {
            log.Error(new CellRef(fileName, sheet, formula.Row, ImportSheet.ColumnLetters(formula.Column)),
                $"a formula (={formula.Formula}) saved without its calculated value: open the workbook in Excel or LibreOffice and save it, so the values are stored",
                $"公式（={formula.Formula}）保存时没有计算结果：请用 Excel 或 LibreOffice 打开并保存，使数值被保存下来");
        }

        var merged = new HashSet<(int Row, int Column)>();
        foreach (var range in scan.Merged.Where(r => r.FirstRow - 1 < cells.Count))
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

    /// <summary>Every row from A1, as text; index i is row i + 1; null when the cell budget runs out.</summary>
    private static List<string[]>? QueryCells(byte[] bytes, string sheet, CellBudget budget, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        var rows = new List<string[]>();
        foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheet, excelType: ExcelType.XLSX))
        {
            if (!budget.TryTake(row.Count, rows.Count, cancellationToken))
            {
                return null;
            }

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

    /// <summary>The cells left to read over every sheet of one import; checks for cancellation as rows go by.</summary>
    private sealed class CellBudget(ImportLimits limits)
    {
        private long _taken;

        public string Refusal => $"the file holds more than {limits.MaxCells:N0} cells, the most one import reads: split it, or import the long format";

        public string RefusalZh => $"文件超过 {limits.MaxCells:N0} 个单元格，超出单次导入的上限：请拆分文件，或改用长表";

        public bool TryTake(int cells, int rowsSoFar, CancellationToken cancellationToken)
        {
            if (rowsSoFar % 1024 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            _taken += cells;
            return _taken <= limits.MaxCells;
        }
    }
}
