namespace AggloDashboard.Web;

/// <summary>Every fixed text of the interface in Chinese and English.</summary>
public static class UiText
{
    private static readonly Dictionary<string, (string Zh, string En)> Texts = new(StringComparer.Ordinal)
    {
        ["app.title"] = ("产业集聚与创新协调看板", "Agglomeration & Innovation Dashboard"),
        ["nav.overview"] = ("总览", "Overview"),
        ["nav.map"] = ("地图", "Map explorer"),
        ["nav.trends"] = ("趋势", "Trends"),
        ["nav.cities"] = ("城市", "Cities"),
        ["lang.switch"] = ("English", "中文"),
        ["notice.illustrative"] = ("当前数据为示意数据（按固定规则生成），并非官方统计数据。", "These figures are illustrative (generated reproducibly), not official statistics."),
        ["dataset.version"] = ("数据版本", "Dataset version"),
        ["label.year"] = ("年份", "Year"),
        ["label.metric"] = ("指标", "Metric"),
        ["label.cities"] = ("城市", "Cities"),
        ["label.city"] = ("城市", "City"),
        ["label.value"] = ("数值", "Value"),
        ["label.class"] = ("协调等级", "Coordination class"),
        ["label.rank"] = ("排名", "Rank"),
        ["label.province"] = ("全省", "Province"),
        ["label.provinceMean"] = ("各市平均", "Mean of cities"),
        ["label.from"] = ("起始年", "From"),
        ["label.to"] = ("截止年", "To"),
        ["label.smallMultiples"] = ("分城市小图", "Small multiples"),
        ["label.noData"] = ("该年份无数据", "No data for this year"),
        ["action.play"] = ("播放", "Play"),
        ["action.pause"] = ("暂停", "Pause"),
        ["action.downloadCsv"] = ("下载 CSV", "Download CSV"),
        ["action.compare"] = ("与其他城市比较", "Compare with other cities"),
        ["action.openProfile"] = ("查看城市档案", "Open city profile"),
        ["group.Agglomeration"] = ("产业集聚", "Agglomeration"),
        ["group.Innovation"] = ("创新协调", "Innovation coordination"),
        ["group.Coupling"] = ("集聚—创新耦合", "Agglomeration × innovation"),
        ["overview.title"] = ("总览", "Overview"),
        ["overview.ranking"] = ("城市排名", "City ranking"),
        ["overview.map"] = ("全省分布", "Province map"),
        ["overview.reading"] = ("解读", "Reading"),
        ["card.hubLq"] = ("长春生产性服务业区位熵", "Producer-services LQ of the hub"),
        ["card.stages"] = ("各协调阶段城市数", "Cities per coordination stage"),
        ["card.cv"] = ("城市间差异（变异系数）", "Between-city gap (CV)"),
        ["stage.Low"] = ("低水平", "low"),
        ["stage.Medium"] = ("中等水平", "medium"),
        ["stage.High"] = ("高水平", "high"),
        ["trend.narrowing"] = ("差距缩小", "gap narrowing"),
        ["trend.widening"] = ("差距扩大", "gap widening"),
        ["trend.stable"] = ("基本稳定", "about stable"),
        ["reading.trend.narrowing"] = ("呈缩小趋势", "narrowing"),
        ["reading.trend.widening"] = ("呈扩大趋势", "widening"),
        ["reading.trend.stable"] = ("基本稳定", "about stable"),
        ["map.title"] = ("地图浏览", "Map explorer"),
        ["map.unavailable"] = ("该数据集没有边界文件，无法绘制地图。", "This dataset has no boundary file, so no map can be drawn."),
        ["trends.title"] = ("时间趋势", "Trends over time"),
        ["city.title"] = ("城市档案", "City profile"),
        ["city.subsystems"] = ("创新三子系统", "The three innovation subsystems"),
        ["city.classByYear"] = ("历年协调等级", "Coordination class by year"),
        ["city.allMetrics"] = ("全部指标", "All metrics"),
        ["city.notFound"] = ("没有这个城市。", "There is no such city."),
        ["error.title"] = ("出错了", "Something went wrong"),
        ["error.body"] = ("页面遇到问题，请刷新重试。问题已记录。", "The page ran into a problem. Please reload; the problem was logged."),
        ["loading"] = ("正在连接…", "Connecting…"),
    };

    public static string Get(Lang lang, string key) =>
        Texts.TryGetValue(key, out var t) ? (lang == Lang.En ? t.En : t.Zh) : key;

    public static IEnumerable<string> Keys => Texts.Keys;
}
