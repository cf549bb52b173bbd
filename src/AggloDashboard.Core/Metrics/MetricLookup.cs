namespace AggloDashboard.Core.Metrics;

/// <summary>
/// Finds a city metric by region, year and metric code: each key part is looked up in a small table and the three
/// indexes address one array of values, so no composite key is hashed. The engine hands over its own arrays.
/// </summary>
internal sealed class MetricLookup
{
    private readonly Dictionary<string, int> _regions = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> _years = new();
    private readonly Dictionary<string, int> _metrics = new(StringComparer.Ordinal);
    private readonly double[] _values;
    private readonly bool[] _present;

    /// <summary>Over arrays indexed (region · years + year) · metrics + metric, as <see cref="MetricSink"/> keeps them.</summary>
    public MetricLookup(IReadOnlyList<string> regions, IReadOnlyList<int> years, IReadOnlyList<string> metrics,
        double[] values, bool[] present)
    {
        foreach (var region in regions)
        {
            _regions.Add(region, _regions.Count);
        }

        foreach (var year in years)
        {
            _years.Add(year, _years.Count);
        }

        foreach (var metric in metrics)
        {
            _metrics.Add(metric, _metrics.Count);
        }

        (_values, _present) = (values, present);
    }

    /// <exception cref="ArgumentException">Two values share a region, year and metric.</exception>
    public MetricLookup(IReadOnlyList<RegionMetricValue> values)
    {
        foreach (var v in values)
        {
            _regions.TryAdd(v.RegionCode, _regions.Count);
            _years.TryAdd(v.Year, _years.Count);
            _metrics.TryAdd(v.Metric, _metrics.Count);
        }

        _values = new double[_regions.Count * _years.Count * _metrics.Count];
        _present = new bool[_values.Length];
        foreach (var v in values)
        {
            var at = At(_regions[v.RegionCode], _years[v.Year], _metrics[v.Metric]);
            if (_present[at])
            {
                throw new ArgumentException($"two values of {v.Metric} for {v.RegionCode} in {v.Year}", nameof(values));
            }

            (_values[at], _present[at]) = (v.Value, true);
        }
    }

    public double? Get(string region, int year, string metric)
    {
        if (!_regions.TryGetValue(region, out var r) || !_years.TryGetValue(year, out var y)
            || !_metrics.TryGetValue(metric, out var m))
        {
            return null;
        }

        var at = At(r, y, m);
        return _present[at] ? _values[at] : null;
    }

    private int At(int region, int year, int metric) => (region * _years.Count + year) * _metrics.Count + metric;
}
