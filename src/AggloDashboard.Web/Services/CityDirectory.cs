using AggloDashboard.Core.Domain;

namespace AggloDashboard.Web.Services;

/// <summary>
/// The cities of a snapshot as the pickers search them: by any part of the Chinese or English name, an alias, the code
/// or the province, grouped by province. Above <see cref="ManyCities"/> the pages show pickers and summaries instead of
/// one element per city (`docs/PERFORMANCE.md`, "Pages at national scale").
/// </summary>
public static class CityDirectory
{
    /// <summary>The most cities a page lists one by one (a menu entry, a chip, a trend line each).</summary>
    public const int ManyCities = 20;

    public static bool HasMany(DashboardSnapshot snapshot) => snapshot.Cities.Count > ManyCities;

    /// <summary>The province a city belongs to: its parent region, or the region its code's first two digits name.</summary>
    public static string ProvinceCode(Region city) => city.ParentCode ?? (city.Code.Length >= 2 ? city.Code[..2] + "0000" : city.Code);

    /// <summary>The province's name in the language, or its code when the dataset does not list it.</summary>
    public static string ProvinceName(DashboardSnapshot snapshot, string provinceCode, Lang lang) =>
        snapshot.Dataset.Regions.FirstOrDefault(r => r.Code == provinceCode) is { } p ? lang.Pick(p.NameZh, p.NameEn) : provinceCode;

    /// <summary>The provinces that have cities, in code order.</summary>
    public static IReadOnlyList<string> Provinces(DashboardSnapshot snapshot) =>
        snapshot.Cities.Select(ProvinceCode).Distinct().Order(StringComparer.Ordinal).ToArray();

    /// <summary>The cities whose names, aliases, code or province contain the text, by province then code; all when the text is blank.</summary>
    public static IReadOnlyList<Region> Search(DashboardSnapshot snapshot, string? text, int max = int.MaxValue)
    {
        var query = text?.Trim() ?? "";
        var matchingProvinces = snapshot.Dataset.Regions
            .Where(r => r.Level == RegionLevel.Province && query.Length > 0 && Matches(r, query))
            .Select(r => r.Code)
            .ToHashSet(StringComparer.Ordinal);
        return snapshot.Cities
            .Where(c => query.Length == 0 || Matches(c, query) || matchingProvinces.Contains(ProvinceCode(c)))
            .OrderBy(ProvinceCode, StringComparer.Ordinal)
            .ThenBy(c => c.Code, StringComparer.Ordinal)
            .Take(max)
            .ToArray();
    }

    private static bool Matches(Region region, string query) =>
        region.NameZh.Contains(query, StringComparison.OrdinalIgnoreCase)
        || region.NameEn.Contains(query, StringComparison.OrdinalIgnoreCase)
        || region.Code.StartsWith(query, StringComparison.Ordinal)
        || region.AliasList().Any(a => a.Contains(query, StringComparison.OrdinalIgnoreCase));
}
