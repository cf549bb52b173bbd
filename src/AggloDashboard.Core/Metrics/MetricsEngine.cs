using AggloDashboard.Core.Domain;

namespace AggloDashboard.Core.Metrics;

/// <summary>
/// Computes every metric of docs/METRICS.md §1–6 for a dataset. Pure and deterministic: the same dataset and settings
/// give bit-identical results. A value that is undefined for a city-year (missing data, a zero denominator) is
/// left out rather than written as NaN.
/// </summary>
public static class MetricsEngine
{
    public static MetricResults Compute(Dataset dataset, MetricSettings? settings = null)
    {
        settings ??= MetricSettings.Default;
        var panel = new PanelIndex(dataset);
        var order = MetricOrder(panel);
        var sink = new MetricSink(panel, order);
        var composites = new CompositeLog();
        settings.Weighting.RequireKnown(CompositeIndicatorCodes(panel));

        AgglomerationStep.Run(panel, sink);
        InnovationStep.Run(panel, settings, sink, composites);
        CouplingStep.Run(panel, settings, sink, composites);

        var regional = sink.Regional();
        InequalityStep.Run(panel, sink);
        // OrderBy is stable: within a year the Ellison–Glaeser indexes stay ahead of the inequality series.
        var aggregate = sink.Aggregate.OrderBy(a => a.Year).ToArray();
        return new MetricResults(order, regional, aggregate, composites.Weights, composites.Details, settings, sink.Lookup());
    }

    private static HashSet<string> CompositeIndicatorCodes(PanelIndex panel) =>
    [
        .. InnovationStep.Subsystems.SelectMany(s => panel.Indicators(s.Subsystem)).Select(i => i.Code),
        .. CouplingStep.AgglomerationParts,
    ];

    private static string[] MetricOrder(PanelIndex panel) =>
    [
        MetricCodes.LqManufacturing,
        MetricCodes.LqProducerServices,
        .. panel.Indicators(Subsystem.ProducerServices).Select(i => MetricCodes.SectorLq(i.Code)),
        MetricCodes.Coagglomeration,
        MetricCodes.InnovationInput,
        MetricCodes.InnovationOutput,
        MetricCodes.InnovationBenefit,
        MetricCodes.InnovationC,
        MetricCodes.InnovationT,
        MetricCodes.InnovationD,
        MetricCodes.AgglomerationU,
        MetricCodes.CouplingC,
        MetricCodes.CouplingT,
        MetricCodes.CouplingD,
        MetricCodes.CouplingRatio,
    ];
}
