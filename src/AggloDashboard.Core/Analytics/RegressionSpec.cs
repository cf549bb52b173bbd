using AggloDashboard.Core.Domain;
using AggloDashboard.Core.Metrics;

namespace AggloDashboard.Core.Analytics;

/// <summary>
/// What to regress: a city metric (from <see cref="MetricResults"/>) on driver indicators (from the dataset),
/// the drivers optionally lagged one year (x_i,t-1) and/or logged (ln x). The dependent stays in levels.
/// </summary>
public sealed record RegressionSpec(string Dependent, IReadOnlyList<string> Drivers, bool LagDrivers, bool LogDrivers)
{
    /// <summary>The default: lq.producer_services on every <c>driver</c> indicator, logged, not lagged.</summary>
    public static RegressionSpec Default(Dataset dataset) => new(MetricCodes.LqProducerServices,
        dataset.Indicators.Where(i => i.Subsystem == Subsystem.Driver).Select(i => i.Code).ToArray(),
        LagDrivers: false, LogDrivers: true);

    /// <summary>The regressor's name in results and tables: "ln(x)" when logged, prefixed "L." when lagged.</summary>
    public string TermOf(string driver) => (LagDrivers ? "L." : "") + (LogDrivers ? $"ln({driver})" : driver);
}
