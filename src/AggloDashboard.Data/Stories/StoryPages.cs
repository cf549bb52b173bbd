using System.Text.RegularExpressions;

namespace AggloDashboard.Data.Stories;

/// <summary>The dashboard pages a slide can show: the analysis pages and the city profiles (their routes are part of the URL contract).</summary>
public static partial class StoryPages
{
    public static IReadOnlyList<string> Paths { get; } =
        ["/", "/map", "/trends", "/coordination", "/coupling", "/diagnosis", "/policy", "/drivers", "/disparities", "/spatial", "/shift-share", "/methodology"];

    public static bool IsKnown(string? path) => path is not null && (Paths.Contains(path, StringComparer.Ordinal) || CityPath().IsMatch(path));

    [GeneratedRegex("^/city/[A-Za-z0-9]{1,12}$")]
    private static partial Regex CityPath();
}
