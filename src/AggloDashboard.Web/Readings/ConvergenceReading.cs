using AggloDashboard.Core.Analytics;
using AggloDashboard.Web.Views;

namespace AggloDashboard.Web.Readings;

/// <summary>What sigma and beta convergence results say, as one bilingual sentence each.</summary>
public static class ConvergenceReading
{
    public const double Significance = 0.05;

    /// <summary>
    /// The direction of a series by its fitted line: a change over the whole period smaller than
    /// <see cref="OverviewSummary.StableShare"/> of the series' mean reads as stable; null below three points.
    /// </summary>
    public static GapTrend? Fitted(IReadOnlyList<(int Year, double Value)> series)
    {
        if (series.Count < 3)
        {
            return null;
        }

        var slope = MathNet.Numerics.Fit.Line(series.Select(p => (double)p.Year).ToArray(), series.Select(p => p.Value).ToArray()).B;
        var share = slope * (series[^1].Year - series[0].Year) / series.Average(p => p.Value);
        return share < -OverviewSummary.StableShare ? GapTrend.Narrowing
            : share > OverviewSummary.StableShare ? GapTrend.Widening
            : GapTrend.Stable;
    }

    /// <summary>Sigma convergence: whether the CV across cities falls over the years.</summary>
    public static string Sigma(IReadOnlyList<SigmaPoint> points, Lang lang)
    {
        var trend = Fitted(points.Select(p => (p.Year, p.Cv)).ToArray());
        if (trend is null)
        {
            return UiText.Get(lang, "disp.sigma.none");
        }

        var culture = lang.Culture();
        return string.Format(culture, UiText.Get(lang, "disp.sigma." + OverviewSummary.TrendKey(trend.Value)),
            points[0].Year, points[0].Cv.ToString("0.0000", culture), points[^1].Year, points[^1].Cv.ToString("0.0000", culture));
    }

    /// <summary>Beta convergence: converging (β &lt; 0, significant), a hint (β &lt; 0, not significant), or not.</summary>
    public static string Beta(BetaConvergence beta, Lang lang)
    {
        if (!double.IsFinite(beta.Beta))
        {
            return UiText.Get(lang, "disp.beta.none");
        }

        var culture = lang.Culture();
        var key = beta.Beta >= 0 ? "disp.beta.diverge" : beta.P < Significance ? "disp.beta.converge" : "disp.beta.weak";
        return string.Format(culture, UiText.Get(lang, key), beta.Beta.ToString("0.0000", culture), beta.P.ToString("0.000", culture),
            double.IsFinite(beta.Speed) ? beta.Speed.ToString("0.00%", culture) : "—",
            double.IsFinite(beta.HalfLife) ? beta.HalfLife.ToString("0.0", culture) : "—");
    }
}
