namespace AggloDashboard.Core.Metrics;

/// <summary>
/// Finds a city metric by region, year and metric code: each key part is looked up in a small table and the three
/// indexes address one array of positions in the value list, so building it hashes no composite keys.
/// </summary>
internal sealed class MetricLookup
{
    private readonly IReadOnlyList<RegionMetricValue> _values;
    private readonly Dictionary<string, int> _regions = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> _years = new();
    private readonly Dictionary<string, int> _metrics = new(StringComparer.Ordinal);

    /// <summary>One more than the value's position in the list; 0 where there is no value.</summary>
    private readonly int[] _positions;

    /// <exception cref="ArgumentException">Two values share a region, year and metric.</exception>
    public MetricLookup(IReadOnlyList<RegionMetricValue> values)
    {
        _values = values;
        // The engine's values come sorted by region and year, so those two are looked up once per run of equal keys.
        var keys = new (int Region, int Year, int Metric)[values.Count];
        var (region, year) = (-1, -1);
        for (var k = 0; k < values.Count; k++)
        {
            var v = values[k];
            if (region < 0 || !string.Equals(v.RegionCode, values[k - 1].RegionCode, StringComparison.Ordinal))
            {
                region = Index(_regions, v.RegionCode);
            }

            if (year < 0 || v.Year != values[k - 1].Year)
            {
                year = Index(_years, v.Year);
            }

            keys[k] = (region, year, Index(_metrics, v.Metric));
        }

        _positions = new int[_regions.Count * _years.Count * _metrics.Count];
        for (var k = 0; k < keys.Length; k++)
        {
            ref var position = ref _positions[At(keys[k].Region, keys[k].Year, keys[k].Metric)];
            if (position != 0)
            {
                var v = values[k];
                throw new ArgumentException($"two values of {v.Metric} for {v.RegionCode} in {v.Year}", nameof(values));
            }

            position = k + 1;
        }
    }

    public double? Get(string region, int year, string metric)
    {
        if (!_regions.TryGetValue(region, out var r) || !_years.TryGetValue(year, out var y)
            || !_metrics.TryGetValue(metric, out var m))
        {
            return null;
        }

        var position = _positions[At(r, y, m)];
        return position == 0 ? null : _values[position - 1].Value;
    }

    private static int Index<T>(Dictionary<T, int> table, T key) where T : notnull
    {
        if (!table.TryGetValue(key, out var index))
        {
            index = table.Count;
            table.Add(key, index);
        }

        return index;
    }

    private int At(int region, int year, int metric) => (region * _years.Count + year) * _metrics.Count + metric;
}
