using System.Globalization;
using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Import.Printed;
using FsCheck.Xunit;

namespace AggloDashboard.Data.Tests.Import.Printed;

/// <summary>The rules for printed values, units, place names and header wordings, one by one.</summary>
public class PrintedReadingTests
{
    [Theory]
    [InlineData("1,183,000", 1183000)]
    [InlineData("１２３．４", 123.4)]
    [InlineData("１，２３４", 1234)]
    [InlineData("12.3*", 12.3)]
    [InlineData("12.3①", 12.3)]
    [InlineData("12.3 ⑩", 12.3)]
    [InlineData(" 7 ", 7)]
    [InlineData("-5.5", -5.5)]
    [InlineData("1.5E+3", 1500)]
    public void A_number_as_printed_is_read(string text, double expected)
    {
        var value = PrintedValue.Read(text);

        Assert.Equal(PrintedValueKind.Number, value.Kind);
        Assert.Equal((decimal)expected, value.Number);
    }

    [Theory]
    [InlineData("")]
    [InlineData("—")]
    [InlineData("——")]
    [InlineData("…")]
    [InlineData("...")]
    [InlineData("-")]
    [InlineData("－")]
    [InlineData("/")]
    [InlineData("空")]
    [InlineData(" … ")]
    public void A_missing_marker_is_a_missing_value_never_a_zero(string text) =>
        Assert.Equal(PrintedValueKind.Missing, PrintedValue.Read(text).Kind);

    [Theory]
    [InlineData("1,5")]
    [InlineData("12,34,567")]
    [InlineData("1.234,5")]
    [InlineData("n/a")]
    [InlineData("约12")]
    public void Text_that_is_no_number_under_these_rules_stays_no_number(string text) =>
        Assert.Equal(PrintedValueKind.NotANumber, PrintedValue.Read(text).Kind);

    [Theory]
    [InlineData("人", "万人", -4)]
    [InlineData("万人", "人", 4)]
    [InlineData("元", "亿元", -8)]
    [InlineData("万元", "亿元", -4)]
    [InlineData("千元", "万元", -1)]
    [InlineData("万美元", "亿美元", -4)]
    [InlineData("件", "项", 0)]
    [InlineData("个", "件", 0)]
    [InlineData("万户", "户", 4)]
    [InlineData("%", "％", 0)]
    [InlineData("吨标准煤/万元", "吨标准煤/万元", 0)]
    public void Units_of_one_kind_convert_by_powers_of_ten(string from, string to, int power) =>
        Assert.Equal(power, PrintedUnit.Parse(from).PowerTo(PrintedUnit.Parse(to)));

    [Theory]
    [InlineData("人", "元")]
    [InlineData("万元", "万美元")]
    [InlineData("%", "人")]
    [InlineData("万件", "万人")]
    [InlineData("吨标准煤/万元", "吨/万元")]
    public void Units_of_different_kinds_do_not_convert(string from, string to) =>
        Assert.Null(PrintedUnit.Parse(from).PowerTo(PrintedUnit.Parse(to)));

    [Theory]
    [InlineData("单位：万人", "万人")]
    [InlineData("计量单位: 亿元", "亿元")]
    [InlineData("Unit: 10 000 persons", "10 000 persons")]
    public void The_unit_line_names_the_unit(string cell, string unit) => Assert.Equal(unit, PrintedUnit.FromUnitLine(cell));

    [Theory]
    [InlineData("从业人员（万人）", "万人")]
    [InlineData("地区生产总值(当年价格，亿元)", "亿元")]
    [InlineData("单位地区生产总值能耗(吨标准煤/万元)", "吨标准煤/万元")]
    [InlineData("年末户籍人口(万人) Total Registered Population (10 000 persons)", "万人")]
    [InlineData("从业人员（年末数）", null)]
    [InlineData("制造业", null)]
    public void A_header_names_its_unit_in_brackets(string header, string? unit) => Assert.Equal(unit, PrintedUnit.FromHeader(header));

    /// <summary>A value printed in 人 with any number of decimals becomes exactly the double the same digits in 万人 parse to.</summary>
    [Property(MaxTest = 300)]
    public bool Converting_a_unit_is_exact(long digits, byte decimals)
    {
        var scale = decimals % 6;
        var magnitude = (int)Math.Abs(digits % int.MaxValue);
        var printed = new decimal(magnitude, 0, 0, digits < 0, (byte)scale);
        var shifted = new decimal(magnitude, 0, 0, digits < 0, (byte)(scale + 4));
        return PrintedUnit.Convert(printed, -4) == double.Parse(shifted.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
               && PrintedUnit.Convert(shifted, 4) == double.Parse(printed.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    [Theory]
    [InlineData("长 春 市", "220100")]
    [InlineData("长春", "220100")]
    [InlineData("Changchun", "220100")]
    [InlineData("长 春 Changchun", "220100")]
    [InlineData("吉林", "220200")]
    [InlineData("延边朝鲜族自治州", "222400")]
    [InlineData("延边州", "222400")]
    [InlineData("延　边", "222400")]
    [InlineData("Yanbian", "222400")]
    [InlineData("222400", "222400")]
    public void A_city_is_found_under_its_printed_names(string label, string code) =>
        Assert.Equal(code, Assert.IsType<PlaceMatch.City>(new PlaceNames(ImportStore.SeedDataset.Regions).Match(label)).Region.Code);

    [Theory]
    [InlineData("全省")]
    [InlineData("全  省")]
    [InlineData("合计")]
    [InlineData("总 计")]
    [InlineData("吉林省")]
    [InlineData("Total")]
    public void A_province_or_total_row_is_recognised(string label) =>
        Assert.IsType<PlaceMatch.Total>(new PlaceNames(ImportStore.SeedDataset.Regions).Match(label));

    [Fact]
    public void Autonomous_prefectures_of_several_nationalities_have_their_short_forms()
    {
        var region = new Region("433100", "湘西土家族苗族自治州", "Xiangxi", RegionLevel.Prefecture, "430000");

        Assert.Contains("湘西州", PlaceNames.NamesOf(region));
        Assert.Contains("湘西", PlaceNames.NamesOf(region));
    }

    [Theory]
    [InlineData("信息传输、计算机服务和软件业", "信息传输、软件和信息技术服务业就业人员")]
    [InlineData("科学研究、技术服务和地质勘查业", "科学研究和技术服务业就业人员")]
    [InlineData("城镇非私营单位从业人员", "城镇单位就业人员")]
    [InlineData("年末单位从业人员数", "城镇单位就业人员")]
    [InlineData("合计", "城镇单位就业人员")]
    public void The_synonym_list_ties_yearbook_wordings_to_the_indicator_names(string printed, string name) =>
        Assert.True(HeaderSynonyms.Default.AreSynonyms(printed, name));

    [Fact]
    public void Every_wording_of_the_synonym_list_belongs_to_one_group_only()
    {
        using var stream = typeof(HeaderSynonyms).Assembly.GetManifestResourceStream(HeaderSynonyms.ResourceName)!;
        using var document = System.Text.Json.JsonDocument.Parse(stream);
        var wordings = document.RootElement.GetProperty("groups").EnumerateArray()
            .SelectMany(g => g.GetProperty("wordings").EnumerateArray().Select(w => HeaderSynonyms.Canonical(w.GetString()!)).Distinct())
            .ToArray();

        Assert.Equal(wordings.Length, wordings.Distinct().Count());
    }
}
