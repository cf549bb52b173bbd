namespace AggloDashboard.Core.Diagnostics;

/// <summary>Why a series did or did not get a GM(1,1) model.</summary>
public enum GreyFitStatus
{
    Fitted,

    /// <summary>Fewer than 4 values: GM(1,1) needs n ≥ 4 (docs/METRICS.md §7).</summary>
    TooShort,

    /// <summary>A value ≤ 0 or not finite: the accumulated series must grow strictly for the model to hold.</summary>
    NotPositive,
}

/// <summary>Accuracy grade of a GM(1,1) model from its posterior variance ratio C and small-error probability P.</summary>
public enum ForecastGrade
{
    /// <summary>C ≤ 0.35 and P ≥ 0.95.</summary>
    Good,

    /// <summary>C ≤ 0.5 and P ≥ 0.8.</summary>
    Qualified,

    /// <summary>C ≤ 0.65 and P ≥ 0.7.</summary>
    Barely,

    Unqualified,
}

/// <summary>
/// The class-ratio check: σ(k) = x⁰(k-1)/x⁰(k) for k = 2..n must lie in the open interval
/// (<see cref="Lower"/>, <see cref="Upper"/>) = (e^(-2/(n+1)), e^(2/(n+1))).
/// </summary>
/// <param name="Ratios">σ(k) for k = 2..n (Ratios[0] is σ(2)).</param>
/// <param name="FailingK">The k (1-based, as in the formula) whose σ(k) lies outside the interval.</param>
public sealed record ClassRatioCheck(double Lower, double Upper, IReadOnlyList<double> Ratios, IReadOnlyList<int> FailingK)
{
    public bool Passes => FailingK.Count == 0;
}

/// <summary>A fitted GM(1,1) model x⁰(k) = -a z¹(k) + b with its checks.</summary>
/// <param name="Fitted">x̂⁰(k) for k = 1..n; x̂⁰(1) = x⁰(1) by construction.</param>
/// <param name="Forecasts">x̂⁰(n + h) for h = 1..horizon.</param>
/// <param name="C">Posterior variance ratio S_residual / S_data.</param>
/// <param name="P">Small-error probability: the share of k with |ε(k) - ε̄| &lt; 0.6745 S_data.</param>
public sealed record GreyModel(double A, double B, IReadOnlyList<double> Fitted, IReadOnlyList<double> Forecasts,
    ClassRatioCheck ClassRatio, double C, double P, ForecastGrade Grade)
{
    /// <summary>
    /// A forecast is presented as reliable only when the series passes the class-ratio check (the model's
    /// precondition) and the fit is at least barely qualified; otherwise it is drawn as unreliable.
    /// </summary>
    public bool IsReliable => ClassRatio.Passes && Grade != ForecastGrade.Unqualified;
}

/// <summary>The outcome of <see cref="GreyForecast.Fit"/>: a model, or the reason there is none.</summary>
public sealed record GreyForecastResult(GreyFitStatus Status, GreyModel? Model);
