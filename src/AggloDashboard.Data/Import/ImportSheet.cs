namespace AggloDashboard.Data.Import;

/// <summary>
/// The cells of one CSV file or worksheet as text, row by row. Numbers read from a workbook are written in round-trip
/// form, so parsing the text gives back the same double. <see cref="Rows"/> skips rows whose cells are all empty.
/// </summary>
internal sealed record ImportSheet(string File, string? Sheet, IReadOnlyList<ImportRow> Rows, bool IsWorkbook)
{
    /// <summary>
    /// The cells (1-based row, 0-based column) that hold the value of a merged range they belong to but do not
    /// start: <see cref="Rows"/> repeats a merged range's value in every cell of it.
    /// </summary>
    public IReadOnlySet<(int Row, int Column)> MergedFill { get; init; } = new HashSet<(int, int)>();

    /// <summary>The cell's name as the workbook shows it, e.g. "C4".</summary>
    public static string CellName(int row, int column) => $"{ColumnLetters(column)}{row}";

    /// <summary>The name a problem gives column <paramref name="index"/> (0-based): a letter in a workbook, else the header.</summary>
    public string ColumnName(int index, string header) =>
        IsWorkbook ? (header.Length == 0 ? ColumnLetters(index) : $"{ColumnLetters(index)} ({header})") : header;

    public static string ColumnLetters(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + (n - 1) % 26) + letters;
        }

        return letters;
    }
}

/// <summary>One non-empty row: its 1-based number in the file or sheet, and its cells' trimmed text.</summary>
internal sealed record ImportRow(int Number, IReadOnlyList<string> Cells)
{
    public string this[int index] => index < Cells.Count ? Cells[index] : "";
}
