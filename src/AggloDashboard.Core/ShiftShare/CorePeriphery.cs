using AggloDashboard.Core.Analytics;
using AggloDashboard.Core.Domain;
using AggloDashboard.Core.Metrics;

namespace AggloDashboard.Core.ShiftShare;

/// <summary>A city's distance to its provincial capital and its change in the two location quotients between two years.</summary>
public sealed record CorePeripheryPoint(string RegionCode, string CapitalCode, double DistanceKm, double ManufacturingChange,
    double ProducerServicesChange);

/// <summary>
/// The points, and the cities left out (no boundary, no capital with a boundary, or a quotient missing in either year).
/// </summary>
public sealed record CorePeripheryResult(IReadOnlyList<CorePeripheryPoint> Points, IReadOnlyList<string> LeftOut);

/// <summary>
/// Does manufacturing move to the periphery? Each city's change in <c>lq.manufacturing</c> and
/// <c>lq.producer_services</c> against its great-circle distance to its provincial capital. Pure.
/// </summary>
public static class CorePeriphery
{
    /// <summary>
    /// The GB/T 2260 code of a prefecture's provincial capital: the province's two leading digits followed by 0100
    /// (220100 Changchun for 220000 Jilin), the code the capital takes in every province. The province is the
    /// prefecture's parent, or its own first two digits when it has none.
    /// </summary>
    public static string CapitalCode(Region prefecture) =>
        (string.IsNullOrEmpty(prefecture.ParentCode) ? prefecture.Code : prefecture.ParentCode)[..2] + "0100";

    /// <param name="cities">The prefecture-level cities.</param>
    /// <param name="centroids">Each city's boundary centroid; a city without one, or whose capital has none, is left out.</param>
    /// <param name="results">The location quotients.</param>
    public static CorePeripheryResult Compute(IEnumerable<Region> cities, IReadOnlyDictionary<string, GeoPoint> centroids,
        MetricResults results, int baseYear, int endYear)
    {
        var points = new List<CorePeripheryPoint>();
        var leftOut = new List<string>();
        foreach (var city in cities)
        {
            var capital = CapitalCode(city);
            var mfg = Change(results, city.Code, MetricCodes.LqManufacturing, baseYear, endYear);
            var ps = Change(results, city.Code, MetricCodes.LqProducerServices, baseYear, endYear);
            if (centroids.TryGetValue(city.Code, out var at) && centroids.TryGetValue(capital, out var capitalAt) && mfg is { } m && ps is { } p)
            {
                points.Add(new CorePeripheryPoint(city.Code, capital, at.DistanceKm(capitalAt), m, p));
            }
            else
            {
                leftOut.Add(city.Code);
            }
        }

        return new CorePeripheryResult(points, leftOut);
    }

    /// <summary>
    /// Pearson's r between distance and a change over the points other than the capitals themselves; NaN with fewer
    /// than 3 such points or no spread. A positive r for manufacturing: its specialisation grew more far from the capital.
    /// </summary>
    public static double Correlation(IReadOnlyList<CorePeripheryPoint> points, Func<CorePeripheryPoint, double> change)
    {
        var others = points.Where(p => p.RegionCode != p.CapitalCode).ToArray();
        if (others.Length < 3)
        {
            return double.NaN;
        }

        var mx = others.Average(p => p.DistanceKm);
        var my = others.Average(change);
        double sxy = 0, sxx = 0, syy = 0;
        foreach (var p in others)
        {
            var (dx, dy) = (p.DistanceKm - mx, change(p) - my);
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }

        return sxx > 0 && syy > 0 ? sxy / Math.Sqrt(sxx * syy) : double.NaN;
    }

    private static double? Change(MetricResults results, string city, string metric, int baseYear, int endYear) =>
        results.Get(city, endYear, metric) is { } end && results.Get(city, baseYear, metric) is { } start ? end - start : null;
}
