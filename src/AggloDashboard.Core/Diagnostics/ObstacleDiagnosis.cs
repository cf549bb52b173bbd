using AggloDashboard.Core.Domain;
using AggloDashboard.Core.Metrics;

namespace AggloDashboard.Core.Diagnostics;

/// <summary>The obstacle degree of one innovation indicator for one city-year, in percent.</summary>
public sealed record IndicatorObstacle(string RegionCode, int Year, Subsystem Subsystem, string IndicatorCode, double Percent);

/// <summary>The summed obstacle degree of one innovation subsystem for one city-year, in percent.</summary>
public sealed record SubsystemObstacle(string RegionCode, int Year, Subsystem Subsystem, double Percent);

/// <summary>
/// Obstacle degrees of the innovation system (docs/METRICS.md §7): every indicator of innov.input, innov.output and
/// innov.benefit together, F_j = α_subsystem × w_j with the α and weights the results were computed with.
/// </summary>
/// <remarks>
/// A city-year is diagnosed only when all three subsystems scored it; one at the best value of every indicator has
/// no obstacles and is left out (see <see cref="ObstacleDegree.Compute"/>).
/// </remarks>
public sealed class ObstacleDiagnosis
{
    private static readonly (Subsystem Subsystem, string Composite)[] InnovationComposites =
    [
        (Subsystem.InnovationInput, MetricCodes.InnovationInput),
        (Subsystem.InnovationOutput, MetricCodes.InnovationOutput),
        (Subsystem.InnovationBenefit, MetricCodes.InnovationBenefit),
    ];

    private ObstacleDiagnosis(IReadOnlyList<IndicatorObstacle> indicators, IReadOnlyList<SubsystemObstacle> subsystems)
    {
        Indicators = indicators;
        Subsystems = subsystems;
    }

    /// <summary>Ordered by region code, year, subsystem (input, output, benefit) and indicator code.</summary>
    public IReadOnlyList<IndicatorObstacle> Indicators { get; }

    /// <summary>Ordered by region code, year and subsystem; each is the sum of its indicators' obstacle degrees.</summary>
    public IReadOnlyList<SubsystemObstacle> Subsystems { get; }

    public static ObstacleDiagnosis Compute(MetricResults results)
    {
        var composites = InnovationComposites
            .Select(c => (c.Subsystem, Detail: results.Composites.SingleOrDefault(d => d.Composite == c.Composite)))
            .ToArray();
        if (composites.Any(c => c.Detail is null))
        {
            return new ObstacleDiagnosis([], []);
        }

        var alphas = results.Settings.InnovationAlphas ?? Enumerable.Repeat(1.0 / composites.Length, composites.Length).ToArray();
        var parts = composites
            .SelectMany((c, k) => c.Detail!.IndicatorCodes.Select((code, j) => (c.Subsystem, Code: code, Factor: alphas[k] * c.Detail.Weights[j])))
            .ToArray();
        var rows = composites.Select(c => c.Detail!.Observations
            .Select((cityYear, o) => (cityYear, Row: c.Detail.Standardised[o]))
            .ToDictionary(p => p.cityYear, p => p.Row)).ToArray();

        var indicators = new List<IndicatorObstacle>();
        var subsystems = new List<SubsystemObstacle>();
        var factors = parts.Select(p => p.Factor).ToArray();
        foreach (var cityYear in rows[0].Keys.Where(cy => rows.All(r => r.ContainsKey(cy)))
                     .OrderBy(cy => cy.RegionCode, StringComparer.Ordinal).ThenBy(cy => cy.Year))
        {
            var standardised = rows.SelectMany(r => r[cityYear]).ToArray();
            if (ObstacleDegree.Compute(factors, standardised) is not { } percents)
            {
                continue;
            }

            var diagnosed = parts.Select((p, j) =>
                new IndicatorObstacle(cityYear.RegionCode, cityYear.Year, p.Subsystem, p.Code, percents[j])).ToArray();
            indicators.AddRange(diagnosed);
            subsystems.AddRange(composites.Select(c => new SubsystemObstacle(cityYear.RegionCode, cityYear.Year,
                c.Subsystem, diagnosed.Where(d => d.Subsystem == c.Subsystem).Sum(d => d.Percent))));
        }

        return new ObstacleDiagnosis(indicators, subsystems);
    }

    /// <summary>The <paramref name="count"/> largest obstacles of a city-year, largest first (ties by indicator code).</summary>
    public IReadOnlyList<IndicatorObstacle> Top(string regionCode, int year, int count) =>
        Indicators.Where(o => o.RegionCode == regionCode && o.Year == year)
            .OrderByDescending(o => o.Percent)
            .ThenBy(o => o.IndicatorCode, StringComparer.Ordinal)
            .Take(count)
            .ToArray();
}
