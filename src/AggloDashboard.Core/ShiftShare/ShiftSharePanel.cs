using AggloDashboard.Core.Domain;
using AggloDashboard.Core.Metrics;

namespace AggloDashboard.Core.ShiftShare;

/// <summary>
/// The sector employment of a dataset's prefecture-level cities, read once, ready for shift-share decompositions
/// (docs/METRICS.md §9). Sectors: every <c>manufacturing</c> indicator, every <c>producer_services</c> indicator and every
/// <c>employment_other</c> indicator, in that order (each group by code). Pure.
/// </summary>
public sealed class ShiftSharePanel
{
    private readonly string[] _cities;
    private readonly Dictionary<int, int> _yearIndex;

    // _values[city][year][sector]; NaN where the value is missing.
    private readonly double[][][] _values;

    public ShiftSharePanel(Dataset dataset)
    {
        var panel = new PanelIndex(dataset);
        Sectors =
        [
            .. panel.Indicators(Subsystem.Manufacturing).Select(i => i.Code),
            .. panel.Indicators(Subsystem.ProducerServices).Select(i => i.Code),
            .. panel.Indicators(Subsystem.EmploymentOther).Select(i => i.Code),
        ];
        Years = panel.Years;
        _cities = panel.Cities.ToArray();
        _yearIndex = Years.Select((y, i) => (y, i)).ToDictionary(p => p.y, p => p.i);
        _values = _cities.Select(city => Years.Select(year => Sectors
            .Select(sector => panel.TryGet(city, year, sector, out var v) ? v : double.NaN).ToArray()).ToArray()).ToArray();
    }

    /// <summary>The sector indicator codes, in the order of every <see cref="CityShiftShare.Sectors"/>.</summary>
    public IReadOnlyList<string> Sectors { get; }

    /// <summary>Every year of the dataset (the panel's years), ascending.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>Why a decomposition from <paramref name="baseYear"/> to <paramref name="endYear"/> cannot be made, or null when it can.</summary>
    public ShiftShareProblem? Check(int baseYear, int endYear)
    {
        if (!_yearIndex.ContainsKey(baseYear) || !_yearIndex.ContainsKey(endYear))
        {
            return ShiftShareProblem.YearOutsidePanel;
        }

        if (baseYear >= endYear)
        {
            return ShiftShareProblem.NotIncreasing;
        }

        var t0 = _yearIndex[baseYear];
        var t1 = _yearIndex[endYear];
        return Sectors.Count > 0 && _values.Any(city => Missing(city, t0) < 0 && Missing(city, t1) < 0)
            ? null
            : ShiftShareProblem.NoSectorEmployment;
    }

    /// <summary>
    /// The static decomposition from <paramref name="baseYear"/> to <paramref name="endYear"/>. A city takes part when it
    /// has every sector's value in both years; the reference region is the sum over the cities taking part. A city left
    /// out and a sector starting at 0 are named in <see cref="ShiftShareResult.Warnings"/>.
    /// </summary>
    /// <exception cref="ArgumentException">When <see cref="Check"/> finds a problem.</exception>
    public ShiftShareResult Static(int baseYear, int endYear)
    {
        Require(baseYear, endYear);
        var warnings = new List<ShiftShareWarning>();
        var pair = Pair(_yearIndex[baseYear], _yearIndex[endYear], ShiftShareWarningKind.CityLeftOut, warnings);
        var cities = pair.Select(p => new CityShiftShare(p.Key, ShiftShareDecomposition.Total(p.Value), p.Value)).ToArray();
        return new ShiftShareResult(ShiftShareMethod.Static, baseYear, endYear, Sectors, cities, warnings);
    }

