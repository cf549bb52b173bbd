using AggloDashboard.Core.Domain;

namespace AggloDashboard.Data.Import.Printed;

/// <summary>What a row's place label names: a city of the dataset, a province or total row, or nothing known.</summary>
internal abstract record PlaceMatch
{
    public sealed record City(Region Region) : PlaceMatch;

    /// <summary>A total row ("全省", "合计", a province's name); <paramref name="Province"/> when the label names one.</summary>
    public sealed record Total(Region? Province) : PlaceMatch;

    public sealed record Ambiguous(IReadOnlyList<Region> Regions) : PlaceMatch;

    public sealed record Unknown : PlaceMatch;
}

/// <summary>
/// Finds a dataset's regions under the names yearbooks print: the code, the Chinese and English names, spaced
/// ("长 春 市"), the short forms ("长春", "延边州", "延边", "大兴安岭"), a bilingual "长春 Changchun" and the
/// <c>aliases</c> of regions.csv. A prefecture's short form wins over a province's ("吉林" is Jilin city; the
/// province prints as "吉林省" or "全省").
/// </summary>
internal sealed class PlaceNames
{
    private static readonly string[] TotalWords = ["全省", "全区", "全国", "合计", "总计", "全省合计", "全省总计", "总计合计", "total", "province total"];

    private static readonly string[] Nationalities =
    [
        "朝鲜", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎",
        "傈僳", "佤", "畲", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南",
        "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔",
        "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
    ];

    private static readonly string[] EnglishDesignations = [" prefecture", " city", " league", " province", " region"];

    private readonly Dictionary<string, List<Region>> _cities = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Region> _provinces = new(StringComparer.OrdinalIgnoreCase);

    public PlaceNames(IReadOnlyList<Region> regions)
    {
        foreach (var region in regions.Where(r => r.Level == RegionLevel.Prefecture))
        {
            foreach (var name in NamesOf(region))
            {
                var list = _cities.TryGetValue(name, out var found) ? found : _cities[name] = [];
                if (!list.Contains(region))
                {
                    list.Add(region);
                }
            }
        }

        foreach (var province in regions.Where(r => r.Level == RegionLevel.Province))
        {
            foreach (var name in NamesOf(province).Where(n => !_cities.ContainsKey(n)))
            {
                _provinces.TryAdd(name, province);
            }
        }
    }

    public PlaceMatch Match(string label)
    {
        var key = PrintedNames.Key(label);
        if (key.Length == 0)
        {
            return new PlaceMatch.Unknown();
        }

        foreach (var candidate in new[] { key, PrintedNames.EnglishKey(label) }.OfType<string>())
        {
            if (_cities.TryGetValue(candidate, out var cities))
            {
                return cities.Count == 1 ? new PlaceMatch.City(cities[0]) : new PlaceMatch.Ambiguous(cities);
            }

            if (_provinces.TryGetValue(candidate, out var province))
            {
                return new PlaceMatch.Total(province);
            }

            if (TotalWords.Contains(candidate, StringComparer.OrdinalIgnoreCase))
            {
                return new PlaceMatch.Total(null);
            }
        }

        return new PlaceMatch.Unknown();
    }

    /// <summary>The cities whose name (any form) appears in <paramref name="text"/>, longest names first.</summary>
    public IReadOnlyList<Region> CitiesNamedIn(string text)
    {
        var key = PrintedNames.Key(text);
        var found = new List<Region>();
        foreach (var (name, cities) in _cities.Where(kv => PrintedNames.ContainsHan(kv.Key) && kv.Key.Length >= 2)
                     .OrderByDescending(kv => kv.Key.Length))
        {
            var at = key.IndexOf(name, StringComparison.Ordinal);
            if (at >= 0)
            {
                found.AddRange(cities.Where(c => !found.Contains(c)));
                key = key.Remove(at, name.Length);
            }
        }

        return found;
    }

    /// <summary>Every form of a region's name that a yearbook may print, as <see cref="PrintedNames.Key"/> makes them.</summary>
    public static IEnumerable<string> NamesOf(Region region)
    {
        var zh = PrintedNames.Key(region.NameZh);
        var en = region.NameEn.Trim().ToLowerInvariant();
        var names = new List<string> { region.Code, zh, en };
        names.AddRange(ShortForms(zh));
        if (en.Split(' ') is [var first, _, ..] && EnglishDesignations.Any(d => en.EndsWith(d, StringComparison.Ordinal)))
        {
            names.Add(first);
        }

        names.AddRange(region.AliasList().Select(PrintedNames.Key));
        return names.Where(n => n.Length > 0).Distinct();
    }

    /// <summary>"长春市" → "长春"; "延边朝鲜族自治州" → "延边州", "延边"; "大兴安岭地区" → "大兴安岭"; "吉林省" → "吉林".</summary>
    private static IEnumerable<string> ShortForms(string zh)
    {
        foreach (var suffix in new[] { "市", "地区", "盟", "省", "自治区", "特别行政区" })
        {
            if (zh.EndsWith(suffix, StringComparison.Ordinal) && zh.Length - suffix.Length >= 2)
            {
                yield return zh[..^suffix.Length];
            }
        }

        if (zh.EndsWith("自治州", StringComparison.Ordinal))
        {
            var stem = zh[..^"自治州".Length];
            bool stripped;
            do
            {
                stripped = false;
                foreach (var nationality in Nationalities.OrderByDescending(n => n.Length))
                {
                    var ending = nationality + "族";
                    if (stem.EndsWith(ending, StringComparison.Ordinal) && stem.Length - ending.Length >= 2)
                    {
                        stem = stem[..^ending.Length];
                        stripped = true;
                        break;
                    }
                }
            }
            while (stripped);

            yield return stem + "州";
            yield return stem;
        }
    }
}
