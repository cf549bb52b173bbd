using AggloDashboard.Core.Domain;
using AggloDashboard.Core.Metrics;

namespace AggloDashboard.Core.Analytics;

/// <summary>A driver's grey relational grade to the reference metric in one scope (a city code, or "overall").</summary>
public sealed record GreyGrade(string Reference, string Scope, string Driver, double Grade, int Rank, int Years);

/// <summary>Grey relational grades of driver indicators to a city metric, per city and overall (docs/METRICS.md §7).</summary>
public static class GreyRelationalPanel
{
    public const string OverallScope = "overall";

    /// <summary>A city needs at least this many complete years: with fewer, mean scaling leaves almost nothing to compare.</summary>
    public const int MinimumYears = 3;

    /// <summary>
    /// Per city: <see cref="GreyRelational.Grades"/> over the years in which the reference metric and every driver
    /// are present (raw driver values; mean scaling removes their units). Overall: the mean of the city grades of
    /// each driver (Years = the number of cities averaged). Ranks: 1 for the highest grade within the scope, ties
    /// in driver order. Cities with fewer than <see cref="MinimumYears"/> complete years, or undefined grades, are
    /// left out.
    /// </summary>
    public static IReadOnlyList<GreyGrade> Compute(Dataset dataset, MetricResults results, string reference,
        IReadOnlyList<string> drivers)
    {
        var panel = new PanelIndex(dataset);
        var perCity = new List<GreyGrade>();
        foreach (var city in panel.Cities)
        {
            var years = panel.Years
                .Where(t => results.Get(city, t, reference) is not null && drivers.All(d => panel.TryGet(city, t, d, out _)))
                .ToArray();
            if (years.Length < MinimumYears)
            {
                continue;
            }

            var grades = GreyRelational.Grades(
                years.Select(t => results.Get(city, t, reference)!.Value).ToArray(),
                drivers.Select(d => (IReadOnlyList<double>)years.Select(t => Value(panel, city, t, d)).ToArray()).ToArray());
            if (grades.All(double.IsFinite))
            {
                perCity.AddRange(Ranked(reference, city, drivers, grades, years.Length));
            }
        }

        var cities = perCity.Select(g => g.Scope).Distinct().Count();
        if (cities == 0)
        {
            return [];
        }

        var overall = drivers.Select(d => perCity.Where(g => g.Driver == d).Average(g => g.Grade)).ToArray();
        return [.. perCity, .. Ranked(reference, OverallScope, drivers, overall, cities)];
    }

    private static double Value(PanelIndex panel, string city, int year, string driver) =>
        panel.TryGet(city, year, driver, out var v) ? v : double.NaN;

    private static IEnumerable<GreyGrade> Ranked(string reference, string scope, IReadOnlyList<string> drivers,
        IReadOnlyList<double> grades, int years)
    {
        var order = Enumerable.Range(0, drivers.Count).OrderByDescending(j => grades[j]).ToArray();
        return order.Select((j, rank) => new GreyGrade(reference, scope, drivers[j], grades[j], rank + 1, years));
    }
}
