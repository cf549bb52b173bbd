using AggloDashboard.Data.Stories;
using Microsoft.AspNetCore.WebUtilities;

namespace AggloDashboard.Web.Services;

/// <summary>A saved view: a dashboard page and its query string, kept without <c>lang</c> so it shows in either language.</summary>
public sealed record StoryView(string Path, string Query)
{
    /// <summary>The view of a URL or a path-and-query, or null when it is not a page a story can show.</summary>
    public static StoryView? Parse(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(new Uri("http://localhost"), url, out var uri) || !StoryPages.IsKnown(uri.AbsolutePath))
        {
            return null;
        }

        var values = QueryHelpers.ParseQuery(uri.Query).Where(kv => kv.Key != "lang")
            .ToDictionary(kv => kv.Key, kv => (string?)kv.Value.ToString());
        return new StoryView(uri.AbsolutePath, QueryHelpers.AddQueryString("", values).TrimStart('?'));
    }

    public string? Get(string key) =>
        QueryHelpers.ParseQuery(Query).TryGetValue(key, out var value) ? value.ToString() : null;

    /// <summary>The page's URL in <paramref name="lang"/>, with the year replaced when <paramref name="year"/> is given.</summary>
    public string Url(Lang lang, int? year = null)
    {
        var values = QueryHelpers.ParseQuery(Query).ToDictionary(kv => kv.Key, kv => (string?)kv.Value.ToString());
        if (year is { } y)
        {
            values["year"] = y.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        values["lang"] = lang.Code();
        return QueryHelpers.AddQueryString(Path, values);
    }

    /// <summary>The path and query without a language, as <c>/present?view=</c> takes it.</summary>
    public string PathAndQuery => Query.Length == 0 ? Path : Path + "?" + Query;
}
