using AggloDashboard.Core.Analytics;
using AggloDashboard.Web.Readings;
using AggloDashboard.Web.Views;

namespace AggloDashboard.Web.Tests.Services;

public sealed class ConvergenceReadingTests
{
    private static SigmaPoint[] Cvs(params double[] cvs) =>
        cvs.Select((cv, i) => new SigmaPoint(2010 + i, 9, cv, cv / 2, cv / 3)).ToArray();

    private static BetaConvergence Beta(double beta, double p) =>
        new(9, 10, 0.1, beta, 0.01, beta / 0.01, p, 0.5, 0.02, 34.66);

    [Fact]
    public void A_falling_cv_reads_as_sigma_convergence_in_both_languages()
    {
        var points = Cvs(0.40, 0.36, 0.31, 0.27);

        Assert.Equal(GapTrend.Narrowing, ConvergenceReading.Fitted(points.Select(p => (p.Year, p.Cv)).ToArray()));
        Assert.Contains("narrowing (sigma convergence)", ConvergenceReading.Sigma(points, Lang.En));
        Assert.Contains("0.4000 in 2010", ConvergenceReading.Sigma(points, Lang.En));
        Assert.Contains("存在σ收敛", ConvergenceReading.Sigma(points, Lang.Zh));
    }

    [Fact]
    public void A_rising_or_flat_cv_is_not_sigma_convergence()
    {
        Assert.Contains("widening (no sigma convergence)", ConvergenceReading.Sigma(Cvs(0.2, 0.25, 0.3), Lang.En));
        Assert.Contains("about stable", ConvergenceReading.Sigma(Cvs(0.3, 0.301, 0.3, 0.3005), Lang.En));
        Assert.Equal("Too few years to judge sigma convergence.", ConvergenceReading.Sigma(Cvs(0.3, 0.2), Lang.En));
    }

    [Fact]
    public void Beta_reads_as_converging_only_when_negative_and_significant()
    {
        Assert.Contains("the cities converge (beta convergence) at 2.00% a year, half-life 34.7 years",
            ConvergenceReading.Beta(Beta(-0.02, 0.01), Lang.En));
        Assert.Contains("城市间存在β收敛", ConvergenceReading.Beta(Beta(-0.02, 0.01), Lang.Zh));
        Assert.Contains("not evidence that the cities converge", ConvergenceReading.Beta(Beta(-0.02, 0.2), Lang.En));
        Assert.Contains("do not converge", ConvergenceReading.Beta(Beta(0.01, 0.01), Lang.En));
        Assert.Contains("Too few usable cities", ConvergenceReading.Beta(Beta(double.NaN, double.NaN), Lang.En));
    }
}
