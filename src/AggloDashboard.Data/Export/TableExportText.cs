using System.Globalization;

namespace AggloDashboard.Data.Export;

/// <summary>
/// Keeps spreadsheets from running exported text as a formula: a text cell that begins with =, +, -, @, a tab or a
/// carriage return gets a leading apostrophe. Numbers are left alone (a spreadsheet reads "-5" as a number, and the
/// import must read it back exactly), so only cells that do not parse as a finite number are neutralised.
/// </summary>
public static class TableExportText
{
    private static readonly char[] Triggers = ['=', '+', '-', '@', '\t', '\r'];

    public static string Neutralise(string text) =>
        text.Length > 0 && Triggers.Contains(text[0]) && !IsNumber(text) ? "'" + text : text;

    /// <summary>Undoes <see cref="Neutralise"/> when a file comes back in.</summary>
    public static string Restore(string text) =>
        text.Length > 1 && text[0] == '\'' && Triggers.Contains(text[1]) ? text[1..] : text;

    private static bool IsNumber(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value);
}
