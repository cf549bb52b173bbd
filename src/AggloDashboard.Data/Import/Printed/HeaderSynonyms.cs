using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AggloDashboard.Data.Import.Printed;

/// <summary>
/// The synonym list of <c>header-synonyms.json</c> (embedded; reviewable in the repository): groups of wordings that
/// yearbooks print for one quantity, including the industry names before GB/T 4754-2011.
/// </summary>
internal sealed partial class HeaderSynonyms
{
    public const string ResourceName = "AggloDashboard.Data.Import.header-synonyms.json";

    private readonly Dictionary<string, int> _groupOf = new(StringComparer.OrdinalIgnoreCase);

    private HeaderSynonyms(IEnumerable<IReadOnlyList<string>> groups)
    {
        var index = 0;
        foreach (var group in groups)
        {
            foreach (var wording in group)
            {
                _groupOf.TryAdd(Canonical(wording), index);
            }

            index++;
        }
    }

    public static HeaderSynonyms Default { get; } = Load();

    /// <summary>True when the two labels are the same wording or wordings of one group.</summary>
    public bool AreSynonyms(string a, string b)
    {
        var (ka, kb) = (Canonical(a), Canonical(b));
        return _groupOf.TryGetValue(ka, out var ga) && _groupOf.TryGetValue(kb, out var gb) && ga == gb;
    }

    /// <summary>
    /// How labels are compared: <see cref="PrintedNames.Key"/>, a trailing bracketed unit or note dropped, and a
    /// trailing 就业人员/从业人员(数) dropped when something is left ("制造业就业人员" and "制造业" compare equal).
    /// </summary>
    public static string Canonical(string label)
    {
        var key = PrintedNames.WithoutBrackets(PrintedNames.Key(label));
        var stripped = EmploymentSuffix().Replace(key, "");
        return (stripped.Length > 0 ? stripped : key).ToLowerInvariant();
    }

    private static HeaderSynonyms Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"the embedded resource {ResourceName} is missing");
        using var document = JsonDocument.Parse(stream);
        return new HeaderSynonyms(document.RootElement.GetProperty("groups").EnumerateArray()
            .Select(g => g.GetProperty("wordings").EnumerateArray().Select(w => w.GetString()!).ToArray()));
    }

    [GeneratedRegex(@"(就业人员|从业人员数|从业人员|就业人数|从业人数)$")]
    private static partial Regex EmploymentSuffix();
}
