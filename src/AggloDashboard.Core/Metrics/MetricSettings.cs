namespace AggloDashboard.Core.Metrics;

/// <summary>
/// The settings that change the numbers. The defaults are the contract's (docs/METRICS.md §4–5); a variant is always
/// chosen explicitly, never applied silently.
/// </summary>
public sealed record MetricSettings
{
    public static MetricSettings Default { get; } = new();

    public CouplingForm CouplingForm { get; init; } = CouplingForm.Standard;

    /// <summary>α of the input, output and benefit subsystems in innov.t; null means 1/3 each.</summary>
    public IReadOnlyList<double>? InnovationAlphas { get; init; }

    /// <summary>α of agglo.u and innov.t in couple.t; null means 1/2 each.</summary>
    public IReadOnlyList<double>? CouplingAlphas { get; init; }

    /// <summary>How the indicator weights of every composite score are chosen; entropy (§3) by default.</summary>
    public IndicatorWeighting Weighting { get; init; } = IndicatorWeighting.Entropy;

    /// <summary>The coordination classes of D (§6); the published thresholds by default.</summary>
    public CoordinationClasses ClassThresholds { get; init; } = CoordinationClasses.Default;

    /// <summary>
    /// The regions the numbers are computed for: province codes (their prefectures) and prefecture codes, sorted; null
    /// means the whole dataset. A scope is computed as a dataset of its own (the reference region of docs/METRICS.md §1
    /// is the prefectures in scope), so the callers that build the dataset apply it (<see cref="Domain.RegionScope"/>).
    /// </summary>
    public IReadOnlyList<string>? Scope { get; init; }

    /// <summary>|agglo.u - innov.t| up to this is synchronous development (§5); 0.1 by default.</summary>
    public double RelativeDevelopmentTolerance
    {
        get;
        init => field = value >= 0 && double.IsFinite(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(RelativeDevelopmentTolerance), value,
                "the tolerance must be a finite number ≥ 0");
    } = RelativeDevelopment.DefaultTolerance;
}
