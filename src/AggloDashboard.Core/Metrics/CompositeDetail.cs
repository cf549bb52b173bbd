namespace AggloDashboard.Core.Metrics;

/// <summary>One city in one year.</summary>
public readonly record struct CityYear(string RegionCode, int Year);

/// <summary>
/// What lies behind one composite score (docs/METRICS.md §3): its indicators, the weights applied, the scored
/// observations and their standardised x' (before the δ shift), row o for <c>Observations[o]</c>.
/// Diagnostics such as obstacle degrees (§7) need x' per observation.
/// </summary>
public sealed record CompositeDetail(
    string Composite,
    IReadOnlyList<string> IndicatorCodes,
    IReadOnlyList<double> Weights,
    IReadOnlyList<CityYear> Observations,
    IReadOnlyList<IReadOnlyList<double>> Standardised);
