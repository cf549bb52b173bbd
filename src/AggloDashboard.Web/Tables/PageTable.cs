using System.Globalization;
using AggloDashboard.Data.Export;
using AggloDashboard.Web.Services;

namespace AggloDashboard.Web.Tables;

/// <summary>
/// A table a page shows, as its download menu gives it: the first row is the header, every cell the text the CSV
/// holds. In the workbook a cell that is an invariant finite number becomes a numeric cell; other text is
/// neutralised like every other export.
/// </summary>
public sealed class PageTable
{
    private readonly IReadOnlyList<string[]> _rows;

    private PageTable(IReadOnlyList<string[]> rows) => _rows = rows;

    public static PageTable Of(IEnumerable<IEnumerable<string>> rows) => new(rows.Select(r => r.ToArray()).ToArray());

    /// <summary>The header, then the rows, as the CSV holds them.</summary>
    internal IReadOnlyList<string[]> Rows => _rows;

    public string Csv() => CsvText.Build(_rows);

    /// <summary>One sheet named after <paramref name="sheetName"/> (cut to Excel's 31 characters, without []:*?/\).</summary>
    public byte[] Xlsx(string sheetName) => TableExport.XlsxBytes([ToExportTable(sheetName)]);

    public ExportTable ToExportTable(string sheetName)
    {
        var header = _rows.Count == 0 ? [] : UniqueHeader(_rows[0]);
        var rows = _rows.Skip(1).Select(r => r.Select(Cell).ToArray());
        return new ExportTable(SheetName(sheetName), header, rows);
    }

    internal static string SheetName(string name)
    {
        var clean = new string(name.Select(c => "[]:*?/\\".Contains(c) ? '_' : c).ToArray());
        return clean.Length == 0 ? "table" : clean[..Math.Min(31, clean.Length)];
    }

    // A workbook row is keyed by its column names: a repeated name would drop a column.
    private static string[] UniqueHeader(string[] header)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return header.Select(h =>
        {
            var name = h;
            for (var n = 2; !seen.Add(name); n++)
            {
                name = $"{h} ({n})";
            }

            return name;
        }).ToArray();
    }

    private static object? Cell(string text) =>
        text.Length == 0 ? null
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) ? number
        : text;
}
