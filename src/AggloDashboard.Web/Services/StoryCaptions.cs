namespace AggloDashboard.Web.Services;

/// <summary>The caption a newly saved view starts with, to edit later.</summary>
public static class StoryCaptions
{
    /// <summary>The page's name, then the metric and year of the view when it has them, e.g. "地图 · 创新系统协调度 D · 2023".</summary>
    public static string Default(DashboardSnapshot snapshot, StoryView view, Lang lang)
    {
        var page = view.Path.StartsWith("/city/", StringComparison.Ordinal) && snapshot.CityByCode.TryGetValue(view.Path["/city/".Length..], out var city)
            ? lang.Pick(city.NameZh, city.NameEn)
            : UiText.Get(lang, "nav." + (view.Path == "/" ? "overview" : view.Path.TrimStart('/')));
        string?[] parts = [page, snapshot.Catalog.Find(view.Get("metric"))?.Name(lang), view.Get("year")];
        return string.Join(" · ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
    }
}
