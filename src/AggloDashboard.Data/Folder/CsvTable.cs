using System.Buffers;
using System.Text.Unicode;
using AggloDashboard.Data.Validation;
using CsvHelper;

namespace AggloDashboard.Data.Folder;

/// <summary>
/// The data rows of one CSV file of a dataset folder. Reading reports what keeps the file from being read
/// as the expected table (missing file, invalid UTF-8, header problems, rows with the wrong field count).
/// </summary>
internal sealed class CsvTable
{
    private CsvTable(IReadOnlyList<CsvTableRow> rows) => Rows = rows;

    /// <summary>The rows that have as many fields as the header.</summary>
    public IReadOnlyList<CsvTableRow> Rows { get; }

    /// <summary>
    /// Reads <paramref name="fileName"/> from <paramref name="folderPath"/>. Returns null when the file cannot be
    /// interpreted at all (missing, not UTF-8, empty, a required column missing), so cross-file checks that
    /// depend on it are skipped instead of reporting every row.
    /// </summary>
    public static CsvTable? Read(string folderPath, string fileName, IReadOnlyList<string> requiredColumns,
        bool extraColumnsAllowed, ProblemLog log)
    {
        var path = Path.Combine(folderPath, fileName);
        if (!File.Exists(path))
        {
            log.Error(fileName, null, null, "file not found");
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        if (FirstInvalidUtf8Line(bytes) is { } badLine)
        {
            log.Error(fileName, badLine, null, "not valid UTF-8 text: save the file as UTF-8");
            return null;
        }

        using var reader = CsvReader.Create(bytes, ReaderOptions(fileName, log));

        var header = reader.Headers.Select(name => name.Trim()).ToArray();
        if (header.Length == 0)
        {
            log.Error(fileName, 1, null, $"the file is empty: expected the header {string.Join(',', requiredColumns)}");
            return null;
        }

        var headerLine = (int)reader.LineNumber;
        if (!HeaderIsUsable(header, headerLine, fileName, requiredColumns, extraColumnsAllowed, log))
        {
            return null;
        }

        var columnIndex = header.Select((name, index) => (name, index)).ToDictionary(c => c.name, c => c.index);
        var rows = new List<CsvTableRow>();
        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            if (reader.FieldCount != header.Length)
            {
                log.Error(fileName, line, null, $"{header.Length} fields expected, {reader.FieldCount} found");
                continue;
            }

            rows.Add(new CsvTableRow(line, columnIndex, reader.Current.ToArray()));
        }

        return new CsvTable(rows);
    }

    private static bool HeaderIsUsable(string[] header, int headerLine, string fileName,
        IReadOnlyList<string> requiredColumns, bool extraColumnsAllowed, ProblemLog log)
    {
        var usable = true;
        var expected = string.Join(',', requiredColumns);
        foreach (var repeated in header.GroupBy(name => name).Where(g => g.Count() > 1))
        {
            log.Error(fileName, headerLine, repeated.Key, "appears more than once in the header");
            usable = false;
        }

        foreach (var missing in requiredColumns.Where(column => !header.Contains(column)))
        {
            log.Error(fileName, headerLine, missing, $"missing from the header (expected {expected})");
            usable = false;
        }

        if (!extraColumnsAllowed)
        {
            foreach (var unknown in header.Where(name => !requiredColumns.Contains(name)).Distinct())
            {
                log.Warning(fileName, headerLine, unknown, $"not a column of {fileName}: ignored (expected {expected})");
            }
        }

        return usable;
    }

    internal static int? FirstInvalidUtf8Line(byte[] bytes)
    {
        var chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var validBytes, out _, replaceInvalidSequences: false);
            return status == OperationStatus.Done ? null : 1 + bytes.AsSpan(0, validBytes).Count((byte)'\n');
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Comma-separated, trimmed, line-numbered reading that logs malformed quoting as an error of the file.</summary>
    internal static CsvReaderOptions ReaderOptions(string fileName, ProblemLog log, bool hasHeader = true) =>
        CsvReaderOptions.Default with
        {
            Separator = ',',
            DetectSeparatorHint = false,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            HasHeader = hasHeader,
            OnMalformedRecord = record => log.Error(fileName, (int)record.LineNumber, null,
                $"malformed quoting ({Describe(record.Reason)})"),
        };

    internal static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field",
        CsvMalformedReason.TextAfterClosingQuote => "text after a closing quote",
        CsvMalformedReason.UnterminatedQuote => "a quoted field that is never closed",
        _ => reason.ToString(),
    };
}
