namespace AggloDashboard.Core.Metrics;

/// <summary>The agglomeration composite and its coupling with innovation (docs/METRICS.md §5).</summary>
internal static class CouplingStep
{
    public static readonly string[] AgglomerationParts =
        [MetricCodes.LqManufacturing, MetricCodes.LqProducerServices, MetricCodes.Coagglomeration];

    public static void Run(PanelIndex panel, MetricSettings settings, MetricSink sink, CompositeLog log)
    {
        var parts = AgglomerationParts.Select(sink.IndexOf).ToArray();
        var observations = InnovationStep.Complete(panel, (slot, y) => Parts(sink, slot, y, parts));
        CompositeScoring.Score(MetricCodes.AgglomerationU, AgglomerationParts, [1, 1, 1], observations, panel, sink,
            settings.Weighting, log);

        var (u, innovationT) = (sink.IndexOf(MetricCodes.AgglomerationU), sink.IndexOf(MetricCodes.InnovationT));
        var (c, t, d, ratio) = (sink.IndexOf(MetricCodes.CouplingC), sink.IndexOf(MetricCodes.CouplingT),
            sink.IndexOf(MetricCodes.CouplingD), sink.IndexOf(MetricCodes.CouplingRatio));
        foreach (var slot in panel.CitySlots)
        {
            for (var y = 0; y < panel.Years.Count; y++)
            {
                if (!sink.TryGet(slot, y, u, out var agglomeration) || !sink.TryGet(slot, y, innovationT, out var innovation))
                {
                    continue;
                }

                var ccd = CouplingCoordination.Compute([agglomeration, innovation], settings.CouplingAlphas,
                    settings.CouplingForm);
                sink.Add(slot, y, c, ccd.C);
                sink.Add(slot, y, t, ccd.T);
                sink.Add(slot, y, d, ccd.D);
                sink.Add(slot, y, ratio, agglomeration / innovation);
            }
        }
    }

    private static double[]? Parts(MetricSink sink, int slot, int y, int[] parts)
    {
        var values = new double[parts.Length];
        for (var k = 0; k < values.Length; k++)
        {
            if (!sink.TryGet(slot, y, parts[k], out values[k]))
            {
                return null;
            }
        }

        return values;
    }
}
