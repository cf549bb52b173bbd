using AggloDashboard.Web.Views;

namespace AggloDashboard.Web.Tables;

/// <summary>The table of the policy page.</summary>
public static class PolicyTables
{
    /// <summary>Every rule that fired for a city in <paramref name="year"/>, with its evidence and directions.</summary>
    public static PageTable Fired(IReadOnlyList<CityPolicy> cities, int year, Lang lang) => PageTable.Of(
        new[] { new[] { UiText.Get(lang, "label.city"), "code", UiText.Get(lang, "label.year"), "rule", UiText.Get(lang, "policy.typology"), UiText.Get(lang, "policy.evidence"), UiText.Get(lang, "policy.directions") } }.Concat(
            cities.SelectMany(c => c.Fired.Select(f => new[]
            {
                c.CityName, c.CityCode, TableText.Int(year), f.Rule.Id,
                PolicyData.Text(f.Rule.Typology, lang),
                f.Evidence.Count == 0 ? UiText.Get(lang, "policy.fallbackEvidence") : string.Join("; ", f.Evidence.Select(e => PolicyData.Text(e.Text, lang))),
                string.Join("; ", f.Directions.Select(d => PolicyData.Text(d.Name, lang))),
            }))));
}
