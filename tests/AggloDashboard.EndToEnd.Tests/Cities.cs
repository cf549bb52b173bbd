namespace AggloDashboard.EndToEnd.Tests;

/// <summary>The 9 prefectures of the bundled illustrative Jilin dataset (seed-data/regions.csv).</summary>
public static class Cities
{
    public static readonly IReadOnlyDictionary<string, (string Zh, string En)> Jilin = new Dictionary<string, (string, string)>
    {
        ["220100"] = ("长春市", "Changchun"),
        ["220200"] = ("吉林市", "Jilin"),
        ["220300"] = ("四平市", "Siping"),
        ["220400"] = ("辽源市", "Liaoyuan"),
        ["220500"] = ("通化市", "Tonghua"),
        ["220600"] = ("白山市", "Baishan"),
        ["220700"] = ("松原市", "Songyuan"),
        ["220800"] = ("白城市", "Baicheng"),
        ["222400"] = ("延边朝鲜族自治州", "Yanbian Korean Autonomous Prefecture"),
    };
}
