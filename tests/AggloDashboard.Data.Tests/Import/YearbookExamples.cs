using System.Globalization;
using AggloDashboard.Data.Tests.Boundaries;

namespace AggloDashboard.Data.Tests.Import;

/// <summary>
/// The worked examples of <c>seed-data/examples/</c>: printed the way the Jilin Statistical Yearbook and the China
/// City Statistical Yearbook lay out their tables, holding the illustrative seed's own values with a few changed, so
/// that importing them onto the seed shows what an import does. Illustrative, not official statistics.
/// </summary>
internal static class YearbookExamples
{
    public const string ProvincialFile = "jilin-statistical-yearbook-example.xlsx";
    public const string CityFile = "city-statistical-yearbooks-example.xlsx";

    /// <summary>The one value of <see cref="ProvincialFile"/> that differs from the seed: Changchun's manufacturing in 2023, and its other sectors by as much the other way.</summary>
    public const int ChangedManufacturingPersons = 253_100;

    private static readonly string[] Cities = ["220100", "220200", "220300", "220400", "220500", "220600", "220700", "220800", "222400"];
    private static readonly string[] PrintedNames = ["长 春 市", "吉 林 市", "四 平 市", "辽 源 市", "通 化 市", "白 山 市", "松 原 市", "白 城 市", "延边州"];
    private static readonly string[] SectorCodes =
        ["emp.manufacturing", "emp.ps.transport", "emp.ps.it", "emp.ps.finance", "emp.ps.leasing", "emp.ps.research", "emp.other"];

    public static string Folder => Path.Combine(RepositoryRoot.Path, "seed-data", "examples");

    public static byte[] Provincial() => PrintedWorkbook.Create(ProvincialSheet(2022), ProvincialSheet(2023));

    public static byte[] City() => PrintedWorkbook.Create(CityYearbookSheet(), ChangchunSheet());

    private static readonly Lazy<Dictionary<(string, int, string), decimal>> Seed = new(() => File.ReadLines(Path.Combine(RepositoryRoot.Path, "seed-data", "panel.csv"))
        .Skip(1).Select(l => l.Split(',')).Where(c => c[3].Length > 0)
        .ToDictionary(c => (c[0], int.Parse(c[1], CultureInfo.InvariantCulture), c[2]), c => decimal.Parse(c[3], CultureInfo.InvariantCulture)));

    private static decimal SeedValue(string region, int year, string indicator) => Seed.Value[(region, year, indicator)];

    /// <summary>In 人, as the yearbook prints employment: the 2023 sheet with thousands separators, the 2022 one with plain numbers and the full name of Yanbian.</summary>
    private static PrintedSheet ProvincialSheet(int year)
    {
        var rows = new List<object?[]>
        {
            PrintedTables.Row(9, 0, $"3-12  各市州城镇非私营单位分行业从业人员（{year}年末）（示例数据 illustrative）"),
            PrintedTables.Row(9, 8, "单位：人"),
            new object?[] { "地  区", "城镇非私营单位从业人员" }.Concat(new object?[7]).ToArray(),
            new object?[] { null, "合计" }.Concat(PrintedTables.Sectors).ToArray(),
        };
        var table = Cities.Select(city => new[] { "emp.total" }.Concat(SectorCodes).Select(code => Persons(city, year, code)).ToArray()).ToArray();
        var total = Enumerable.Range(0, 8).Select(c => table.Sum(r => r[c])).ToArray();
        rows.Add(new object?[] { "全  省" }.Concat(total.Select(v => Print(v, year))).ToArray());
        for (var i = 0; i < Cities.Length; i++)
        {
            var name = year == 2022 && Cities[i] == "222400" ? "延边朝鲜族自治州" : PrintedNames[i];
            rows.Add(new object?[] { name }.Concat(table[i].Select(v => Print(v, year))).ToArray());
        }

        rows.Add(PrintedTables.Row(9, 0, "注：本表为示例数据（illustrative，非官方统计），按《吉林统计年鉴》的版式排列；城镇非私营单位不含私营单位和个体户。"));
        rows.Add(PrintedTables.Row(9, 0, "资料来源：AggloDashboard 示例，由 seed-data 的示例面板生成。"));
        return new PrintedSheet($"{year}年", rows.ToArray(), "A1:I1", "A3:A4", "B3:I3");
    }

