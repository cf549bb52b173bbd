namespace AggloDashboard.Core.Analytics;

public enum RegressionModel
{
    PooledOls,
    TwoWayFixedEffects,
}

/// <summary>One estimated coefficient with its cluster-robust standard error, t, two-sided p and 95 % interval.</summary>
public sealed record Coefficient(
    string Term, double Estimate, double StandardError, double T, double P, double CiLow, double CiHigh);

/// <summary>
/// A fitted <see cref="PanelRegression"/>. <see cref="RSquared"/> is the ordinary R² for pooled OLS and the within
/// R² for fixed effects. <see cref="Omitted"/> lists regressors dropped because they were collinear with earlier
/// columns (Stata's "omitted because of collinearity"). <see cref="ParametersCounted"/> is the K of the
/// small-sample correction and <see cref="DegreesOfFreedom"/> (G - 1) the df of every t test.
/// </summary>
public sealed record RegressionResult(
    RegressionModel Model,
    string Dependent,
    IReadOnlyList<Coefficient> Coefficients,
    IReadOnlyList<string> Omitted,
    int N,
    int Clusters,
    int ParametersCounted,
    int DegreesOfFreedom,
    double RSquared)
{
    /// <summary>Below this many clusters the cluster-robust inference is unreliable (Cameron &amp; Miller 2015, §VI).</summary>
    public const int FewClustersThreshold = 30;

    public bool FewClusters => Clusters < FewClustersThreshold;

    /// <summary>What few clusters mean for inference, or null when there are enough.</summary>
    public string? FewClustersNote => FewClusters
        ? $"Only {Clusters} clusters (fewer than {FewClustersThreshold}): cluster-robust standard errors are biased " +
          $"downward and the t({DegreesOfFreedom}) reference only partly corrects this, so p-values and intervals " +
          "are indicative, not exact (Cameron & Miller 2015 suggest a wild cluster bootstrap)."
        : null;
}
