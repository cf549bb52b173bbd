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

    /// <summary>The path and query without a language, as <c>/present?view=</c> takes it.</summary>
    public string PathAndQuery => Query.Length == 0 ? Path : Path + "?" + Query;
}
