using AggloDashboard.Web.Services;

namespace AggloDashboard.Web.Components.Shared;

/// <summary>Resolves the query-string state against a dataset: unknown years and metrics fall back to defaults.</summary>
public static class PageQuery
{
    /// <summary>The query names whose values must be whole numbers; any other value is ignored (see <see cref="Int"/>).</summary>
    public static readonly IReadOnlyList<string> IntegerNames = ["year", "from", "to", "story", "slide"];

    /// <summary>
    /// A whole number from the query string, or null when there is none or it is not one (<c>year=abc</c>). Pages bind
    /// such values as text and parse them here: Blazor throws on an <c>int?</c> it cannot parse, losing the whole page.
    /// </summary>
    public static int? Int(string? text) =>
        int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>
    /// The query values of <paramref name="url"/> a page ignores and replaces by its default, as <c>name=value</c>:
    /// a number that is none (<see cref="IntegerNames"/>), a metric the snapshot does not know.
    /// </summary>
    public static IReadOnlyList<string> Ignored(string url, DashboardSnapshot? snapshot)
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(new Uri("http://localhost"), url).Query);
        var ignored = new List<string>();
        foreach (var name in IntegerNames)
        {
            if (query.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) && Int(value) is null)
            {
                ignored.Add($"{name}={value}");
            }
        }

        if (snapshot is not null && query.TryGetValue("metric", out var metric) && !string.IsNullOrEmpty(metric)
            && snapshot.Catalog.Find(metric) is null)
        {
            ignored.Add($"metric={metric}");
        }

        return ignored;
    }

    public static int ResolveYear(DashboardSnapshot snapshot, string? year) => ResolveYear(snapshot, Int(year));

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
