using System.Text.RegularExpressions;

namespace AggloDashboard.Data.Import.Printed;

/// <summary>Small readings of printed cells shared by both table orientations.</summary>
internal static partial class PrintedCells
{
    /// <summary>Distinct non-empty texts of a row (a title merged across the row counts once).</summary>
    public static string[] DistinctTexts(ImportRow row) => row.Cells.Where(c => c.Length > 0).Distinct().ToArray();

    /// <summary>"注：", "资料来源", "数据来源", "说明", "备注", "Note", "Source": where the table ends.</summary>
    public static bool IsFootnote(ImportRow row)
    {
        var first = row.Cells.FirstOrDefault(c => c.Length > 0) ?? "";
        return FootnoteStart().IsMatch(PrintedNames.ToHalfWidth(first).TrimStart());
    }

    /// <summary>A year in a header cell: "2019", "2019年", "2019 年", "2019年末".</summary>
    public static int? YearCell(string text)
    {
        var match = YearHeader().Match(PrintedNames.ToHalfWidth(text).Trim());
        return match.Success ? int.Parse(match.Groups["year"].Value) : null;
    }

    /// <summary>A year anywhere in a name or title ("2020年数据", "jilin-2022.csv"), within the panel's years.</summary>
    public static int? YearIn(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var match = YearAnywhere().Match(PrintedNames.ToHalfWidth(text));
        return match.Success && int.TryParse(match.Value, out var year) && year is >= 1949 and <= 2100 ? year : null;
    }

    /// <summary>A table title reduced to the quantity it names: "2019年各市州城镇非私营单位从业人员(年末数)" → "城镇非私营单位从业人员".</summary>
    public static string? TitleConcept(string? title)
    {
        if (title is null)
        {
            return null;
        }

        var text = TableNumber().Replace(PrintedNames.Key(title), "");
        text = YearWords().Replace(text, "");
        text = PrintedNames.WithoutBrackets(RegionWords().Replace(text, ""));
        return text.Length > 0 ? text : null;
    }

    /// <summary>True when every non-empty cell is a unit in brackets or a unit word ("(万人)", "亿元").</summary>
    public static string? UnitOnly(string text)
    {
        var compact = PrintedNames.Key(text);
        var inner = compact.StartsWith('(') && compact.EndsWith(')') ? compact[1..^1] : compact;
        return inner.Length > 0 && PrintedUnit.Parse(inner).IsKnown ? inner : null;
    }

    [GeneratedRegex(@"^(注|资料来源|数据来源|说明|备注|Notes?\b|Sources?\b)", RegexOptions.IgnoreCase)]
    private static partial Regex FootnoteStart();

    [GeneratedRegex(@"^(?<year>(19|20)\d\d)\s*(年|年末|年底)?$")]
    private static partial Regex YearHeader();

    [GeneratedRegex(@"(?<!\d)(19|20)\d\d(?!\d)")]
    private static partial Regex YearAnywhere();

    [GeneratedRegex(@"^(表)?[0-9A-Za-z]+([-－—][0-9]+)+")]
    private static partial Regex TableNumber();

    [GeneratedRegex(@"(19|20)\d\d(-(19|20)\d\d)?年?(末|底|度)?")]
    private static partial Regex YearWords();

    [GeneratedRegex(@"^(各市州|各市\(州\)|各市、州|分市州|分地区|各地区|按地区分|各市|全省各市州|主要)+")]
    private static partial Regex RegionWords();
}
