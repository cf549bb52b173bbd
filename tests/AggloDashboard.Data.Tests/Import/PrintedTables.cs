namespace AggloDashboard.Data.Tests.Import;

/// <summary>Sheets laid out as the Jilin Statistical Yearbook and the China City Statistical Yearbook print them.</summary>
internal static class PrintedTables
{
    public static readonly string[] Sectors =
        ["制造业", "交通运输、仓储和邮政业", "信息传输、软件和信息技术服务业", "金融业", "租赁和商务服务业", "科学研究和技术服务业", "其他行业"];

    /// <summary>
    /// 各市州城镇非私营单位分行业从业人员 in 人: a merged title, "单位：人" in the last column, a two-row header with
    /// "地  区" merged down and "城镇非私营单位从业人员" merged over 合计 and the sectors, a "全  省" row first,
    /// "延边州", a footnote and a source line. Row i of <paramref name="cities"/> holds 合计 then the sectors.
    /// </summary>
    public static PrintedSheet JilinEmployment(string sheetName, int year, (string Name, object?[] Values)[] cities, string? unitLine = "单位：人")
    {
        var rows = new List<object?[]>
        {
            Row(10, 0, $"3-12  各市州城镇非私营单位分行业从业人员（{year}年末）"),
            unitLine is null ? Row(10, 9, null) : Row(10, 9, unitLine),
            new object?[] { "地  区", "城镇非私营单位从业人员" }.Concat(Enumerable.Repeat<object?>(null, 7)).ToArray(),
            new object?[] { null, "合计" }.Concat(Sectors).ToArray(),
        };
        var total = new object?[9];
        total[0] = "全  省";
        for (var c = 1; c < 9; c++)
        {
            total[c] = cities.All(city => city.Values[c - 1] is double) ? cities.Sum(city => (double)city.Values[c - 1]!) : null;
        }

        rows.Add(total);
        rows.AddRange(cities.Select(city => new object?[] { city.Name }.Concat(city.Values).ToArray()));
        rows.Add(Row(10, 0, "注：本表为示例数据（illustrative），非官方统计。"));
        rows.Add(Row(10, 0, "资料来源：示例"));
        return new PrintedSheet(sheetName, rows.ToArray(), "A1:I1", "A3:A4", "B3:I3");
    }

    public static object?[] Row(int width, int at, object? value)
    {
        var row = new object?[width];
        row[at] = value;
        return row;
    }

    /// <summary>The nine Jilin cities as the provincial yearbook prints them, with 合计 and the sectors equal to the given base.</summary>
    public static (string Name, object?[] Values)[] NineCities(Func<int, double> baseValue) =>
        new[] { "长 春 市", "吉 林 市", "四 平 市", "辽 源 市", "通 化 市", "白 山 市", "松 原 市", "白 城 市", "延边州" }
            .Select((name, i) =>
            {
                var sectors = Enumerable.Range(0, 7).Select(s => baseValue(i) * (s + 1)).ToArray();
                return (name, new object?[] { sectors.Sum() }.Concat(sectors.Cast<object?>()).ToArray());
            })
            .ToArray();
}
