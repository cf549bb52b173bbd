namespace AggloDashboard.Core.Metrics;

/// <summary>Collects metric values, leaving out undefined (NaN or infinite) ones.</summary>
internal sealed class MetricSink
{
    private readonly Dictionary<(string Region, int Year, string Metric), double> _regional = new();
    private readonly List<AggregateMetricValue> _aggregate = [];

    public void Add(string region, int year, string metric, double value)
    {
        if (double.IsFinite(value))
        {
            _regional[(region, year, metric)] = value;
        }
    }

    public void Add(int year, string metric, double value)
    {
        if (double.IsFinite(value))
        {
            _aggregate.Add(new AggregateMetricValue(year, metric, value));
        }
    }

    public bool TryGet(string region, int year, string metric, out double value) =>
        _regional.TryGetValue((region, year, metric), out value);

    public IEnumerable<RegionMetricValue> Regional =>
        _regional.Select(kv => new RegionMetricValue(kv.Key.Region, kv.Key.Year, kv.Key.Metric, kv.Value));

    public IReadOnlyList<AggregateMetricValue> Aggregate => _aggregate;
}
