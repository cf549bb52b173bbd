namespace AggloDashboard.Web;

/// <summary>
/// Every fixed text of the interface in Chinese and English, by key; the texts of each area are in a
/// <c>UiText.*.cs</c> file. Names of regions, indicators and metrics come with the data instead (docs/ARCHITECTURE.md).
/// </summary>
public static partial class UiText
{
    private static readonly Dictionary<string, (string Zh, string En)> Texts;

    private static Action<string>? _reportMissing;

    // A static constructor, not a field initializer: the parts' dictionaries live in other files of this partial class,
    // whose initializers run in no stated order, but all of them before this body.
    static UiText()
    {
        Texts = new Dictionary<string, (string Zh, string En)>(StringComparer.Ordinal);
        foreach (var part in new[] { ShellTexts, PageTexts, RegionalTexts, ImportTexts, DataTexts, StoryTexts, MethodTexts })
        {
            foreach (var (key, text) in part)
            {
                if (!Texts.TryAdd(key, text))
                {
                    throw new InvalidOperationException($"The interface text \"{key}\" is defined twice.");
                }
            }
        }
    }

    /// <summary>
    /// The text of <paramref name="key"/> in <paramref name="lang"/>. A key without a text throws, unless
    /// <see cref="ReportMissingKeys"/> was called (production): then it is reported and the key is shown.
    /// </summary>
    public static string Get(Lang lang, string key)
    {
        if (Texts.TryGetValue(key, out var t))
        {
            return lang == Lang.En ? t.En : t.Zh;
        }

        if (_reportMissing is not { } report)
        {
            throw new KeyNotFoundException($"No interface text has the key \"{key}\" (src/AggloDashboard.Web/Localization/UiText.*.cs).");
        }

        report(key);
        return key;
    }

    /// <summary>The text in both languages, Chinese first, for a page that cannot know the reader's language (sign-in, errors).</summary>
    public static string Both(string key, string separator = " ") => Get(Lang.Zh, key) + separator + Get(Lang.En, key);

    /// <summary>From now on a missing key is passed to <paramref name="report"/> and shown as itself; null: it throws again.</summary>
    public static void ReportMissingKeys(Action<string>? report) => _reportMissing = report;

    public static IEnumerable<string> Keys => Texts.Keys;
}
