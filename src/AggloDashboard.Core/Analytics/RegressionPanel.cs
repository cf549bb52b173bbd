using System.Globalization;
using AggloDashboard.Core.Domain;
using AggloDashboard.Core.Metrics;

namespace AggloDashboard.Core.Analytics;

/// <summary>A city-year left out of a regression panel, and why.</summary>
public sealed record DroppedRow(string RegionCode, int Year, string Reason);

/// <summary>The complete rows of a <see cref="RegressionSpec"/> and the city-years that were dropped.</summary>
public sealed record RegressionPanel(RegressionSpec Spec, PanelData Data, IReadOnlyList<DroppedRow> Dropped)
{
    /// <summary>
    /// One row per prefecture-level city and dataset year (cities in code order, then years) whose dependent value
    /// and every driver value (of year t - 1 when lagged; positive when logged) are present; every other city-year
    /// is listed in <see cref="Dropped"/> with all its reasons. Entity = city code, time = year.
    /// </summary>
    /// <exception cref="ArgumentException">A driver is not an indicator of the dataset.</exception>
    public static RegressionPanel Build(Dataset dataset, MetricResults results, RegressionSpec spec)
    {
        var known = dataset.Indicators.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        var unknown = spec.Drivers.Where(d => !known.Contains(d)).ToArray();
        if (unknown.Length > 0)
        {
            throw new ArgumentException($"not indicators of the dataset: {string.Join(", ", unknown)}", nameof(spec));
        }

        var panel = new PanelIndex(dataset);
        var years = panel.Years.ToHashSet();
        var rows = new List<PanelRow>();
        var dropped = new List<DroppedRow>();
        foreach (var city in panel.Cities)
        {
            foreach (var year in panel.Years)
            {
                var reasons = new List<string>();
                if (results.Get(city, year, spec.Dependent) is not { } y)
                {
                    reasons.Add($"no {spec.Dependent}");
                    y = double.NaN;
                }

                var driverYear = spec.LagDrivers ? year - 1 : year;
                var x = new double[spec.Drivers.Count];
                if (!years.Contains(driverYear))
                {
                    reasons.Add($"no year {driverYear} for the lagged drivers");
                }
                else
                {
                    for (var j = 0; j < x.Length; j++)
                    {
                        x[j] = DriverValue(panel, city, driverYear, spec.Drivers[j], spec.LogDrivers, reasons);
                    }
                }

                if (reasons.Count == 0)
                {
                    rows.Add(new PanelRow(city, year, y, x));
                }
                else
                {
                    dropped.Add(new DroppedRow(city, year, string.Join("; ", reasons)));
                }
            }
        }

        var data = new PanelData(spec.Dependent, spec.Drivers.Select(spec.TermOf).ToArray(), rows);
        return new RegressionPanel(spec, data, dropped);
    }

    private static double DriverValue(PanelIndex panel, string city, int year, string driver, bool log,
        List<string> reasons)
    {
        if (!panel.TryGet(city, year, driver, out var v))
        {
            reasons.Add($"{driver} missing in {year}");
            return double.NaN;
        }

        if (!log)
        {
            return v;
        }

        if (v <= 0)
        {
            reasons.Add($"{driver} = {v.ToString("R", CultureInfo.InvariantCulture)} in {year}: ln undefined");
            return double.NaN;
        }

        return Math.Log(v);
    }
}
