using AggloDashboard.Core.Domain;

namespace AggloDashboard.Core.Metrics;

/// <summary>
/// The present (non-missing) values of the prefecture-level cities in one array indexed by city slot, year index and
/// indicator slot, so the engine reads a value without hashing strings. The string lookups remain for the analyses.
/// </summary>
internal sealed class PanelIndex
{
    private readonly Dictionary<string, int> _citySlot = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> _yearIndex = new();
    private readonly Dictionary<string, int> _indicatorSlot = new(StringComparer.Ordinal);
    private readonly double[] _values;
    private readonly bool[] _present;
    private readonly string[] _indicatorCodes;

    /// <summary>Values of indicator codes outside the catalog, which only the string lookup can ask for.</summary>
    private readonly Dictionary<(string Region, int Year, string Indicator), double> _uncatalogued = new();

    public PanelIndex(Dataset dataset)
    {
        Cities = dataset.Prefectures.Select(r => r.Code).ToArray();
        CitySlots = new int[Cities.Count];
        var distinct = new List<string>();
        for (var p = 0; p < Cities.Count; p++)
        {
            if (!_citySlot.TryGetValue(Cities[p], out var slot))
            {
                slot = distinct.Count;
                _citySlot.Add(Cities[p], slot);
                distinct.Add(Cities[p]);
            }

            CitySlots[p] = slot;
        }

        SlotCodes = distinct;
        Years = DistinctYears(dataset.Observations);
        for (var y = 0; y < Years.Count; y++)
        {
            _yearIndex.Add(Years[y], y);
        }

        var indicatorCodes = new List<string>();
        foreach (var indicator in dataset.Indicators)
        {
            if (_indicatorSlot.TryAdd(indicator.Code, indicatorCodes.Count))
            {
                indicatorCodes.Add(indicator.Code);
            }
        }

        _indicatorCodes = indicatorCodes.ToArray();

        IndicatorsOf = dataset.Indicators
            .GroupBy(i => i.Subsystem)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Indicator>)g.ToArray());
        _values = new double[SlotCount * Years.Count * _indicatorSlot.Count];
        _present = new bool[_values.Length];
        Fill(dataset.Observations);
    }

    /// <summary>Codes of the prefecture-level cities, in code order.</summary>
    public IReadOnlyList<string> Cities { get; }

    /// <summary>The slot of each entry of <see cref="Cities"/>; a code listed twice shares one slot.</summary>
    public int[] CitySlots { get; }

    /// <summary>The distinct city codes by slot, in code order.</summary>
    public IReadOnlyList<string> SlotCodes { get; }

    public int SlotCount => SlotCodes.Count;

    public IReadOnlyList<int> Years { get; }

    public IReadOnlyDictionary<Subsystem, IReadOnlyList<Indicator>> IndicatorsOf { get; }

    public IReadOnlyList<Indicator> Indicators(Subsystem subsystem) =>
        IndicatorsOf.TryGetValue(subsystem, out var list) ? list : [];

    /// <summary>The slots of <paramref name="indicators"/>, for <see cref="TryGetAll(int, int, int[])"/>.</summary>
    public int[] IndicatorSlots(IReadOnlyList<Indicator> indicators) =>
        indicators.Select(i => _indicatorSlot[i.Code]).ToArray();

    public bool TryGet(string city, int year, string indicator, out double value)
    {
        if (_citySlot.TryGetValue(city, out var slot) && _yearIndex.TryGetValue(year, out var y))
        {
            if (_indicatorSlot.TryGetValue(indicator, out var j))
            {
                var at = At(slot, y, j);
                value = _values[at];
                return _present[at];
            }

            return _uncatalogued.TryGetValue((city, year, indicator), out value);
        }

        value = 0;
        return false;
    }

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

    /// <summary>The values of the indicator slots for a city slot and year index, or null when any is missing.</summary>
    public double[]? TryGetAll(int slot, int yearIndex, int[] indicatorSlots)
    {
        var first = At(slot, yearIndex, 0);
        foreach (var j in indicatorSlots)
        {
            if (!_present[first + j])
            {
                return null;
            }
        }

        var row = new double[indicatorSlots.Length];
        for (var k = 0; k < row.Length; k++)
        {
            row[k] = _values[first + indicatorSlots[k]];
        }

        return row;
    }

    private int At(int slot, int yearIndex, int indicatorSlot) =>
        (slot * Years.Count + yearIndex) * _indicatorSlot.Count + indicatorSlot;

    /// <summary>The years of all observations, as <see cref="Dataset.Years"/>, looked up once per run of equal years.</summary>
    private static int[] DistinctYears(IReadOnlyList<Observation> observations)
    {
        var years = new HashSet<int>();
        for (var k = 0; k < observations.Count; k++)
        {
            if (k == 0 || observations[k].Year != observations[k - 1].Year)
            {
                years.Add(observations[k].Year);
            }
        }

        var sorted = years.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    /// <summary>A later observation of the same city, year and indicator replaces an earlier one.</summary>
    private void Fill(IReadOnlyList<Observation> observations)
    {
        // Observations come sorted by region, year and indicator code, as the catalog is: the region's slot is looked
        // up once per run of its rows, and an indicator is first guessed to follow the previous one in the catalog.
        string? region = null;
        var slot = -1;
        var previous = -1;
        var (year, y) = (0, -1);
        foreach (var o in observations)
        {
            if (o.Value is not { } v)
            {
                continue;
            }

            if (!string.Equals(o.RegionCode, region, StringComparison.Ordinal))
            {
                region = o.RegionCode;
                slot = _citySlot.TryGetValue(region, out var s) ? s : -1;
            }

            if (slot < 0)
            {
                continue;
            }

            var guess = previous + 1;
            var j = guess < _indicatorCodes.Length && string.Equals(_indicatorCodes[guess], o.IndicatorCode, StringComparison.Ordinal)
                ? guess
                : _indicatorSlot.GetValueOrDefault(o.IndicatorCode, -1);
            previous = j;
            if (j >= 0)
            {
                if (y < 0 || o.Year != year)
                {
                    (year, y) = (o.Year, _yearIndex[o.Year]);
                }

                var at = At(slot, y, j);
                _values[at] = v;
                _present[at] = true;
            }
            else
            {
                _uncatalogued[(o.RegionCode, o.Year, o.IndicatorCode)] = v;
            }
        }
    }
}
