using AggloDashboard.Core.Metrics;

namespace AggloDashboard.Core.Analytics;

/// <summary>What <see cref="AnalyticsReport"/> computes; the defaults are those of docs/METRICS.md §2 and §7.</summary>
public sealed record AnalyticsOptions
{
    public static AnalyticsOptions Default { get; } = new();

    /// <summary>The city metrics whose disparities, convergence and spatial autocorrelation are reported.</summary>
    public IReadOnlyList<string> Metrics { get; init; } =
        [MetricCodes.CouplingD, MetricCodes.InnovationD, MetricCodes.LqProducerServices];

    public int Permutations { get; init; } = MoranI.DefaultPermutations;

    public int Seed { get; init; } = MoranI.DefaultSeed;

    /// <summary>The driving-factors regression; null means <see cref="RegressionSpec.Default"/>.</summary>
    public RegressionSpec? Regression { get; init; }

    /// <summary>Below this many regions a spatial test has little power and the results say so.</summary>
    public const int FewRegions = 30;
}
