using AggloDashboard.Core.Domain;
using AggloDashboard.Core.Metrics;

namespace AggloDashboard.Core.Analytics;

/// <summary>Krugman specialisation index of a city against the reference region (Krugman 1991, Geography and Trade).</summary>
public static class KrugmanSpecialisation
{
    public const string MetricCode = "krugman";

    /// <summary>
    /// K_i = Σ_k |E_ik / E_i - E_Rk / E_R| over the sectors k, with E_i and E_R total employment. 0 is the reference
    /// region's structure; 2 is the most different when the sectors cover all employment.
    /// </summary>
    /// <returns>K, or <see cref="double.NaN"/> when either total is not positive.</returns>
    public static double Index(IReadOnlyList<double> citySectors, double cityTotal, IReadOnlyList<double> referenceSectors,
        double referenceTotal)
    {
        if (citySectors.Count != referenceSectors.Count)
        {
            throw new ArgumentException($"{citySectors.Count} city sectors and {referenceSectors.Count} reference sectors");
        }

        if (cityTotal <= 0 || referenceTotal <= 0)
        {
            return double.NaN;
        }

        return citySectors.Zip(referenceSectors).Sum(p => Math.Abs(p.First / cityTotal - p.Second / referenceTotal));
    }

    /// <summary>
    /// K for every city-year of the dataset. Sectors: the <c>manufacturing</c> indicator, each
    /// <c>producer_services</c> indicator and each <c>employment_other</c> indicator; shares are of the
    /// <c>employment_total</c> indicator (as for the location quotients). The reference region of a year is the sum
    /// of the cities that have every one of these values that year; a city missing one gets no K that year.
    /// </summary>
    public static IReadOnlyList<RegionMetricValue> ForDataset(Dataset dataset)
    {
        var panel = new PanelIndex(dataset);
        var total = panel.Indicators(Subsystem.EmploymentTotal);
        IReadOnlyList<Indicator> sectors =
        [
            .. panel.Indicators(Subsystem.Manufacturing),
            .. panel.Indicators(Subsystem.ProducerServices),
            .. panel.Indicators(Subsystem.EmploymentOther),
        ];
        if (total.Count != 1 || sectors.Count == 0)
        {
            return [];
        }

        IReadOnlyList<Indicator> columns = [total[0], .. sectors];
        var result = new List<RegionMetricValue>();
        foreach (var year in panel.Years)
        {
            var rows = panel.Cities
                .Select(city => (City: city, Values: panel.TryGetAll(city, year, columns)))
                .Where(r => r.Values is not null)
                .ToArray();
            var reference = Enumerable.Range(0, columns.Count).Select(k => rows.Sum(r => r.Values![k])).ToArray();
            foreach (var (city, values) in rows)
            {
                var k = Index(values![1..], values[0], reference[1..], reference[0]);
                if (double.IsFinite(k))
                {
                    result.Add(new RegionMetricValue(city, year, MetricCode, k));
                }
            }
        }

        return result.OrderBy(v => v.RegionCode, StringComparer.Ordinal).ThenBy(v => v.Year).ToArray();
    }
}
