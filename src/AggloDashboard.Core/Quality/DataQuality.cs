using AggloDashboard.Core.Domain;

namespace AggloDashboard.Core.Quality;

/// <summary>
/// Checks a dataset's panel over its prefectures: missing values per indicator and year, employment sectors that add
/// up to more than the total, values far off their city's trend (robust z-score), and years with too few cities for the between-city metrics.
/// </summary>
public static class DataQuality
{
    /// <summary>
    /// A value is an outlier when the robust z-score |r - median r| / (<see cref="MadScale"/> · MAD r) of its
    /// deviation r from its city's trend exceeds this. The trend is a Theil–Sen line through the city's series (on
    /// ln x when every value is positive), so a capital far above the other cities and a fast-growing series are not
    /// flagged, while an entry error (a unit or digit slip) is. Iglewicz and Hoaglin's 3.5 is too eager for a MAD
    /// taken from some 20 years: on the illustrative panel 3.5 flags 64 values and 5 flags 14, while both find 99 %
    /// of 300 simulated × 10 or ÷ 10 slips and 5 still finds 93 % of × 2 slips.
    /// </summary>
    public const double OutlierThreshold = 5;

    /// <summary>The fewest years of a city's series the outlier test needs.</summary>
    public const int MinimumYears = 5;

    /// <summary>Scales the median absolute deviation to the standard deviation of normally distributed values.</summary>
    public const double MadScale = 1.4826;

    /// <summary>
    /// The fewest cities with complete employment data a year needs: global Moran's I and beta convergence are
    /// undefined with fewer than 3 values (<c>MoranI.Compute</c>, <c>Convergence.Beta</c>), the Ellison–Glaeser
    /// indexes and CV/Theil/Gini with fewer than 2.
    /// </summary>
    public const int MinimumCities = 3;

    // Sectors that sum exactly to the total can exceed it by rounding in the last digits (as the import's check).
    private const double RelativeTolerance = 1e-9;

    public static DataQualityReport Check(Dataset dataset)
    {
        var cities = dataset.Prefectures.Select(r => r.Code).ToArray();
        var citySet = cities.ToHashSet(StringComparer.Ordinal);
        var values = new Dictionary<(string City, int Year, string Indicator), double>();
        foreach (var o in dataset.Observations)
        {
            if (o.Value is { } v && citySet.Contains(o.RegionCode))
                values[(o.RegionCode, o.Year, o.IndicatorCode)] = v;
        }

        var years = dataset.Years;
        return new DataQualityReport(
            Missing(dataset.Indicators, years, cities, values),
            SectorSums(dataset.Indicators, years, cities, values),
            Outliers(dataset.Indicators, years, cities, values),
            ThinYears(dataset.Indicators, years, cities, values));
    }

    /// <summary>The median, and the robust z-score of each value; the scores are NaN when the MAD is 0.</summary>
    public static (double Median, double Mad, double[] Scores) RobustZ(IReadOnlyList<double> values)
    {
        var median = Median(values);
        var mad = Median(values.Select(v => Math.Abs(v - median)).ToArray());
        var scores = values.Select(v => mad == 0 ? double.NaN : Math.Abs(v - median) / (MadScale * mad)).ToArray();
        return (median, mad, scores);
    }

    private static List<MissingValues> Missing(IReadOnlyList<Indicator> indicators, IReadOnlyList<int> years,
        string[] cities, Dictionary<(string, int, string), double> values)
    {
        var found = new List<MissingValues>();
        foreach (var indicator in indicators)
            foreach (var year in years)
            {
                var missing = cities.Where(c => !values.ContainsKey((c, year, indicator.Code))).ToArray();
                if (missing.Length > 0)
                    found.Add(new MissingValues(indicator.Code, year, missing));
            }

        return found;
    }

