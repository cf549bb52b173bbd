using AggloDashboard.Core.Domain;
using AggloDashboard.Web.Services;

namespace AggloDashboard.Web.Views;

/// <summary>One city's values of a metric over a range of years (null where undefined).</summary>
public sealed record TrendSeries(Region City, int CityIndex, IReadOnlyList<int> Years, IReadOnlyList<double?> Values);

/// <summary>The numbers behind the trends chart and its table, computed without rendering.</summary>
public static class TrendData
{
    /// <summary>The year range from the query string: unknown or missing bounds fall back to the first/last year, a reversed range is swapped.</summary>
    public static (int From, int To) ResolveRange(DashboardSnapshot s, int? from, int? to)
    {
        if (s.Years.Count == 0)
        {
            return (0, 0);
        }

        var f = from is { } a && s.Years.Contains(a) ? a : s.Years[0];
        var t = to is { } b && s.Years.Contains(b) ? b : s.Years[^1];
        return f <= t ? (f, t) : (t, f);
    }

    public static IReadOnlyList<int> YearsBetween(DashboardSnapshot s, int from, int to) =>
        s.Years.Where(y => y >= from && y <= to).ToArray();

    /// <summary>Each city's series, in the order of <paramref name="cityCodes"/>; unknown codes are left out.</summary>
    public static IReadOnlyList<TrendSeries> Series(DashboardSnapshot s, string metric, IReadOnlyList<string> cityCodes, IReadOnlyList<int> years) =>
        cityCodes.Where(s.CityByCode.ContainsKey)
            .Select(code => new TrendSeries(
                s.CityByCode[code],
                IndexOf(s, code),
                years,
                years.Select(y => s.Value(code, y, metric)).ToArray()))
            .ToArray();

    /// <summary>The province reference line: per year, the mean over every city of the dataset that has a value that year.</summary>
    public static IReadOnlyList<double?> MeanOfCities(DashboardSnapshot s, string metric, IReadOnlyList<int> years) =>
        years.Select(y =>
        {
            var values = s.Cities.Select(c => s.Value(c.Code, y, metric)).Where(v => v is not null).Select(v => v!.Value).ToArray();
            return values.Length == 0 ? (double?)null : values.Average();
        }).ToArray();

    /// <summary>The first and third quartiles of the cities' values in each year (linear interpolation between order statistics).</summary>
    public static IReadOnlyList<(double? Q1, double? Q3)> QuartilesOfCities(DashboardSnapshot s, string metric, IReadOnlyList<int> years) =>
        years.Select(y =>
        {
            var values = s.Cities.Select(c => s.Value(c.Code, y, metric)).Where(v => v is not null).Select(v => v!.Value).Order().ToArray();
            return values.Length == 0 ? ((double?)null, (double?)null) : (Quantile(values, 0.25), Quantile(values, 0.75));
        }).ToArray();

    private static double Quantile(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        return lo + 1 < sorted.Length ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
    }

    /// <summary>The city's position in the dataset, which fixes its colour on every page.</summary>
    public static int IndexOf(DashboardSnapshot s, string code)
    {
        for (var i = 0; i < s.Cities.Count; i++)
        {
            if (s.Cities[i].Code == code)
            {
                return i;
            }
        }

        return -1;
    }

}
