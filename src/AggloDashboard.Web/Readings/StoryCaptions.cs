using AggloDashboard.Web.Services;

namespace AggloDashboard.Web.Readings;

/// <summary>The caption a newly saved view starts with, to edit later.</summary>
public static class StoryCaptions
{
    /// <summary>The page's name, then the metric and year of the view when it has them, e.g. "地图 · 创新系统协调度 D · 2023".</summary>
    public static string Default(DashboardSnapshot snapshot, StoryView view, Lang lang)
    {
        var page = view.Path.StartsWith(CityPrefix, StringComparison.Ordinal)
            ? snapshot.CityByCode.TryGetValue(view.Path[CityPrefix.Length..], out var city) ? lang.Pick(city.NameZh, city.NameEn) : view.Path[CityPrefix.Length..]
            : UiText.Get(lang, PageKey(view.Path));
        string?[] parts = [page, snapshot.Catalog.Find(view.Get("metric"))?.Name(lang), view.Get("year")];
        return string.Join(" · ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
    }

    private const string CityPrefix = "/city/";

    /// <summary>The navigation text of an analysis page a slide can show (<c>StoryPages.Paths</c>).</summary>
    public static string PageKey(string path) => "nav." + (path == "/" ? "overview" : path.TrimStart('/'));
}
