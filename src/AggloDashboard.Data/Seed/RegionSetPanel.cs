using System.Text.Json;
using System.Text.Json.Nodes;
using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Boundaries;

namespace AggloDashboard.Data.Seed;

/// <summary>The region sets <c>generate --regions</c> writes an ILLUSTRATIVE panel for.</summary>
public enum RegionSet
{
    /// <summary>Jilin's 9 prefecture-level divisions: the panel of seed-data/, with its boundaries.</summary>
    Jilin,

    /// <summary>Liaoning, Jilin and Heilongjiang with their 36 prefecture-level divisions.</summary>
    Northeast,

    /// <summary>All 367 prefecture-level divisions of ECharts' china-cities.json, under their provinces.</summary>
    National,
}

/// <summary>A generated region-set panel: the dataset with its boundaries, the boundary file name and the NOTICE to write beside it.</summary>
public sealed record RegionSetOutput(Dataset Dataset, string BoundaryFileName, string Notice, EChartsDecoding Decoding);

/// <summary>
/// The ILLUSTRATIVE panel of a <see cref="RegionSet"/>, with boundaries decoded from the ECharts 4.9.0 maps embedded in
/// this assembly (Seed/EChartsMaps, Apache-2.0). The nine Jilin cities keep their calibrated <see cref="JilinProfiles"/>
/// and names; every other city gets <see cref="SyntheticProfiles"/> and the Chinese name of the ECharts map (also as
/// its English name: the map has no romanised names). Not official statistics.
/// </summary>
public static class RegionSetPanel
{
    private const string JilinMap = "jilin.json";
    private const string CitiesMap = "china-cities.json";

    /// <summary>
    /// The province-level divisions: code, Chinese and English name. The municipalities, Hong Kong, Macao and Taiwan
    /// are one feature each in china-cities.json, under their province-level code, so they are prefecture-level
    /// regions of their own without a parent (<see cref="SingleFeatureProvinces"/>).
    /// </summary>
    private static readonly (string Code, string NameZh, string NameEn)[] Provinces =
    [
        ("110000", "北京市", "Beijing"), ("120000", "天津市", "Tianjin"), ("130000", "河北省", "Hebei"),
        ("140000", "山西省", "Shanxi"), ("150000", "内蒙古自治区", "Inner Mongolia"), ("210000", "辽宁省", "Liaoning"),
        ("220000", "吉林省", "Jilin Province"), ("230000", "黑龙江省", "Heilongjiang"), ("310000", "上海市", "Shanghai"),
        ("320000", "江苏省", "Jiangsu"), ("330000", "浙江省", "Zhejiang"), ("340000", "安徽省", "Anhui"),
        ("350000", "福建省", "Fujian"), ("360000", "江西省", "Jiangxi"), ("370000", "山东省", "Shandong"),
        ("410000", "河南省", "Henan"), ("420000", "湖北省", "Hubei"), ("430000", "湖南省", "Hunan"),
        ("440000", "广东省", "Guangdong"), ("450000", "广西壮族自治区", "Guangxi"), ("460000", "海南省", "Hainan"),
        ("500000", "重庆市", "Chongqing"), ("510000", "四川省", "Sichuan"), ("520000", "贵州省", "Guizhou"),
        ("530000", "云南省", "Yunnan"), ("540000", "西藏自治区", "Tibet"), ("610000", "陕西省", "Shaanxi"),
        ("620000", "甘肃省", "Gansu"), ("630000", "青海省", "Qinghai"), ("640000", "宁夏回族自治区", "Ningxia"),
        ("650000", "新疆维吾尔自治区", "Xinjiang"), ("710000", "台湾省", "Taiwan"), ("810000", "香港特别行政区", "Hong Kong"),
        ("820000", "澳门特别行政区", "Macao"),
    ];

    private static readonly string[] NortheastProvinces = ["210000", "220000", "230000"];

    /// <summary>Province-level divisions that china-cities.json draws as one prefecture-level feature.</summary>
    public static IReadOnlySet<string> SingleFeatureProvinces { get; } =
        new HashSet<string>(["110000", "120000", "310000", "500000", "710000", "810000", "820000"], StringComparer.Ordinal);

