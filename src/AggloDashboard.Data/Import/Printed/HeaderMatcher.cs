using AggloDashboard.Core.Domain;

namespace AggloDashboard.Data.Import.Printed;

/// <summary>
/// Ties printed headers to the dataset's indicators without a hand-made mapping: by code, Chinese or English name,
/// or the synonym list, trying a total column's group first and a group with its sub-header read together.
/// </summary>
internal sealed class HeaderMatcher(IReadOnlyList<Indicator> indicators, HeaderSynonyms synonyms)
{
    private static readonly string[] TotalWords = ["合计", "总计", "小计", "计", "总数", "total"];

    /// <param name="groups">The header texts above the sub-header, outermost first (area words already removed).</param>
    /// <param name="leaf">The lowest header text of the column.</param>
    /// <param name="title">The table's title with its year and "各市州" wording removed, or null.</param>
    public HeaderMatch Match(IReadOnlyList<string> groups, string leaf, string? title)
    {
        var group = groups.Count > 0 ? groups[^1] : null;
        if (IsTotalWord(leaf))
        {
            if (group is not null && ByName(group) is { } ofGroup)
            {
                return ofGroup with { Source = MappingSource.GroupTotal };
            }

            if (group is null && title is not null && ByName(title) is { } ofTitle)
            {
                return ofTitle with { Source = MappingSource.TableTitle };
            }
        }

        if (ByName(leaf) is { } direct)
        {
            return direct;
        }

        if (group is not null)
        {
            foreach (var joined in new[] { PrintedNames.Key(leaf) + PrintedNames.Key(group), PrintedNames.Key(group) + PrintedNames.Key(leaf) })
            {
                if (ByName(joined) is { } both)
                {
                    return both with { Source = MappingSource.GroupAndSubheader };
                }
            }
        }

        return HeaderMatch.None;
    }

    public static bool IsTotalWord(string text) =>
        TotalWords.Contains(HeaderSynonyms.Canonical(text), StringComparer.OrdinalIgnoreCase);

    /// <summary>The one indicator the label names, or null when none or several do.</summary>
    private HeaderMatch? ByName(string label)
    {
        var canonical = HeaderSynonyms.Canonical(label);
        var english = PrintedNames.EnglishKey(label);
        foreach (var (source, test) in new (MappingSource, Func<Indicator, bool>)[]
                 {
                     (MappingSource.Code, i => string.Equals(i.Code, label.Trim(), StringComparison.Ordinal)),
                     (MappingSource.ChineseName, i => HeaderSynonyms.Canonical(i.NameZh) == canonical),
                     (MappingSource.EnglishName, i => english is not null && HeaderSynonyms.Canonical(i.NameEn) == HeaderSynonyms.Canonical(english)),
                     (MappingSource.Synonym, i => synonyms.AreSynonyms(i.NameZh, label) || synonyms.AreSynonyms(i.NameEn, label)
                                                  || (english is not null && synonyms.AreSynonyms(i.NameEn, english))),
                 })
        {
            var found = indicators.Where(test).Select(i => i.Code).Distinct().ToArray();
            if (found.Length == 1)
            {
                return new HeaderMatch(found[0], source);
            }
        }

        return null;
    }
}
