using System.Globalization;

namespace AggloDashboard.Data.Import.Printed;

/// <summary>What a printed cell holds once read: a number, a missing-value marker, or text that is not a number.</summary>
internal enum PrintedValueKind
{
    Number,
    Missing,
    NotANumber,
}

/// <summary>
/// A yearbook cell's text read as the yearbooks print values. The number is kept as a decimal so a change of unit
/// (万人 → 人) is exact before the one conversion to double.
/// </summary>
/// <param name="Repairs">What had to be changed to read the number (full-width digits, thousands separators, a
/// footnote marker), for the preview; empty when the text was a plain number.</param>
internal sealed record PrintedValue(PrintedValueKind Kind, decimal Number, string Text, IReadOnlyList<string> Repairs)
{
    /// <summary>
    /// Yearbook markers for "no figure": — and … (not available), - and / (not applicable), 空 (blank), in their
    /// half- and full-width forms. They are missing values, never zeros.
    /// </summary>
    public static IReadOnlySet<string> MissingMarkers { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "—", "——", "–", "-", "－", "--", "…", "……", "...", "/", "／", "空",
    };

    private static readonly string FootnoteMarks = "*＊#＃△▲①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳¹²³⁴⁵⁶⁷⁸⁹⁰";

    /// <summary>
    /// Reads <paramref name="text"/>: full-width characters become ASCII, thousands separators ("1,183,000") and
    /// spaces go, trailing footnote markers ("12.3*", "12.3①") go; a missing marker or an empty cell is
    /// <see cref="PrintedValueKind.Missing"/>. A comma is a thousands separator only between groups of three digits,
    /// so "1,5" stays not a number rather than becoming 15.
    /// </summary>
    public static PrintedValue Read(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || MissingMarkers.Contains(trimmed))
        {
            return new PrintedValue(PrintedValueKind.Missing, 0m, text, []);
        }

        var repairs = new List<string>();
        var ascii = PrintedNames.ToHalfWidth(trimmed);
        if (ascii != trimmed)
        {
            repairs.Add("full-width characters");
        }

        var withoutMarks = ascii.TrimEnd().TrimEnd(FootnoteMarks.ToCharArray()).TrimEnd();
        if (withoutMarks.Length < ascii.Length && withoutMarks.Length > 0)
        {
            repairs.Add($"footnote marker '{ascii[withoutMarks.Length..].Trim()}'");
        }

        var compact = withoutMarks.Replace(" ", "").Replace("\u00a0", "");
        if (compact.Contains(',') && IsGroupedByThousands(compact))
        {
            compact = compact.Replace(",", "");
            repairs.Add("thousands separators");
        }

        if (MissingMarkers.Contains(compact))
        {
            return new PrintedValue(PrintedValueKind.Missing, 0m, text, repairs);
        }

        return TryParseDecimal(compact, out var number)
            ? new PrintedValue(PrintedValueKind.Number, number, text, repairs)
            : new PrintedValue(PrintedValueKind.NotANumber, 0m, text, repairs);
    }

    /// <summary>The shortest decimal that a double round-trips to (how a workbook's numeric cell prints).</summary>
    public static bool TryParseDecimal(string text, out decimal number) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number);

    private static bool IsGroupedByThousands(string text)
    {
        var unsigned = text.TrimStart('-', '+');
        var point = unsigned.IndexOf('.');
        var integer = point < 0 ? unsigned : unsigned[..point];
        var groups = integer.Split(',');
        return groups[0].Length is >= 1 and <= 3 && groups[0].All(char.IsAsciiDigit)
               && groups.Skip(1).All(g => g.Length == 3 && g.All(char.IsAsciiDigit))
               && (point < 0 || !unsigned[(point + 1)..].Contains(','));
    }
}
