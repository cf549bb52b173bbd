using System.Globalization;

namespace AggloDashboard.Web;

/// <summary>The interface language: Chinese first, English second.</summary>
public enum Lang
{
    Zh,
    En,
}

public static class LangCodes
{
    public static Lang Parse(string? code) =>
        string.Equals(code, "en", StringComparison.OrdinalIgnoreCase) ? Lang.En : Lang.Zh;

    public static string Code(this Lang lang) => lang == Lang.En ? "en" : "zh";

    public static CultureInfo Culture(this Lang lang) => CultureInfo.GetCultureInfo(lang == Lang.En ? "en-US" : "zh-CN");

    /// <summary>The region's or indicator's name in the language.</summary>
    public static string Pick(this Lang lang, string zh, string en) => lang == Lang.En ? en : zh;
}