    /// <summary>
    /// The dynamic decomposition (Barff &amp; Knight 1988): the static one for every consecutive pair of panel years from
    /// <paramref name="baseYear"/> to <paramref name="endYear"/>, each against that pair's own reference region, summed per
    /// city and sector. A pair in which a city does not take part is skipped for it and named; its growth is then the sum
    /// of the pairs it took part in, so Growth = RS + IM + CE still holds. A city taking part in no pair is absent.
    /// </summary>
    /// <exception cref="ArgumentException">When <see cref="Check"/> finds a problem.</exception>
    public ShiftShareResult Dynamic(int baseYear, int endYear)
    {
        Require(baseYear, endYear);
        var warnings = new List<ShiftShareWarning>();
        var sums = new SortedDictionary<string, ShiftShareTerms[]>(StringComparer.Ordinal);
        for (var t = _yearIndex[baseYear]; t < _yearIndex[endYear]; t++)
        {
            foreach (var (city, terms) in Pair(t, t + 1, ShiftShareWarningKind.PairSkipped, warnings))
            {
                if (!sums.TryGetValue(city, out var sum))
                {
                    sums[city] = terms;
                    continue;
                }

                for (var s = 0; s < terms.Length; s++)
                {
                    sum[s] = sum[s].Plus(terms[s]);
                }
            }
        }

        var cities = sums.Select(kv => new CityShiftShare(kv.Key, ShiftShareDecomposition.Total(kv.Value), kv.Value)).ToArray();
        return new ShiftShareResult(ShiftShareMethod.Dynamic, baseYear, endYear, Sectors, cities, warnings);
    }

    /// <summary>The decomposition by <paramref name="method"/>.</summary>
    public ShiftShareResult Compute(ShiftShareMethod method, int baseYear, int endYear) =>
        method == ShiftShareMethod.Dynamic ? Dynamic(baseYear, endYear) : Static(baseYear, endYear);

    private void Require(int baseYear, int endYear)
    {
        if (Check(baseYear, endYear) is { } problem)
        {
            throw new ArgumentException($"no shift-share from {baseYear} to {endYear}: {problem}");
        }
    }

    /// <summary>Every taking-part city's sector terms from year index <paramref name="t0"/> to <paramref name="t1"/>, in city order.</summary>
    private List<KeyValuePair<string, ShiftShareTerms[]>> Pair(int t0, int t1, ShiftShareWarningKind leftOut, List<ShiftShareWarning> warnings)
    {
        var (from, to) = (Years[t0], Years[t1]);
        var taking = new List<int>();
        for (var c = 0; c < _cities.Length; c++)
        {
            var missing = (Base: Missing(_values[c], t0), End: Missing(_values[c], t1));
            if (missing is { Base: < 0, End: < 0 })
            {
                taking.Add(c);
            }
            else
            {
                var (year, sector) = missing.Base >= 0 ? (from, missing.Base) : (to, missing.End);
                warnings.Add(new ShiftShareWarning(leftOut, _cities[c], from, to, year, Sectors[sector]));
            }
        }

        var referenceBase = new double[Sectors.Count];
        var referenceEnd = new double[Sectors.Count];
        foreach (var c in taking)
        {
            for (var s = 0; s < Sectors.Count; s++)
            {
                referenceBase[s] += _values[c][t0][s];
                referenceEnd[s] += _values[c][t1][s];
            }
        }

        var result = new List<KeyValuePair<string, ShiftShareTerms[]>>(taking.Count);
        if (taking.Count == 0)
        {
            return result;
        }

        if (!(referenceBase.Sum() > 0))
        {
            warnings.Add(new ShiftShareWarning(ShiftShareWarningKind.ZeroReference, null, from, to, null, null));
            return result;
        }

        foreach (var c in taking)
        {
            var cityBase = _values[c][t0];
            for (var s = 0; s < Sectors.Count; s++)
            {
                if (cityBase[s] == 0)
                {
                    warnings.Add(new ShiftShareWarning(ShiftShareWarningKind.ZeroBaseSector, _cities[c], from, to, from, Sectors[s]));
                }
            }

            result.Add(new(_cities[c], ShiftShareDecomposition.Sectors(cityBase, _values[c][t1], referenceBase, referenceEnd)));
        }

        return result;
    }

    /// <summary>The index of the first sector missing in year index <paramref name="t"/>, or -1 when none is.</summary>
    private static int Missing(double[][] city, int t) => Array.FindIndex(city[t], double.IsNaN);
}
