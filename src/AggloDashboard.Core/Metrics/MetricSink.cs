namespace AggloDashboard.Core.Metrics;

/// <summary>
/// Collects metric values, leaving out undefined (NaN or infinite) ones. City metrics sit in one array indexed by
/// city slot, year index and the metric's place in the metric order.
/// </summary>
internal sealed class MetricSink(PanelIndex panel, IReadOnlyList<string> metricOrder)
{
    private readonly double[] _regional = new double[panel.SlotCount * panel.Years.Count * metricOrder.Count];
    private readonly bool[] _present = new bool[panel.SlotCount * panel.Years.Count * metricOrder.Count];
    private readonly List<AggregateMetricValue> _aggregate = [];

    // ToDictionary refuses a metric code listed twice (two producer-service sectors with one code).
    private readonly Dictionary<string, int> _metricIndex = metricOrder.Select((m, i) => (m, i))
        .ToDictionary(p => p.m, p => p.i, StringComparer.Ordinal);

    public IReadOnlyList<string> MetricOrder => metricOrder;

    /// <summary>The place of <paramref name="metric"/> in <see cref="MetricOrder"/>.</summary>
    public int IndexOf(string metric) => _metricIndex[metric];

    public void Add(int slot, int yearIndex, int metric, double value)
    {
        if (double.IsFinite(value))
        {
            var at = At(slot, yearIndex, metric);
            _regional[at] = value;
            _present[at] = true;
        }
    }

    public void Add(int year, string metric, double value)
    {
        if (double.IsFinite(value))
        {
            _aggregate.Add(new AggregateMetricValue(year, metric, value));
        }
    }

    public bool TryGet(int slot, int yearIndex, int metric, out double value)
    {
        var at = At(slot, yearIndex, metric);
        value = _regional[at];
        return _present[at];
    }

    /// <summary>Every city metric, ordered by city code, year and <see cref="MetricOrder"/>.</summary>
    public RegionMetricValue[] Regional()
    {
        var values = new RegionMetricValue[_present.Count(p => p)];
        var k = 0;
        for (var slot = 0; slot < panel.SlotCount; slot++)
        {
            for (var y = 0; y < panel.Years.Count; y++)
            {
                for (var m = 0; m < metricOrder.Count; m++)
                {
                    if (TryGet(slot, y, m, out var value))
                    {
                        values[k++] = new RegionMetricValue(panel.SlotCodes[slot], panel.Years[y], metricOrder[m], value);
                    }
                }
            }
        }

        return values;
    }

    /// <summary>The values of one metric in one year, in city-code order.</summary>
    public double[] Across(int yearIndex, int metric)
    {
        var count = 0;
        for (var slot = 0; slot < panel.SlotCount; slot++)
        {
            count += _present[At(slot, yearIndex, metric)] ? 1 : 0;
        }

        var values = new double[count];
        var k = 0;
        for (var slot = 0; slot < panel.SlotCount && k < count; slot++)
        {
            if (TryGet(slot, yearIndex, metric, out var value))
            {
                values[k++] = value;
            }
        }

        return values;
    }

    public IReadOnlyList<AggregateMetricValue> Aggregate => _aggregate;

    /// <summary>A lookup of the city metrics over the sink's own arrays (nothing may be added afterwards).</summary>
    public MetricLookup Lookup() => new(panel.SlotCodes, panel.Years, metricOrder, _regional, _present);

    private int At(int slot, int yearIndex, int metric) => (slot * panel.Years.Count + yearIndex) * metricOrder.Count + metric;
}
