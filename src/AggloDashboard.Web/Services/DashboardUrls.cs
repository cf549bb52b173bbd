using AggloDashboard.Core.Domain;
using AggloDashboard.Core.Metrics;
using Microsoft.AspNetCore.WebUtilities;

namespace AggloDashboard.Web.Services;

/// <summary>The state every page keeps in its query string, so any view can be shared as a link.</summary>
/// <remarks>
/// <see cref="Settings"/> are the metric settings of the view (null: the contract's defaults); every link carries
/// them so that a changed setting is followed by every page.
/// </remarks>
public sealed record DashboardQuery(int? Year = null, string? Metric = null, IReadOnlyList<string>? Cities = null, Lang Lang = Lang.Zh,
    MetricSettings? Settings = null)
{
    public static IReadOnlyList<string> ParseCities(string? cities) =>
        string.IsNullOrWhiteSpace(cities)
            ? []
            : cities.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToArray();
}

/// <summary>The one place that builds the dashboard's URLs (routes are part of the contract).</summary>
public static class DashboardUrls
{
    public const string OverviewPath = "/";
    public const string MapPath = "/map";
    public const string TrendsPath = "/trends";

    public static string Overview(DashboardQuery q) => With(OverviewPath, q);

    public static string Map(DashboardQuery q) => With(MapPath, q);

    public static string Trends(DashboardQuery q, int? from = null, int? to = null, bool smallMultiples = false)
    {
        var url = With(TrendsPath, q);
        var extra = new Dictionary<string, string?>();
        if (from is not null) extra["from"] = from.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (to is not null) extra["to"] = to.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (smallMultiples) extra["multiples"] = "1";
        return QueryHelpers.AddQueryString(url, extra);
    }

    public static string Coordination(DashboardQuery q) => With("/coordination", q);

    public static string Coupling(DashboardQuery q) => With("/coupling", q);

    public static string Diagnosis(DashboardQuery q) => With("/diagnosis", q);

    public static string Policy(DashboardQuery q) => With("/policy", q);

    public static string Methodology(Lang lang, MetricSettings? settings = null) =>
        With("/methodology", new DashboardQuery(Lang: lang, Settings: settings));

    /// <summary>The settings panel, which returns to <paramref name="returnUrl"/> with the chosen settings.</summary>
    public static string Settings(string returnUrl, Lang lang, MetricSettings settings) =>
        QueryHelpers.AddQueryString(With(SettingsPath, new DashboardQuery(Lang: lang, Settings: settings)), ReturnParameter, returnUrl);

    public const string SettingsPath = "/settings";
    public const string ReturnParameter = "return";
    public static string Drivers(DashboardQuery q, IReadOnlyList<string>? drivers = null, bool? lag = null, bool? log = null,
        string? scope = null)
    {
        var extra = new Dictionary<string, string?>();
        if (drivers is { Count: > 0 }) extra["drivers"] = string.Join(',', drivers);
        if (lag is not null) extra["lag"] = lag.Value ? "1" : "0";
        if (log is not null) extra["log"] = log.Value ? "1" : "0";
        if (!string.IsNullOrEmpty(scope)) extra["scope"] = scope;
        return QueryHelpers.AddQueryString(With("/drivers", q), extra);
    }

    public static string Disparities(DashboardQuery q) => With("/disparities", q);

    public const string ShiftSharePath = "/shift-share";

    /// <summary>The shift-share page: <c>from</c>, <c>to</c> (default the first and last year) and <c>method=dynamic</c> (default static).</summary>
    public static string ShiftShare(DashboardQuery q, int? from = null, int? to = null, string? method = null)
    {
        var extra = new Dictionary<string, string?>();
        if (from is not null) extra["from"] = from.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (to is not null) extra["to"] = to.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (method is not null) extra["method"] = method;
        return QueryHelpers.AddQueryString(With(ShiftSharePath, q), extra);
    }

    public static string Spatial(DashboardQuery q, string? weights = null) =>
        weights is null ? With("/spatial", q) : QueryHelpers.AddQueryString(With("/spatial", q), "weights", weights);

    public static string City(string code, DashboardQuery q) => With("/city/" + Uri.EscapeDataString(code), q);

    /// <summary>The printable one-city report (A4).</summary>
    public static string CityReport(string code, DashboardQuery q) => With("/city/" + Uri.EscapeDataString(code) + "/report", q);

    public const string StoriesPath = "/stories";
    public const string PresentPath = "/present";

    public static string Stories(Lang lang) => With(StoriesPath, new DashboardQuery(Lang: lang));