    private static List<SectorSumExcess> SectorSums(IReadOnlyList<Indicator> indicators, IReadOnlyList<int> years,
        string[] cities, Dictionary<(string, int, string), double> values)
    {
        var sectors = indicators.Where(i => i.Subsystem is Subsystem.Manufacturing or Subsystem.ProducerServices or Subsystem.EmploymentOther)
            .Select(i => i.Code).ToArray();
        var totals = indicators.Where(i => i.Subsystem == Subsystem.EmploymentTotal).Select(i => i.Code).ToArray();
        var found = new List<SectorSumExcess>();
        foreach (var city in cities)
            foreach (var year in years)
            {
                var sum = sectors.Sum(s => values.TryGetValue((city, year, s), out var v) ? v : 0);
                foreach (var total in totals)
                {
                    if (values.TryGetValue((city, year, total), out var t) && sum > t + RelativeTolerance * Math.Abs(t))
                        found.Add(new SectorSumExcess(city, year, total, sum, t));
                }
            }

        return found;
    }

    private static List<Outlier> Outliers(IReadOnlyList<Indicator> indicators, IReadOnlyList<int> years,
        string[] cities, Dictionary<(string, int, string), double> values)
    {
        var found = new List<Outlier>();
        foreach (var indicator in indicators)
            foreach (var city in cities)
            {
                var series = years.Where(y => values.ContainsKey((city, y, indicator.Code)))
                    .Select(y => (Year: y, Value: values[(city, y, indicator.Code)])).ToArray();
                if (series.Length < MinimumYears)
                    continue;

                var logs = series.All(p => p.Value > 0);
                var x = series.Select(p => logs ? Math.Log(p.Value) : p.Value).ToArray();
                var (slope, intercept) = TheilSen(series.Select(p => (double)p.Year).ToArray(), x);
                var trend = series.Select(p => intercept + slope * p.Year).ToArray();
                var (_, _, scores) = RobustZ(x.Select((v, k) => v - trend[k]).ToArray());
                for (var k = 0; k < series.Length; k++)
                {
                    if (scores[k] > OutlierThreshold)
                        found.Add(new Outlier(city, series[k].Year, indicator.Code, series[k].Value, logs ? Math.Exp(trend[k]) : trend[k], scores[k]));
                }
            }

        return found.OrderBy(o => o.IndicatorCode, StringComparer.Ordinal).ThenBy(o => o.Year).ThenBy(o => o.RegionCode, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The Theil–Sen line: the median of the slopes between every pair of points, and the median of y - slope · t
    /// (Sen, 1968); it ignores up to 29 % of wild points.
    /// </summary>
    public static (double Slope, double Intercept) TheilSen(IReadOnlyList<double> t, IReadOnlyList<double> y)
    {
        var slopes = new List<double>();
        for (var a = 0; a < t.Count; a++)
            for (var b = a + 1; b < t.Count; b++)
                if (t[b] != t[a])
                    slopes.Add((y[b] - y[a]) / (t[b] - t[a]));

        var slope = slopes.Count == 0 ? 0 : Median(slopes);
        return (slope, Median(y.Select((v, k) => v - slope * t[k]).ToArray()));
    }

    private static List<ThinYear> ThinYears(IReadOnlyList<Indicator> indicators, IReadOnlyList<int> years,
        string[] cities, Dictionary<(string, int, string), double> values)
    {
        // Complete employment data as the engine's reference region needs it (docs/METRICS.md, notation).
        var employment = indicators.Where(i => i.Subsystem is Subsystem.EmploymentTotal or Subsystem.Manufacturing or Subsystem.ProducerServices)
            .Select(i => i.Code).ToArray();
        var found = new List<ThinYear>();
        foreach (var year in years)
        {
            var complete = cities.Where(c => employment.Length > 0 && employment.All(e => values.ContainsKey((c, year, e)))).ToArray();
            if (complete.Length < MinimumCities)
                found.Add(new ThinYear(year, complete));
        }

        return found;
    }

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
