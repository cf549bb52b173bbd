using AggloDashboard.Core.Domain;
using AggloDashboard.Core.Metrics;

namespace AggloDashboard.Core.Analytics;

/// <summary>One province's cities summarised: their number with a value, mean and between-city inequality (docs/METRICS.md §2).</summary>
public sealed record ProvinceDisparity(Region Province, int Cities, double Mean, double Cv, double Theil, double Gini);

/// <summary>Province-level aggregates of a city metric for a dataset of several provinces.</summary>
public static class ProvinceDisparities
{
    /// <summary>
    /// For each province with at least one city value, in the dataset's order: the mean, CV, Theil T and Gini over its
    /// prefectures' values (<see cref="Inequality"/>; undefined, NaN, with fewer than 2 values). Cities without a value
    /// or without a province are left out.
    /// </summary>
    public static IReadOnlyList<ProvinceDisparity> Compute(IReadOnlyList<Region> regions, IReadOnlyDictionary<string, double> valueByCity) =>
        regions.Where(r => r.Level == RegionLevel.Province)
            .Select(province => (province, values: regions
                .Where(r => r.Level == RegionLevel.Prefecture && r.ParentCode == province.Code && valueByCity.ContainsKey(r.Code))
                .Select(r => valueByCity[r.Code]).ToArray()))
            .Where(p => p.values.Length > 0)
            .Select(p => new ProvinceDisparity(p.province, p.values.Length, p.values.Average(),
                Inequality.CoefficientOfVariation(p.values), Inequality.TheilT(p.values), Inequality.Gini(p.values)))
            .ToArray();
}