    public static string Story(int storyId, Lang lang) =>
        With(StoriesPath + "/" + storyId.ToString(System.Globalization.CultureInfo.InvariantCulture), new DashboardQuery(Lang: lang));

    /// <summary>A story's slide (1-based) in the presenter; <paramref name="year"/> is the year animation's current year.</summary>
    public static string Present(int storyId, int slide, Lang lang, int? year = null) =>
        QueryHelpers.AddQueryString(PresentPath, new Dictionary<string, string?>
        {
            ["story"] = storyId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["slide"] = slide.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["lang"] = lang.Code(),
            ["year"] = year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(kv => kv.Value is not null));

    /// <summary>One view (a path and query, e.g. <c>/map?metric=couple.d</c>) in the presenter.</summary>
    public static string PresentView(string pathAndQuery, Lang lang, int? year = null) =>
        QueryHelpers.AddQueryString(PresentPath, new Dictionary<string, string?>
        {
            ["view"] = pathAndQuery,
            ["lang"] = lang.Code(),
            ["year"] = year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(kv => kv.Value is not null));

    public const string VersionsPath = "/versions";
    public const string ImportPath = "/import";

    /// <summary>The dataset versions and audit log.</summary>
    public static string Versions(Lang lang) => With(VersionsPath, new DashboardQuery(Lang: lang));

    /// <summary>The import page (administrators).</summary>
    public static string Import(Lang lang) => With(ImportPath, new DashboardQuery(Lang: lang));

    /// <summary>The data browser with its filters, order, page and tab (<see cref="DataBrowserQuery"/>).</summary>
    public static string Data(DataBrowserQuery q)
    {
        var values = new Dictionary<string, string?>();
        if (!string.IsNullOrEmpty(q.City)) values["city"] = q.City;
        if (q.Year is { } year) values["year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!string.IsNullOrEmpty(q.Indicator)) values["indicator"] = q.Indicator;
        if (q.Subsystem is { } subsystem) values["subsystem"] = subsystem.ToCode();
        if (q.Page > 0) values["page"] = q.Page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (q.Sort != AggloDashboard.Data.Store.ObservationSort.Region) values["sort"] = DataBrowserQuery.SortCode(q.Sort);
        if (q.Descending) values["desc"] = "1";
        if (!string.IsNullOrEmpty(q.Tab)) values["tab"] = q.Tab;
        values["lang"] = q.Lang.Code();
        return QueryHelpers.AddQueryString(DataBrowserQuery.Path, values);
    }

    /// <summary>A saved view's page in <paramref name="lang"/>, with the year replaced when <paramref name="year"/> is given.</summary>
    public static string View(StoryView view, Lang lang, int? year = null)
    {
        var values = QueryHelpers.ParseQuery(view.Query).ToDictionary(kv => kv.Key, kv => (string?)kv.Value.ToString());
        if (year is { } y)
        {
            values["year"] = y.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        values["lang"] = lang.Code();
        return QueryHelpers.AddQueryString(view.Path, values);
    }

    /// <summary><paramref name="url"/> with its metric settings replaced by <paramref name="settings"/> (the defaults: none in the URL).</summary>
    public static string WithSettings(string url, MetricSettings settings)
    {
        var uri = new Uri(new Uri("http://localhost"), url);
        var kept = QueryHelpers.ParseQuery(uri.Query)
            .Where(kv => !MetricSettingsText.Names.Contains(kv.Key, StringComparer.Ordinal))
            .Select(kv => new KeyValuePair<string, string?>(kv.Key, kv.Value.ToString()));
        return QueryHelpers.AddQueryString(uri.AbsolutePath, kept.Concat(MetricSettingsQuery.ToQuery(settings)));
    }

    /// <summary>The same page in the other language.</summary>
    public static string SwitchLanguage(string currentUri, Lang target)
    {
        var uri = new Uri(currentUri);
        var query = QueryHelpers.ParseQuery(uri.Query).ToDictionary(kv => kv.Key, kv => (string?)kv.Value.ToString());
        query["lang"] = target.Code();
        return QueryHelpers.AddQueryString(uri.AbsolutePath, query);
    }

    private static string With(string path, DashboardQuery q)
    {
        var values = new Dictionary<string, string?>();
        if (q.Year is not null) values["year"] = q.Year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!string.IsNullOrEmpty(q.Metric)) values["metric"] = q.Metric;
        if (q.Cities is { Count: > 0 }) values["cities"] = string.Join(',', q.Cities);
        values["lang"] = q.Lang.Code();
        var url = QueryHelpers.AddQueryString(path, values);
        return q.Settings is null ? url : QueryHelpers.AddQueryString(url, MetricSettingsQuery.ToQuery(q.Settings));
    }
}
