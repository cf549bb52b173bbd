using AggloDashboard.Core.Metrics;

namespace AggloDashboard.Core.Analytics;

public sealed record SigmaRow(string Metric, SigmaPoint Point);

/// <summary>Beta convergence of a metric from <see cref="FromYear"/> to <see cref="ToYear"/>.</summary>
public sealed record BetaRow(string Metric, int FromYear, int ToYear, BetaConvergence Result);

/// <summary>Global Moran's I of a metric in a year under the named weights.</summary>
public sealed record MoranRow(string Weights, string Metric, int Year, GlobalMoran Result);

/// <summary>Local Moran of one city for a metric in a year under the named weights.</summary>
public sealed record LisaRow(string Weights, string Metric, int Year, LocalMoran Result);

/// <summary>
/// Everything <see cref="AnalyticsReport"/> computed. <see cref="Notes"/> are sentences for the reader: what was
/// skipped and why, and what the small number of cities means for the tests.
/// </summary>
public sealed record AnalyticsResults(
    IReadOnlyList<SigmaRow> Sigma,
    IReadOnlyList<BetaRow> Beta,
    IReadOnlyList<MoranRow> Moran,
    IReadOnlyList<LisaRow> Lisa,
    IReadOnlyList<RegionMetricValue> Krugman,
    IReadOnlyList<GreyGrade> GreyRelational,
    RegressionPanel RegressionPanel,
    IReadOnlyList<RegressionResult> Regressions,
    IReadOnlyList<string> Notes);
