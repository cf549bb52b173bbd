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

        var employment = panel.IndicatorSlots([total[0], manufacturing[0], .. services]);
        var metrics = new Metrics(sink, services);
        for (var y = 0; y < panel.Years.Count; y++)
        {
            // The reference region R: every city with complete employment data that year (docs/METRICS.md, notation).
            var rows = new List<EmploymentRow>(panel.Cities.Count);
            foreach (var slot in panel.CitySlots)
            {
                if (panel.TryGetAll(slot, y, employment) is { } values)
                {
                    rows.Add(new EmploymentRow(slot, values));
                }
            }

            if (rows.Count == 0)
            {
                continue;
            }

            AddLocationQuotients(rows, y, sink, metrics);
            AddConcentration(rows, panel.Years[y], sink);
        }
    }

    private static void AddLocationQuotients(List<EmploymentRow> rows, int y, MetricSink sink, Metrics metrics)
    {
        var reference = new double[rows[0].Values.Length];
        foreach (var row in rows)
        {
            for (var k = 0; k < reference.Length; k++)
            {
                reference[k] += row.Values[k];
            }
        }

        var referenceServices = SumOfServices(reference);
        foreach (var row in rows)
        {
            var lqm = LocationQuotient.Compute(row.Manufacturing, row.Total, reference[1], reference[0]);
            var lqp = LocationQuotient.Compute(row.ProducerServices, row.Total, referenceServices, reference[0]);
            sink.Add(row.Slot, y, metrics.Manufacturing, lqm);
            sink.Add(row.Slot, y, metrics.ProducerServices, lqp);
            sink.Add(row.Slot, y, metrics.Coagglomeration, SynergyCoagglomeration.Compute(lqp, lqm));
            for (var s = 0; s < metrics.Sectors.Length; s++)
            {
                var lq = LocationQuotient.Compute(row.Values[2 + s], row.Total, reference[2 + s], reference[0]);
                sink.Add(row.Slot, y, metrics.Sectors[s], lq);
            }
        }
    }

    private static void AddConcentration(List<EmploymentRow> rows, int year, MetricSink sink)
    {
        if (rows.Count < 2)
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

    /// <summary>The producer-service sectors' sum, added from the first sector on (the order the sums always used).</summary>
    private static double SumOfServices(double[] values)
    {
        var sum = 0.0;
        for (var k = 2; k < values.Length; k++)
        {
            sum += values[k];
        }

        return sum;
    }

    /// <summary>A city-year's employment: [total, manufacturing, producer-service sectors...].</summary>
    private readonly record struct EmploymentRow(int Slot, double[] Values)
    {
        public double Total => Values[0];
        public double Manufacturing => Values[1];
        public double ProducerServices => SumOfServices(Values);
    }

    /// <summary>The places of the step's metrics in the metric order.</summary>
    private sealed class Metrics(MetricSink sink, IReadOnlyList<Indicator> services)
    {
        public int Manufacturing { get; } = sink.IndexOf(MetricCodes.LqManufacturing);
        public int ProducerServices { get; } = sink.IndexOf(MetricCodes.LqProducerServices);
        public int Coagglomeration { get; } = sink.IndexOf(MetricCodes.Coagglomeration);
        public int[] Sectors { get; } = services.Select(s => sink.IndexOf(MetricCodes.SectorLq(s.Code))).ToArray();
    }
}
