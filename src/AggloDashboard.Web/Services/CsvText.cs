using System.Globalization;
using AggloDashboard.Data.Export;
using CsvHelper;

namespace AggloDashboard.Web.Services;

/// <summary>
/// CSV text for the download buttons: RFC 4180 (CsvHelper), numbers in the invariant culture at full precision,
/// text that a spreadsheet would run as a formula neutralised as in every other export.
/// </summary>
public static class CsvText
{
    private static readonly CsvWriterOptions Options = new() { NewLine = "\r\n" };

    public static string Build(IEnumerable<IEnumerable<string>> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, Options, leaveOpen: true))
        {
            foreach (var row in rows)
            {
                csv.WriteRecord(row.Select(TableExportText.Neutralise).ToArray());
            }
        }

        return text.ToString();
    }

    /// <summary>A value as shortest round-trip invariant text; empty when undefined.</summary>
    public static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";
}
