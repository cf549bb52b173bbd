namespace AggloDashboard.Core.Metrics;

/// <summary>The agglomeration composite and its coupling with innovation (docs/METRICS.md §5).</summary>
internal static class CouplingStep
{
    public static readonly string[] AgglomerationParts =
        [MetricCodes.LqManufacturing, MetricCodes.LqProducerServices, MetricCodes.Coagglomeration];

    public static void Run(PanelIndex panel, MetricSettings settings, MetricSink sink, CompositeLog log)
    {
        var observations = InnovationStep.CityYears(panel).Select(cy => (cy.City, cy.Year, Parts(sink, cy.City, cy.Year)));
        CompositeScoring.Score(MetricCodes.AgglomerationU, AgglomerationParts, [1, 1, 1], observations, sink,
            settings.Weighting, log);

        foreach (var (city, year) in InnovationStep.CityYears(panel))
        {
            if (!sink.TryGet(city, year, MetricCodes.AgglomerationU, out var agglomeration)
                || !sink.TryGet(city, year, MetricCodes.InnovationT, out var innovation))
            {
                continue;
            }

            var ccd = CouplingCoordination.Compute([agglomeration, innovation], settings.CouplingAlphas,
                settings.CouplingForm);
            sink.Add(city, year, MetricCodes.CouplingC, ccd.C);
            sink.Add(city, year, MetricCodes.CouplingT, ccd.T);
            sink.Add(city, year, MetricCodes.CouplingD, ccd.D);
            sink.Add(city, year, MetricCodes.CouplingRatio, agglomeration / innovation);
        }
    }

    private static double[]? Parts(MetricSink sink, string city, int year)
    {
        var values = new double[AgglomerationParts.Length];
        for (var k = 0; k < values.Length; k++)
        {
            if (!sink.TryGet(city, year, AgglomerationParts[k], out values[k]))
            {
                return null;
            }
        }

        return values;
    }
}
