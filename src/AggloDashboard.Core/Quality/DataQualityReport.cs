namespace AggloDashboard.Core.Quality;

/// <summary>The prefectures without a value for an indicator in a year (no observation, or an empty one).</summary>
public sealed record MissingValues(string IndicatorCode, int Year, IReadOnlyList<string> RegionCodes);

/// <summary>A city-year whose manufacturing, producer-service and other employment add up to more than its total.</summary>
public sealed record SectorSumExcess(string RegionCode, int Year, string TotalIndicatorCode, double SectorSum, double Total);

/// <summary>
/// A value far off its city's own trend for the indicator (see <see cref="DataQuality.OutlierThreshold"/>), with the
/// trend's value for that year in the indicator's unit and the robust z-score of its deviation.
/// </summary>
public sealed record Outlier(string RegionCode, int Year, string IndicatorCode, double Value, double TrendValue, double RobustZ);

/// <summary>A year in which fewer than <see cref="DataQuality.MinimumCities"/> cities have complete employment data.</summary>
public sealed record ThinYear(int Year, IReadOnlyList<string> CompleteCities);

/// <summary>Every finding of <see cref="DataQuality.Check"/>, each list in a fixed order.</summary>
public sealed record DataQualityReport(
    IReadOnlyList<MissingValues> Missing,
    IReadOnlyList<SectorSumExcess> SectorSums,
    IReadOnlyList<Outlier> Outliers,
    IReadOnlyList<ThinYear> ThinYears)
{
    public int FindingCount => Missing.Count + SectorSums.Count + Outliers.Count + ThinYears.Count;
}
