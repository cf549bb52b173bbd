using AggloDashboard.Core.Domain;

namespace AggloDashboard.Core.Metrics;

/// <summary>Innovation subsystem scores and their coupling coordination (docs/METRICS.md §4).</summary>
internal static class InnovationStep
{
    public static readonly (Subsystem Subsystem, string Metric)[] Subsystems =
    [
        (Subsystem.InnovationInput, MetricCodes.InnovationInput),
        (Subsystem.InnovationOutput, MetricCodes.InnovationOutput),
        (Subsystem.InnovationBenefit, MetricCodes.InnovationBenefit),
    ];

    public static void Run(PanelIndex panel, MetricSettings settings, MetricSink sink, CompositeLog log)
    {
        foreach (var (subsystem, metric) in Subsystems)
        {
            var indicators = panel.Indicators(subsystem);
            var observations = CityYears(panel).Select(cy => (cy.City, cy.Year, panel.TryGetAll(cy.City, cy.Year, indicators)));
            CompositeScoring.Score(metric, indicators.Select(i => i.Code).ToArray(),
                indicators.Select(i => i.Direction).ToArray(), observations, sink, settings.Weighting, log);
        }

        var scores = new double[Subsystems.Length];
        foreach (var (city, year) in CityYears(panel))
        {
            if (!TryGetScores(sink, city, year, scores))
            {
                continue;
            }

            var ccd = CouplingCoordination.Compute(scores, settings.InnovationAlphas, settings.CouplingForm);
            sink.Add(city, year, MetricCodes.InnovationC, ccd.C);
            sink.Add(city, year, MetricCodes.InnovationT, ccd.T);
            sink.Add(city, year, MetricCodes.InnovationD, ccd.D);
        }
    }

    internal static IEnumerable<(string City, int Year)> CityYears(PanelIndex panel) =>
        panel.Cities.SelectMany(city => panel.Years.Select(year => (city, year)));

    private static bool TryGetScores(MetricSink sink, string city, int year, double[] scores)
    {
        for (var k = 0; k < Subsystems.Length; k++)
        {
            if (!sink.TryGet(city, year, Subsystems[k].Metric, out scores[k]))
            {
                return false;
            }
        }

        return true;
    }
}
