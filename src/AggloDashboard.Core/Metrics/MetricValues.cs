namespace AggloDashboard.Core.Metrics;

/// <summary>One metric of one city in one year.</summary>
public sealed record RegionMetricValue(string RegionCode, int Year, string Metric, double Value);

/// <summary>One province-level metric of one year (concentration and between-city inequality).</summary>
public sealed record AggregateMetricValue(int Year, string Metric, double Value);

/// <summary>
/// The applied weight of one indicator within one composite score (e.g. <c>innov.input</c>) and its entropy e_j.
/// </summary>
public sealed record IndicatorWeight(string Composite, string IndicatorCode, double Weight, double Entropy);
