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
            var slots = panel.IndicatorSlots(indicators);
            var observations = Complete(panel, (slot, y) => panel.TryGetAll(slot, y, slots));
            CompositeScoring.Score(metric, indicators.Select(i => i.Code).ToArray(),
                indicators.Select(i => i.Direction).ToArray(), observations, panel, sink, settings.Weighting, log);
        }

        var metrics = Subsystems.Select(s => sink.IndexOf(s.Metric)).ToArray();
        var (c, t, d) = (sink.IndexOf(MetricCodes.InnovationC), sink.IndexOf(MetricCodes.InnovationT),
            sink.IndexOf(MetricCodes.InnovationD));
        var scores = new double[Subsystems.Length];
        foreach (var slot in panel.CitySlots)
        {
            for (var y = 0; y < panel.Years.Count; y++)
            {
                if (!TryGetScores(sink, slot, y, metrics, scores))
                {
                    continue;
                }

                var ccd = CouplingCoordination.Compute(scores, settings.InnovationAlphas, settings.CouplingForm);
                sink.Add(slot, y, c, ccd.C);
                sink.Add(slot, y, t, ccd.T);
                sink.Add(slot, y, d, ccd.D);
            }
        }
    }

    /// <summary>Every city-year, city by city and year by year, whose values <paramref name="values"/> finds complete.</summary>
    internal static List<ScoredCityYear> Complete(PanelIndex panel, Func<int, int, double[]?> values)
    {
        var complete = new List<ScoredCityYear>(panel.Cities.Count * panel.Years.Count);
        foreach (var slot in panel.CitySlots)
        {
            for (var y = 0; y < panel.Years.Count; y++)
            {
                if (values(slot, y) is { } row)
                {
                    complete.Add(new ScoredCityYear(slot, y, row));
                }
            }
        }

        return complete;
    }

    private static bool TryGetScores(MetricSink sink, int slot, int y, int[] metrics, double[] scores)
    {
        for (var k = 0; k < metrics.Length; k++)
        {
            if (!sink.TryGet(slot, y, metrics[k], out scores[k]))
            {
                return false;
            }
        }

        return true;
    }
}
