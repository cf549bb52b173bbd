namespace AggloDashboard.Core.Metrics;

/// <summary>
/// Everything the engine computed for one dataset and one set of settings. City metrics are ordered by region
/// code, year and <see cref="MetricOrder"/>; aggregates by year and the same order.
/// </summary>
public sealed class MetricResults
{
    private readonly MetricLookup _lookup;

    internal MetricResults(IReadOnlyList<string> metricOrder, IReadOnlyList<RegionMetricValue> regional,
        IReadOnlyList<AggregateMetricValue> aggregate, IReadOnlyList<IndicatorWeight> weights, IReadOnlyList<CompositeDetail> composites,
        MetricSettings settings)
        : this(metricOrder, regional, aggregate, weights, composites, settings, new MetricLookup(regional))
    {
    }

    /// <param name="lookup">Finds the values of <paramref name="regional"/>, and no others.</param>
    internal MetricResults(IReadOnlyList<string> metricOrder, IReadOnlyList<RegionMetricValue> regional,
        IReadOnlyList<AggregateMetricValue> aggregate, IReadOnlyList<IndicatorWeight> weights, IReadOnlyList<CompositeDetail> composites,
        MetricSettings settings, MetricLookup lookup)
    {
        MetricOrder = metricOrder;
        Regional = regional;
        Aggregate = aggregate;
        Weights = weights;
        Composites = composites;
        Settings = settings;
        _lookup = lookup;
    }

    /// <summary>The city metric codes in the order of docs/METRICS.md (sector LQs in indicator-code order).</summary>
    public IReadOnlyList<string> MetricOrder { get; }

    public IReadOnlyList<RegionMetricValue> Regional { get; }

    public IReadOnlyList<AggregateMetricValue> Aggregate { get; }

    /// <summary>
    /// The weights applied in innov.input, innov.output, innov.benefit and agglo.u (the entropy weights unless
    /// <see cref="MetricSettings.Weighting"/> chooses otherwise), each with its entropy e_j.
    /// </summary>
    public IReadOnlyList<IndicatorWeight> Weights { get; }

    /// <summary>The same composites with their scored observations and standardised x'.</summary>
    public IReadOnlyList<CompositeDetail> Composites { get; }

    public MetricSettings Settings { get; }

    /// <summary>The value of a city metric, or null when it is undefined for that city-year.</summary>
    public double? Get(string regionCode, int year, string metric) => _lookup.Get(regionCode, year, metric);
}