    private static long Persons(string city, int year, string code)
    {
        var persons = (long)(SeedValue(city, year, code) * 10_000m);
        if ((city, year) != ("220100", 2023))
        {
            return persons;
        }

        var shift = ChangedManufacturingPersons - (long)(SeedValue(city, year, "emp.manufacturing") * 10_000m);
        return code switch { "emp.manufacturing" => persons + shift, "emp.other" => persons - shift, _ => persons };
    }

    private static object Print(long persons, int year) => year == 2023 ? persons.ToString("N0", CultureInfo.InvariantCulture) : persons;

    /// <summary>A China City Statistical Yearbook table: bilingual headers, 全市 / 市辖区 column groups, prefecture-level cities only (no Yanbian).</summary>
    private static PrintedSheet CityYearbookSheet()
    {
        var rows = new List<object?[]>
        {
            PrintedTables.Row(7, 0, "2-10  地区生产总值、人口和外资（2023年）（示例数据 illustrative）"),
            new object?[] { "城  市 City", "地区生产总值(万元) Gross Regional Product (10 000 yuan)", null, "年末户籍人口(万人) Registered Population at Year-end (10 000 persons)", null,
                "当年实际使用外资金额(万美元) Foreign Capital Actually Utilized (USD 10 000)", null },
            new object?[] { null, "全市 Total City", "市辖区 Districts under City", "全市 Total City", "市辖区 Districts under City", "全市 Total City", "市辖区 Districts under City" },
        };
        foreach (var (city, index) in Cities.Take(8).Select((c, i) => (c, i)))
        {
            var gdp = SeedValue(city, 2023, "ctx.gdp") * 10_000m;
            var population = SeedValue(city, 2023, "ctx.population");
            var fdi = SeedValue(city, 2023, "drv.fdi");
            var english = new[] { "Changchun", "Jilin", "Siping", "Liaoyuan", "Tonghua", "Baishan", "Songyuan", "Baicheng" }[index];
            rows.Add([$"{PrintedNames[index].Replace(" 市", "", StringComparison.Ordinal)} {english}", gdp, Math.Round(gdp * 0.6m), population,
                Math.Round(population * 0.45m, 2), fdi, Math.Round(fdi * 0.8m)]);
        }

        rows.Add(PrintedTables.Row(7, 0, "注：示例数据，非官方统计；全市含所辖县（市），市辖区仅含城区。"));
        return new PrintedSheet("2023", rows.ToArray(), "A1:G1", "A2:A3", "B2:C2", "D2:E2", "F2:G2");
    }

    /// <summary>A city yearbook's own sheet: a row per indicator with a 单位 column, a column per year, a section heading and a footnote.</summary>
    private static PrintedSheet ChangchunSheet()
    {
        object? Value(int year, string code, decimal factor = 1m) => SeedValue("220100", year, code) / factor;
        var years = new[] { 2020, 2021, 2022 };
        var patents2022 = SeedValue("220100", 2022, "out.patents") + 28;
        return new PrintedSheet("长春市主要经济指标", [
            ["长春市主要科技指标（示例数据 illustrative）", null, null, null, null],
            ["指  标", "单位", "2020年", "2021年", "2022年"],
            ["一、科技活动", null, null, null, null],
            ["R&D人员", "人", .. years.Select(y => Value(y, "inn.rd_personnel"))],
            ["专利授权量", "件", Value(2020, "out.patents"), Value(2021, "out.patents"), $"{patents2022:N0}①"],
            ["  #发明专利授权量", "件", .. years.Select(y => Value(y, "out.invention_patents"))],
            ["技术合同成交额", "亿元", .. years.Select(y => Value(y, "out.tech_contracts", 10_000m))],
            ["注：①含外观设计专利。示例数据，非官方统计。", null, null, null, null],
        ], "A1:E1");
    }
}
