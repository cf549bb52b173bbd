using AggloDashboard.Core.Policy;
using AggloDashboard.Web.Services;

namespace AggloDashboard.Web.Views;

/// <summary>A city's typologies in a year: every rule that fired, in rule-file order.</summary>
public sealed record CityPolicy(string CityCode, string CityName, IReadOnlyList<FiredRule> Fired);

/// <summary>The cards of the /policy page, from the typologies computed once per snapshot.</summary>
public static class PolicyData
{
    /// <summary>The cities of a province (null: every province) for which a rule (null: any rule) fired, in the order given.</summary>
    public static IReadOnlyList<CityPolicy> Filter(DashboardSnapshot s, IReadOnlyList<CityPolicy> cities, string? provinceCode, string? ruleId) =>
        cities
            .Where(c => provinceCode is null || CityDirectory.ProvinceCode(s.CityByCode[c.CityCode]) == provinceCode)
            .Where(c => ruleId is null || c.Fired.Any(f => f.Rule.Id == ruleId))
            .ToArray();

    /// <summary>Every city of the dataset that has metrics in the year, in dataset order.</summary>
    public static IReadOnlyList<CityPolicy> ForYear(DashboardSnapshot s, IReadOnlyList<CityTypology> typologies, int year, Lang lang)
    {
        var byCity = typologies.Where(t => t.Year == year).ToDictionary(t => t.RegionCode, StringComparer.Ordinal);
        return s.Cities.Where(c => byCity.ContainsKey(c.Code))
            .Select(c => new CityPolicy(c.Code, lang.Pick(c.NameZh, c.NameEn), byCity[c.Code].Fired))
            .ToArray();
    }

    public static string Text(BilingualText text, Lang lang) => lang.Pick(text.Zh, text.En);
}
