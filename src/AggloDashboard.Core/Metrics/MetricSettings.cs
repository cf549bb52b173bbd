namespace AggloDashboard.Core.Metrics;

/// <summary>
/// The settings that change the numbers. The defaults are the contract's (METRICS.md §4–5); a variant is always
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
}
