using AggloDashboard.Core.Domain;

namespace AggloDashboard.Core.Metrics;

/// <summary>Fast lookup of the present (non-missing) values of the prefecture-level cities.</summary>
internal sealed class PanelIndex
{
    private readonly Dictionary<(string Region, int Year, string Indicator), double> _values = new();

    public PanelIndex(Dataset dataset)
    {
        Cities = dataset.Prefectures.Select(r => r.Code).ToArray();
        var cities = Cities.ToHashSet(StringComparer.Ordinal);
        foreach (var o in dataset.Observations)
        {
            if (o.Value is { } v && cities.Contains(o.RegionCode))
            {
                _values[(o.RegionCode, o.Year, o.IndicatorCode)] = v;
            }
        }

        Years = dataset.Years;
        IndicatorsOf = dataset.Indicators
            .GroupBy(i => i.Subsystem)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Indicator>)g.ToArray());
    }

    /// <summary>Codes of the prefecture-level cities, in code order.</summary>
    public IReadOnlyList<string> Cities { get; }

    public IReadOnlyList<int> Years { get; }

    public IReadOnlyDictionary<Subsystem, IReadOnlyList<Indicator>> IndicatorsOf { get; }

    public IReadOnlyList<Indicator> Indicators(Subsystem subsystem) =>
        IndicatorsOf.TryGetValue(subsystem, out var list) ? list : [];

    public bool TryGet(string city, int year, string indicator, out double value) =>
        _values.TryGetValue((city, year, indicator), out value);

    /// <summary>The values of <paramref name="indicators"/> for a city-year, or null when any is missing.</summary>
    public double[]? TryGetAll(string city, int year, IReadOnlyList<Indicator> indicators)
    {
        var row = new double[indicators.Count];
        for (var j = 0; j < indicators.Count; j++)
        {
            if (!TryGet(city, year, indicators[j].Code, out row[j]))
            {
                return null;
            }
        }

        return row;
    }
}
