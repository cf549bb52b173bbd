using AggloDashboard.Web.Services;

namespace AggloDashboard.Web.Components.Shared;

/// <summary>Resolves the query-string state against a dataset: unknown years and metrics fall back to defaults.</summary>
public static class PageQuery
{
    public static int ResolveYear(DashboardSnapshot snapshot, int? year) =>
        year is { } y && snapshot.Years.Contains(y) ? y : snapshot.LatestYear;

    public static MetricInfo ResolveMetric(DashboardSnapshot snapshot, string? metric, string fallback) =>
        snapshot.Catalog.Find(metric) ?? snapshot.Catalog.Find(fallback) ?? snapshot.Catalog.All[0];

    public static IReadOnlyList<string> ResolveCities(DashboardSnapshot snapshot, string? cities)
    {
        var known = DashboardQuery.ParseCities(cities).Where(snapshot.CityByCode.ContainsKey).ToArray();
        return known.Length > 0 ? known : snapshot.Cities.Select(c => c.Code).ToArray();
    }
}
