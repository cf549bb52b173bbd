using System.Globalization;

namespace AggloDashboard.Core.Metrics;

/// <summary>A setting that could not be used, with the reason in both languages.</summary>
public sealed record SettingProblem(string Parameter, string Value, string ReasonZh, string ReasonEn);

/// <summary>The settings a text asks for and the parts of it that could not be used (which then keep their defaults).</summary>
public sealed record ParsedSettings(MetricSettings Settings, IReadOnlyList<SettingProblem> Problems);

/// <summary>
/// The metric settings as name=value text, the same in the dashboard's URL and the command line's <c>--settings</c>:
/// <c>ccd=modified</c>, <c>alpha=</c>α of input,output,benefit, <c>calpha=</c>α of agglomeration,innovation (each set summing
/// to 1 within 0.001, then rescaled to exactly 1; equal α are the default),
/// <c>weighting=equal|user</c> with <c>w=code:weight,...</c>, <c>classes=</c>ten upper bounds of D, <c>tol=</c>the
/// relative-development tolerance, <c>scope=</c>province or prefecture codes (<c>scope=220000</c>,
/// <c>scope=220100,230100</c>). Only settings that differ from the contract's defaults are written.
/// </summary>
public static class MetricSettingsText
{
    public const string Form = "ccd";
    public const string InnovationAlphas = "alpha";
    public const string CouplingAlphas = "calpha";
    public const string Weighting = "weighting";
    public const string Weights = "w";
    public const string Classes = "classes";
    public const string Tolerance = "tol";
    public const string Scope = "scope";

    public static IReadOnlyList<string> Names { get; } = [Form, InnovationAlphas, CouplingAlphas, Weighting, Weights, Classes, Tolerance, Scope];

    // Four decimals typed by hand (0.3333 × 3) must pass; the accepted weights are then rescaled to sum to exactly 1.
    private const double SumTolerance = 1e-3;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The settings from the values <paramref name="get"/> gives by name (null when absent).</summary>
    public static ParsedSettings Parse(Func<string, string?> get)
    {
        var problems = new List<SettingProblem>();
        var settings = MetricSettings.Default;

        if (Present(get(Form)) is { } form)
        {
            if (string.Equals(form, "modified", StringComparison.OrdinalIgnoreCase)) settings = settings with { CouplingForm = CouplingForm.Modified };
            else if (!string.Equals(form, "standard", StringComparison.OrdinalIgnoreCase))
                problems.Add(new(Form, form, "应为 standard 或 modified", "must be standard or modified"));
        }

        if (Present(get(InnovationAlphas)) is { } alpha && Alphas(InnovationAlphas, alpha, 3, problems) is { } innovation)
            settings = settings with { InnovationAlphas = innovation };
        if (Present(get(CouplingAlphas)) is { } calpha && Alphas(CouplingAlphas, calpha, 2, problems) is { } coupling)
            settings = settings with { CouplingAlphas = coupling };
        if (WeightingOf(get(Weighting), get(Weights), problems) is { } weighting)
            settings = settings with { Weighting = weighting };
        if (Present(get(Classes)) is { } classes && ClassesOf(classes, problems) is { } thresholds)
            settings = settings with { ClassThresholds = thresholds };
        if (Present(get(Tolerance)) is { } tol)
        {
            if (double.TryParse(tol, NumberStyles.Float, Inv, out var t) && double.IsFinite(t) && t is >= 0 and <= 1)
                settings = settings with { RelativeDevelopmentTolerance = t };
            else problems.Add(new(Tolerance, tol, "应为 0 到 1 之间的数", "must be a number from 0 to 1"));
        }

        if (Present(get(Scope)) is { } scope)
        {
            var codes = scope.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (codes.Length > 0 && codes.All(c => c.Length == 6 && c.All(char.IsAsciiDigit)))
                settings = settings with { Scope = codes.Distinct().Order(StringComparer.Ordinal).ToArray() };
            else problems.Add(new(Scope, scope, "应为以逗号分隔的 6 位行政区划代码（省或地级市）", "must be comma-separated 6-digit region codes (provinces or prefectures)"));
        }

        return new ParsedSettings(settings, problems);
    }

