using System.Text;
using System.Text.RegularExpressions;

namespace AggloDashboard.Data.Import.Printed;

/// <summary>How printed labels are compared: spacing, full-width forms, bracketed notes and an English gloss ignored.</summary>
internal static partial class PrintedNames
{
    /// <summary>
    /// The label as compared: every kind of space removed ("长 春 市", "全  省"), full-width letters and digits made
    /// ASCII (brackets, colons and commas too), a sub-item mark at the start ("其中：", "#", "＃") removed. A Chinese label followed by its English gloss
    /// ("长春 Changchun") keeps the Chinese part.
    /// </summary>
    public static string Key(string label)
    {
        var text = SubItemMark().Replace(ToHalfWidth(label).Trim(), "");
        if (ContainsHan(text) && EnglishGloss().Match(text) is { Success: true } gloss && gloss.Index > 0)
        {
            text = text[..gloss.Index];
        }

        return Spaces().Replace(text, "");
    }

    /// <summary>The English gloss of a bilingual label ("长春 Changchun" → "changchun"), lower case, or null.</summary>
    public static string? EnglishKey(string label)
    {
        var text = ToHalfWidth(label).Trim();
        var gloss = EnglishGloss().Match(text);
        if (!gloss.Success)
        {
            return ContainsHan(text) ? null : Spaces().Replace(text, " ").Trim().ToLowerInvariant();
        }

        return Spaces().Replace(gloss.Value, " ").Trim().ToLowerInvariant();
    }

    /// <summary><paramref name="label"/>'s key without a trailing bracketed part ("从业人员（万人）" → "从业人员").</summary>
    public static string WithoutBrackets(string key) => TrailingBrackets().Replace(key, "");

    public static bool ContainsHan(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');

    public static string ToHalfWidth(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                >= '\uff01' and <= '\uff5e' => (char)(c - 0xfee0),
                '\u3000' or '\u00a0' => ' ',
                _ => c,
            });
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(其中\s*:?|#+|\s)+")]
    private static partial Regex SubItemMark();

    /// <summary>An English gloss after the last Chinese character or bracket: Latin words, digits, brackets, punctuation.</summary>
    [GeneratedRegex(@"(?<=[\u4e00-\u9fff)])\s*[A-Za-z][A-Za-z0-9 ,.&'()\-/:]*$")]
    private static partial Regex EnglishGloss();

    [GeneratedRegex(@"(\([^()]*\))+$")]
    private static partial Regex TrailingBrackets();
}
