using AggloDashboard.Core.Metrics;

namespace AggloDashboard.Web.Services;

/// <summary>
/// The metric settings in the query string (<see cref="MetricSettingsText"/>), so a view with non-default
/// settings can be shared as a link and every page follows them.
/// </summary>
public static class MetricSettingsQuery
{
    public const string Form = MetricSettingsText.Form;
    public const string InnovationAlphas = MetricSettingsText.InnovationAlphas;
    public const string CouplingAlphas = MetricSettingsText.CouplingAlphas;
    public const string Weighting = MetricSettingsText.Weighting;
    public const string Weights = MetricSettingsText.Weights;
    public const string Classes = MetricSettingsText.Classes;
    public const string Tolerance = MetricSettingsText.Tolerance;
    public const string Scope = MetricSettingsText.Scope;

    /// <summary>The settings of a URL's query string.</summary>
    public static ParsedSettings Parse(string uri) => MetricSettingsText.ParseText(uri);

    /// <summary>The settings from the query values <paramref name="get"/> gives by name (null when absent).</summary>
    public static ParsedSettings Parse(Func<string, string?> get) => MetricSettingsText.Parse(get);

    /// <summary>The query values of the settings that differ from the defaults.</summary>
    public static IReadOnlyList<KeyValuePair<string, string?>> ToQuery(MetricSettings settings) => MetricSettingsText.ToValues(settings);

    public static bool IsDefault(MetricSettings settings) => MetricSettingsText.IsDefault(settings);

    /// <summary>Why a setting could not be used, in the interface language.</summary>
    public static string Reason(this SettingProblem problem, Lang lang) => lang.Pick(problem.ReasonZh, problem.ReasonEn);
}