    public static RegionSetOutput Generate(RegionSet set, int seed = IllustrativePanelGenerator.DefaultSeed)
    {
        if (set == RegionSet.Jilin)
        {
            var decoded = EChartsMapDecoder.Decode(EmbeddedText(JilinMap));
            var seedPanel = IllustrativePanelGenerator.Generate(seed);
            return new RegionSetOutput(
                new Dataset(seedPanel.Regions, seedPanel.Indicators, seedPanel.Observations, decoded.GeoJson),
                "jilin-prefectures.json", Notice("map/json/province/jilin.json", "jilin-prefectures.json"), decoded);
        }

        var keep = set == RegionSet.National ? (Func<string, bool>)(_ => true) : code => NortheastProvinces.Contains(ProvinceOf(code));
        var map = JsonNode.Parse(EmbeddedText(CitiesMap))!;
        var features = map["features"]!.AsArray();
        foreach (var dropped in features.Where(f => !keep(CodeOf(f!))).ToArray())
        {
            features.Remove(dropped);
        }

        var regions = Regions(features.Select(f => (CodeOf(f!), (string)f!["properties"]!["name"]!)).ToArray());
        var prefectures = regions.Where(r => r.Level == RegionLevel.Prefecture).ToArray();
        var profiles = Profiles(prefectures, seed);
        var decoding = EChartsMapDecoder.Decode(map.ToJsonString());
        var fileName = set == RegionSet.National ? "china-prefectures.json" : "northeast-prefectures.json";
        return new RegionSetOutput(
            IllustrativePanelGenerator.Generate(regions, profiles, decoding.GeoJson, seed),
            fileName, Notice("map/json/china-cities.json", fileName), decoding);
    }

    /// <summary>The provinces that have prefectures in the map, then the prefectures, each under its province.</summary>
    private static Region[] Regions(IReadOnlyList<(string Code, string Name)> cities)
    {
        var seedNames = SeedCatalog.Regions.ToDictionary(r => r.Code, StringComparer.Ordinal);
        var provinces = Provinces.ToDictionary(p => p.Code, StringComparer.Ordinal);
        var parents = cities.Select(c => ProvinceOf(c.Code)).Where(p => !SingleFeatureProvinces.Contains(p)).Distinct()
            .Select(p => new Region(p, provinces[p].NameZh, provinces[p].NameEn, RegionLevel.Province, null));
        var prefectures = cities.Select(c =>
            seedNames.TryGetValue(c.Code, out var seedRegion) ? seedRegion
            : SingleFeatureProvinces.Contains(c.Code) ? new Region(c.Code, provinces[c.Code].NameZh, provinces[c.Code].NameEn, RegionLevel.Prefecture, null)
            : new Region(c.Code, c.Name, c.Name, RegionLevel.Prefecture, ProvinceOf(c.Code)));
        return parents.Concat(prefectures).OrderBy(r => r.Code, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The Jilin profiles for Jilin's cities and synthetic ones for the rest, in code order.</summary>
    private static CityProfile[] Profiles(IReadOnlyList<Region> prefectures, int seed)
    {
        var jilin = JilinProfiles.All.ToDictionary(p => p.Code, StringComparer.Ordinal);
        var others = SyntheticProfiles.For(
                prefectures.Where(p => !jilin.ContainsKey(p.Code))
                    .Select(p => (p.Code, IsHub: p.Code.EndsWith("0100", StringComparison.Ordinal) || SingleFeatureProvinces.Contains(p.Code))),
                seed)
            .ToDictionary(p => p.Code, StringComparer.Ordinal);
        return prefectures.Select(p => jilin.TryGetValue(p.Code, out var profile) ? profile : others[p.Code]).ToArray();
    }

    private static string ProvinceOf(string code) => code[..2] + "0000";

    private static string CodeOf(JsonNode feature) =>
        feature["id"]!.GetValueKind() == JsonValueKind.Number ? feature["id"]!.ToJsonString() : (string)feature["id"]!;

    private static string Notice(string packagePath, string boundaryFile) =>
        $"""
        The boundaries in {boundaryFile} are decoded from
        {packagePath} of the npm package echarts@4.9.0,
        Copyright The Apache Software Foundation, licensed under the Apache License 2.0
        (http://www.apache.org/licenses/LICENSE-2.0). They were decoded to plain
        coordinates on a 5-decimal grid by AggloDashboard's EChartsMapDecoder.

        The panel (regions.csv, indicators.csv, panel.csv) is ILLUSTRATIVE: generated by
        AggloDashboard's generator, not official statistics.

        The NOTICE file of echarts@4.9.0 reads:

        {EmbeddedText("NOTICE").TrimEnd()}

        """;

    private static string EmbeddedText(string name)
    {
        using var stream = typeof(RegionSetPanel).Assembly.GetManifestResourceStream($"{typeof(RegionSetPanel).Namespace}.EChartsMaps.{name}")
                           ?? throw new InvalidOperationException($"the embedded ECharts file {name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
