namespace AggloDashboard.Data.Folder;

/// <summary>One data row of a <see cref="CsvTable"/>, its fields looked up by column name.</summary>
internal sealed class CsvTableRow(int line, IReadOnlyDictionary<string, int> columnIndex, string[] fields)
{
    /// <summary>The 1-based physical line where the row starts.</summary>
    public int Line { get; } = line;

    public string this[string column] => fields[columnIndex[column]];

    /// <summary>The field of an optional column, or null when the file has no such column.</summary>
    public string? Optional(string column) => columnIndex.TryGetValue(column, out var index) ? fields[index] : null;
}
