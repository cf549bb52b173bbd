using AggloDashboard.Core.Domain;

namespace AggloDashboard.Core.Metrics;

/// <summary>Location quotients, synergy co-agglomeration (§1) and Ellison–Glaeser indexes (§2), year by year.</summary>
internal static class AgglomerationStep
{
    public static void Run(PanelIndex panel, MetricSink sink)
    {
        var total = panel.Indicators(Subsystem.EmploymentTotal);
        var manufacturing = panel.Indicators(Subsystem.Manufacturing);
        var services = panel.Indicators(Subsystem.ProducerServices);
        if (total.Count != 1 || manufacturing.Count != 1 || services.Count == 0)
        {
            return;
        }

        IReadOnlyList<Indicator> employment = [total[0], manufacturing[0], .. services];
        foreach (var year in panel.Years)
        {
            // The reference region R: every city with complete employment data that year (docs/METRICS.md, notation).
            var rows = panel.Cities
                .Select(city => (City: city, Values: panel.TryGetAll(city, year, employment)))
                .Where(r => r.Values is not null)
                .Select(r => new EmploymentRow(r.City, r.Values!))
                .ToArray();
            if (rows.Length == 0)
            {
                continue;
            }

            AddLocationQuotients(rows, services, year, sink);
            AddConcentration(rows, year, sink);
        }
    }

    private static void AddLocationQuotients(EmploymentRow[] rows, IReadOnlyList<Indicator> services, int year,
        MetricSink sink)
    {
        var reference = new double[rows[0].Values.Length];
        foreach (var row in rows)
        {
            for (var k = 0; k < reference.Length; k++)
            {
                reference[k] += row.Values[k];
            }
        }

        var referenceServices = reference.Skip(2).Sum();
        foreach (var row in rows)
        {
            var lqm = LocationQuotient.Compute(row.Manufacturing, row.Total, reference[1], reference[0]);
            var lqp = LocationQuotient.Compute(row.ProducerServices, row.Total, referenceServices, reference[0]);
            sink.Add(row.City, year, MetricCodes.LqManufacturing, lqm);
            sink.Add(row.City, year, MetricCodes.LqProducerServices, lqp);
            sink.Add(row.City, year, MetricCodes.Coagglomeration, SynergyCoagglomeration.Compute(lqp, lqm));
            for (var s = 0; s < services.Count; s++)
            {
                var lq = LocationQuotient.Compute(row.Values[2 + s], row.Total, reference[2 + s], reference[0]);
                sink.Add(row.City, year, MetricCodes.SectorLq(services[s].Code), lq);
            }
        }
    }

    private static void AddConcentration(EmploymentRow[] rows, int year, MetricSink sink)
    {
        if (rows.Length < 2)
        {
            return;
        }

        var x = EllisonGlaeser.Shares(rows.Select(r => r.Total).ToArray());
        var sm = EllisonGlaeser.Shares(rows.Select(r => r.Manufacturing).ToArray());
        var sp = EllisonGlaeser.Shares(rows.Select(r => r.ProducerServices).ToArray());
        sink.Add(year, MetricCodes.EgManufacturing, EllisonGlaeser.Agglomeration(sm, x));
        sink.Add(year, MetricCodes.EgProducerServices, EllisonGlaeser.Agglomeration(sp, x));
        sink.Add(year, MetricCodes.EgkCoagglomeration, EllisonGlaeser.Coagglomeration(sm, sp, x));
    }

    /// <summary>A city-year's employment: [total, manufacturing, producer-service sectors...].</summary>
    private sealed record EmploymentRow(string City, double[] Values)
    {
        public double Total => Values[0];
        public double Manufacturing => Values[1];
        public double ProducerServices => Values.Skip(2).Sum();
    }
}
