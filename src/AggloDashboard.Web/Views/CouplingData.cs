using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Services;

namespace AggloDashboard.Web.Views;

/// <summary>A city's agglomeration U1 (agglo.u) and innovation U2 (innov.t) in a year, their coordination D and relative development type.</summary>
public sealed record CouplingPoint(string CityCode, string CityName, double U1, double U2, double? D, CoordinationClass? Class,
    RelativeDevelopmentType Type);

/// <summary>One point of an iso-line of the agglomeration–innovation coordination D.</summary>
public readonly record struct IsoPoint(double U1, double U2);

/// <summary>The numbers of the /coupling page, from a snapshot's results and settings.</summary>
public static class CouplingData
{
    /// <summary>The levels of D drawn as iso-lines.</summary>
    public static readonly double[] IsoLevels = [0.3, 0.5, 0.7, 0.9];

    /// <summary>How many U1 steps an iso-line is sampled at over (0, 1].</summary>
    public const int IsoSteps = 200;

    /// <summary>The cities that have both U1 and U2 in the year, in dataset order, typed by the settings' tolerance.</summary>
    public static IReadOnlyList<CouplingPoint> Points(DashboardSnapshot s, int year, Lang lang)
    {
        var settings = s.Results.Settings;
        var points = new List<CouplingPoint>();
        foreach (var city in s.Cities)
        {
            if (s.Value(city.Code, year, MetricCodes.AgglomerationU) is not { } u1 || s.Value(city.Code, year, MetricCodes.InnovationT) is not { } u2)
            {
                continue;
            }

            var d = s.Value(city.Code, year, MetricCodes.CouplingD);
            points.Add(new CouplingPoint(city.Code, lang.Pick(city.NameZh, city.NameEn), u1, u2, d,
                d is { } v ? settings.ClassThresholds.Classify(Math.Clamp(v, 0, 1)) : null,
                RelativeDevelopment.Classify(u1, u2, settings.RelativeDevelopmentTolerance)));
        }

        return points;
    }

    /// <summary>D of the two systems with the settings' form and α, as couple.d is computed.</summary>
    public static double D(MetricSettings settings, double u1, double u2) =>
        CouplingCoordination.Compute([u1, u2], settings.CouplingAlphas, settings.CouplingForm).D;

    /// <summary>
    /// The curve D(U1, U2) = <paramref name="level"/> inside the unit square: for each U1 on a grid over (0, 1], the smallest
    /// U2 in (0, 1] where D reaches the level, found by a scan for the first sign change and bisection to machine precision.
    /// U1 where D stays below the level up to U2 = 1 have no point.
    /// </summary>
    public static IReadOnlyList<IsoPoint> IsoLine(MetricSettings settings, double level, int steps = IsoSteps)
    {
        const int scan = 400;
        var points = new List<IsoPoint>();
        for (var i = 1; i <= steps; i++)
        {
            var u1 = (double)i / steps;
            double F(double u2) => D(settings, u1, u2) - level;
            var lo = 0.0;
            var flo = F(lo);
            for (var j = 1; j <= scan; j++)
            {
                var hi = (double)j / scan;
                var fhi = F(hi);
                if (flo < 0 && fhi >= 0)
                {
                    points.Add(new IsoPoint(u1, Bisect(F, lo, hi)));
                    break;
                }

                (lo, flo) = (hi, fhi);
            }
        }

        return points;
    }

    private static double Bisect(Func<double, double> f, double lo, double hi)
    {
        for (var k = 0; k < 200 && hi - lo > 0; k++)
        {
            var mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi)
            {
                break;
            }

            if (f(mid) < 0)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return Math.Abs(f(lo)) <= Math.Abs(f(hi)) ? lo : hi;
    }

    /// <summary>The band |U1 − U2| ≤ tolerance inside the unit square, as a closed polygon.</summary>
    public static IReadOnlyList<IsoPoint> SynchronousBand(double tolerance)
    {
        var t = Math.Min(tolerance, 1);
        return [new(0, 0), new(0, t), new(1 - t, 1), new(1, 1), new(1, 1 - t), new(t, 0), new(0, 0)];
    }

    /// <summary>The relative development rule as it reads: "|U1 − U2| ≤ 0.1".</summary>
    public static string Rule(MetricSettings settings) =>
        "|U1 − U2| ≤ " + settings.RelativeDevelopmentTolerance.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);

    public static string TypeKey(RelativeDevelopmentType type) => type switch
    {
        RelativeDevelopmentType.Synchronous => "reldev.synchronous",
        RelativeDevelopmentType.InnovationLags => "reldev.innovationLags",
        _ => "reldev.agglomerationLags",
    };

    /// <summary>
    /// A sentence on the between-city gap of <paramref name="metric"/> from the first year to <paramref name="year"/>: CV, Theil
    /// and Gini at both ends and whether the gap narrows, by the overview's trend of the CV.
    /// </summary>
    public static string GapReading(DashboardSnapshot s, string metric, int year, Lang lang)
    {
        var first = s.Years[0];
        var culture = lang.Culture();
        string F(double? v) => v is { } x ? x.ToString("0.000", culture) : "—";
        string Pair(string code) => F(s.Aggregate(first, code)) + " → " + F(s.Aggregate(year, code));
        var name = s.Catalog.Find(metric)?.Name(lang) ?? metric;
        var trend = OverviewSummary.Trend(s, MetricCodes.Cv(metric), year);
        var verdict = trend is { } t ? UiText.Get(lang, "reading.trend." + OverviewSummary.TrendKey(t)) : UiText.Get(lang, "coupling.gapUnknown");
        return string.Format(culture, UiText.Get(lang, "coupling.gapReading"), first, year, name, Pair(MetricCodes.Cv(metric)),
            Pair(MetricCodes.Theil(metric)), Pair(MetricCodes.Gini(metric)), verdict);
    }
}
