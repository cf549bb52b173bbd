using System.Globalization;
using System.Text;

namespace AggloDashboard.Web.Services;

/// <summary>CSV text for the download buttons: RFC 4180 quoting, numbers in the invariant culture at full precision.</summary>
public static class CsvText
{
    public static string Build(IEnumerable<IEnumerable<string>> rows)
    {
        var sb = new StringBuilder();
        foreach (var row in rows)
        {
            sb.AppendJoin(',', row.Select(Field)).Append("\r\n");
        }

        return sb.ToString();
    }

    public static string Field(string text) =>
        text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    /// <summary>A value as shortest round-trip invariant text; empty when undefined.</summary>
    public static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";
}