    /// <summary>The values of the settings that differ from the defaults, in a fixed order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string?>> ToValues(MetricSettings settings)
    {
        var d = MetricSettings.Default;
        var values = new List<KeyValuePair<string, string?>>();
        if (settings.CouplingForm != d.CouplingForm) values.Add(new(Form, "modified"));
        if (settings.InnovationAlphas is { } a) values.Add(new(InnovationAlphas, List(a)));
        if (settings.CouplingAlphas is { } c) values.Add(new(CouplingAlphas, List(c)));
        if (settings.Weighting.Method == WeightingMethod.Equal) values.Add(new(Weighting, "equal"));
        if (settings.Weighting.Method == WeightingMethod.UserGiven)
        {
            values.Add(new(Weighting, "user"));
            values.Add(new(Weights, string.Join(',', settings.Weighting.UserWeights.Select(w => w.Key + ":" + w.Value.ToString("R", Inv)))));
        }

        var bounds = settings.ClassThresholds.Classes.Select(k => k.UpperBound).ToArray();
        if (!bounds.SequenceEqual(d.ClassThresholds.Classes.Select(k => k.UpperBound))) values.Add(new(Classes, List(bounds)));
        if (settings.RelativeDevelopmentTolerance != d.RelativeDevelopmentTolerance)
            values.Add(new(Tolerance, settings.RelativeDevelopmentTolerance.ToString("R", Inv)));
        if (settings.Scope is { Count: > 0 } scope) values.Add(new(Scope, string.Join(',', scope)));
        return values;
    }

    /// <summary>
    /// The settings of <c>name=value&amp;...</c> text, as copied from the dashboard's address bar (anything up to a
    /// <c>?</c> is ignored, values are URL-decoded, other names such as <c>year</c> are ignored).
    /// </summary>
    public static ParsedSettings ParseText(string text)
    {
        var query = text[(text.IndexOf('?', StringComparison.Ordinal) + 1)..];
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var cut = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(cut < 0 ? pair : pair[..cut]);
            values[name] = Uri.UnescapeDataString(cut < 0 ? "" : pair[(cut + 1)..].Replace('+', ' '));
        }

        return Parse(name => values.GetValueOrDefault(name));
    }

    /// <summary>Whether the settings are the contract's defaults.</summary>
    public static bool IsDefault(MetricSettings settings) => ToValues(settings).Count == 0;

    private static string? Present(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string List(IEnumerable<double> values) => string.Join(',', values.Select(v => v.ToString("R", Inv)));

    private static double[]? Numbers(string text) =>
        text.Split(',', StringSplitOptions.TrimEntries) is var parts &&
        parts.All(p => double.TryParse(p, NumberStyles.Float, Inv, out var x) && double.IsFinite(x))
            ? parts.Select(p => double.Parse(p, NumberStyles.Float, Inv)).ToArray()
            : null;

    private static double[]? Alphas(string name, string text, int count, List<SettingProblem> problems)
    {
        var values = Numbers(text);
        if (values is null || values.Length != count || values.Any(v => v < 0))
        {
            problems.Add(new(name, text, $"应为 {count} 个以逗号分隔的非负数", $"must be {count} comma-separated numbers ≥ 0"));
            return null;
        }

        var sum = values.Sum();
        if (Math.Abs(sum - 1) > SumTolerance)
        {
            problems.Add(new(name, text, "权重之和应为 1", "the weights must sum to 1"));
            return null;
        }

        var rescaled = values.Select(v => v / sum).ToArray();
        return rescaled.All(v => Math.Abs(v - 1.0 / count) < 1e-12) ? null : rescaled;
    }

    private static IndicatorWeighting? WeightingOf(string? method, string? weights, List<SettingProblem> problems)
    {
        switch (Present(method)?.ToLowerInvariant())
        {
            case null or "entropy":
                return null;
            case "equal":
                return IndicatorWeighting.Equal;
            case "user" when Present(weights) is { } text && UserWeights(text) is { } parsed:
                return IndicatorWeighting.UserGiven(parsed);
            case "user":
                problems.Add(new(Weights, weights ?? "", "应为“指标代码:正数”以逗号分隔", "must be comma-separated code:weight pairs with positive weights"));
                return null;
            default:
                problems.Add(new(Weighting, method!, "应为 entropy、equal 或 user", "must be entropy, equal or user"));
                return null;
        }
    }

    private static Dictionary<string, double>? UserWeights(string text)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var pair in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var cut = pair.LastIndexOf(':');
            if (cut <= 0 || !double.TryParse(pair[(cut + 1)..], NumberStyles.Float, Inv, out var w) || !(w > 0) || !double.IsFinite(w) ||
                !result.TryAdd(pair[..cut].Trim(), w))
            {
                return null;
            }
        }

        return result;
    }

    private static CoordinationClasses? ClassesOf(string text, List<SettingProblem> problems)
    {
        var values = Numbers(text);
        if (values is null || values.Length != CoordinationClasses.Default.Classes.Count)
        {
            problems.Add(new(Classes, text, "应为 10 个以逗号分隔的上限值", "must be 10 comma-separated upper bounds"));
            return null;
        }

        try
        {
            return new CoordinationClasses(values);
        }
        catch (ArgumentException)
        {
            problems.Add(new(Classes, text, "上限值应严格递增，且最后一个不小于 1", "the bounds must increase strictly and the last must be at least 1"));
            return null;
        }
    }
}
