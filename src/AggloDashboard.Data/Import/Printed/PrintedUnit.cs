using System.Text.RegularExpressions;

namespace AggloDashboard.Data.Import.Printed;

/// <summary>
/// A unit as yearbooks print it ("万人", "亿元", "万美元", "件"): a magnitude prefix (十, 百, 千, 万, 十万, 百万,
/// 千万, 亿) on a base unit. Units of one kind convert by powers of ten: 人↔万人, 元↔万元↔亿元, 美元↔万美元↔亿美元,
/// 户↔万户; 个, 件 and 项 are all counts; % only to %. Any other unit converts only to itself.
/// </summary>
internal sealed partial record PrintedUnit(string Text, string Kind, int PowerOfTen)
{
    private static readonly (string Prefix, int Power)[] Prefixes =
    [
        ("十万", 5), ("百万", 6), ("千万", 7), ("十", 1), ("百", 2), ("千", 3), ("万", 4), ("亿", 8),
    ];

    private static readonly Dictionary<string, string> KindOfBase = new(StringComparer.Ordinal)
    {
        ["人"] = "people", ["元"] = "yuan", ["美元"] = "usd", ["户"] = "households",
        ["个"] = "count", ["件"] = "count", ["项"] = "count", ["家"] = "units", ["%"] = "percent",
    };

    /// <summary>The unit named by <paramref name="text"/>, spaces and brackets ignored.</summary>
    public static PrintedUnit Parse(string text)
    {
        var compact = Normalise(text);
        if (KindOfBase.TryGetValue(compact, out var plain))
        {
            return new PrintedUnit(compact, plain, 0);
        }

        foreach (var (prefix, power) in Prefixes)
        {
            if (compact.StartsWith(prefix, StringComparison.Ordinal) && KindOfBase.TryGetValue(compact[prefix.Length..], out var kind)
                && kind is not "percent")
            {
                return new PrintedUnit(compact, kind, power);
            }
        }

        return new PrintedUnit(compact, "text:" + compact, 0);
    }

    /// <summary>
    /// The power of ten that turns a value in this unit into <paramref name="target"/>'s (万人 → 人 is +4), or null
    /// when the two cannot be converted.
    /// </summary>
    public int? PowerTo(PrintedUnit target) => Kind == target.Kind ? PowerOfTen - target.PowerOfTen : null;

    /// <summary>Converts exactly in decimal, then rounds once to the nearest double.</summary>
    public static double Convert(decimal value, int power)
    {
        var scaled = value;
        for (var i = 0; i < Math.Abs(power); i++)
        {
            scaled = power > 0 ? scaled * 10m : scaled / 10m;
        }

        return (double)scaled;
    }

    /// <summary>A unit line's text ("单位：万人", "计量单位: 亿元", "Unit: 10 000 persons"), or null.</summary>
    public static string? FromUnitLine(string cell)
    {
        var match = UnitLine().Match(cell.Trim());
        return match.Success ? match.Groups["unit"].Value.Trim() : null;
    }

    /// <summary>
    /// The unit in brackets at the end of a header ("从业人员（万人）", "GDP（当年价格，亿元）", "能耗(吨标准煤/万元)"),
    /// or null when the brackets hold a qualifier such as "（年末数）" rather than a unit.
    /// </summary>
    public static string? FromHeader(string header)
    {
        var match = HeaderUnit().Match(header.Trim());
        if (!match.Success)
        {
            return null;
        }

        var last = match.Groups["unit"].Value.Split([',', '，', '、', ';', '；']).Last().Trim();
        return Parse(last).IsKnown || last.Contains('/') || last.StartsWith('每') ? last : null;
    }

    /// <summary>True when the unit is one of the convertible kinds.</summary>
    public bool IsKnown => !Kind.StartsWith("text:", StringComparison.Ordinal);

    private static string Normalise(string text) => Brackets().Replace(text, "").Replace("％", "%");

    [GeneratedRegex(@"^(计量单位|单位|Unit)\s*[:：]\s*(?<unit>[^,，;；]+?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex UnitLine();

    [GeneratedRegex(@"[（(](?<unit>[^（）()]{1,12})[）)]\s*[A-Za-z0-9 ,.&()\-]*$")]
    private static partial Regex HeaderUnit();

    [GeneratedRegex(@"[\s（）()]")]
    private static partial Regex Brackets();
}
