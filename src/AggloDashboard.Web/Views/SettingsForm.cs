using AggloDashboard.Web.Services;
using System.Globalization;
using AggloDashboard.Core.Metrics;

namespace AggloDashboard.Web.Views;

/// <summary>One indicator's weight as the settings panel edits it.</summary>
public sealed class UserWeightInput(string composite, string compositeName, string code, string name, double weight)
{
    public string Composite { get; } = composite;
    public string CompositeName { get; } = compositeName;
    public string Code { get; } = code;
    public string Name { get; } = name;
    public double Weight { get; set; } = weight;
}

/// <summary>
/// The editable values of the settings panel. <see cref="Build"/> turns them into query values and reads them back
/// through <see cref="MetricSettingsQuery"/>, so the panel and a typed URL are validated by the same rules.
/// </summary>
public sealed class SettingsForm
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private SettingsForm(IReadOnlyList<UserWeightInput> userWeights) => UserWeights = userWeights;

    public CouplingForm Form { get; set; }
    public double[] InnovationAlphas { get; } = new double[3];
    public double[] CouplingAlphas { get; } = new double[2];
    public WeightingMethod Weighting { get; set; }

    /// <summary>A weight for every indicator of every composite, starting from the weights in use.</summary>
    public IReadOnlyList<UserWeightInput> UserWeights { get; }

    public double[] ClassBounds { get; } = new double[CoordinationClasses.Default.Classes.Count];
    public double Tolerance { get; set; }

    /// <summary>The scope as comma-separated province or prefecture codes; empty for the whole dataset.</summary>
    public string Scope { get; set; } = "";

    /// <summary>The panel's starting values: the settings in use and the snapshot's indicator weights.</summary>
    public static SettingsForm From(MetricSettings settings, DashboardSnapshot snapshot, Lang lang)
    {
        var form = new SettingsForm(CoordinationData.Weights(snapshot, lang)
            .Select(w => new UserWeightInput(w.Composite, w.CompositeName, w.IndicatorCode, w.IndicatorName, Math.Round(w.Weight, 4)))
            .ToArray())
        {
            Form = settings.CouplingForm,
            Weighting = settings.Weighting.Method,
            Tolerance = settings.RelativeDevelopmentTolerance,
            Scope = string.Join(',', settings.Scope ?? []),
        };
        Fill(form.InnovationAlphas, settings.InnovationAlphas);
        Fill(form.CouplingAlphas, settings.CouplingAlphas);
        Fill(form.ClassBounds, settings.ClassThresholds.Classes.Select(c => c.UpperBound).ToArray());
        return form;
    }

    /// <summary>The settings these values ask for, and what in them cannot be used.</summary>
    public ParsedSettings Build()
    {
        var d = MetricSettings.Default;
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [MetricSettingsQuery.Form] = Form == CouplingForm.Modified ? "modified" : null,
            [MetricSettingsQuery.InnovationAlphas] = List(InnovationAlphas),
            [MetricSettingsQuery.CouplingAlphas] = List(CouplingAlphas),
            [MetricSettingsQuery.Weighting] = Weighting switch
            {
                WeightingMethod.Equal => "equal",
                WeightingMethod.UserGiven => "user",
                _ => null,
            },
            [MetricSettingsQuery.Weights] = Weighting == WeightingMethod.UserGiven
                ? string.Join(',', UserWeights.Select(w => w.Code + ":" + w.Weight.ToString("R", Inv)))
                : null,
            [MetricSettingsQuery.Classes] = ClassBounds.SequenceEqual(d.ClassThresholds.Classes.Select(c => c.UpperBound)) ? null : List(ClassBounds),
            [MetricSettingsQuery.Tolerance] = Tolerance == d.RelativeDevelopmentTolerance ? null : Tolerance.ToString("R", Inv),
            [MetricSettingsQuery.Scope] = string.IsNullOrWhiteSpace(Scope) ? null : Scope.Trim(),
        };
        return MetricSettingsQuery.Parse(name => values.GetValueOrDefault(name));
    }

    private static void Fill(double[] target, IReadOnlyList<double>? values)
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] = values?[i] ?? Math.Round(1.0 / target.Length, 4);
        }
    }

    private static string List(IEnumerable<double> values) => string.Join(',', values.Select(v => v.ToString("R", Inv)));
}
