using AggloDashboard.Core.Domain;
using AggloDashboard.Core.Metrics;

namespace AggloDashboard.Core.Tests.Engine;

/// <summary>
/// The metrics engine written the straightforward way (dictionaries keyed by city, year and code, LINQ, one pass per
/// metric), as the engine was before it moved to arrays. It uses only the public formulas, adds in the same order, and
/// serves as the reference that the array engine must match bit for bit.
/// </summary>
public static class ReferenceMetricsEngine
{
    public sealed record Output(IReadOnlyList<string> MetricOrder, IReadOnlyList<RegionMetricValue> Regional,
        IReadOnlyList<AggregateMetricValue> Aggregate, IReadOnlyList<IndicatorWeight> Weights,
        IReadOnlyList<CompositeDetail> Composites);

    private static readonly (Subsystem Subsystem, string Metric)[] InnovationSubsystems =
    [
        (Subsystem.InnovationInput, MetricCodes.InnovationInput),
        (Subsystem.InnovationOutput, MetricCodes.InnovationOutput),
        (Subsystem.InnovationBenefit, MetricCodes.InnovationBenefit),
    ];

    private static readonly string[] AgglomerationParts =
        [MetricCodes.LqManufacturing, MetricCodes.LqProducerServices, MetricCodes.Coagglomeration];

    public static Output Compute(Dataset dataset, MetricSettings? settings = null)
    {
        settings ??= MetricSettings.Default;
        var cities = dataset.Prefectures.Select(r => r.Code).ToArray();
        var citySet = cities.ToHashSet(StringComparer.Ordinal);
        var values = new Dictionary<(string, int, string), double>();
        foreach (var o in dataset.Observations)
        {
            if (o.Value is { } v && citySet.Contains(o.RegionCode))
            {
                values[(o.RegionCode, o.Year, o.IndicatorCode)] = v;
            }
        }

        var years = dataset.Years;
        var indicatorsOf = dataset.Indicators.GroupBy(i => i.Subsystem).ToDictionary(g => g.Key, g => g.ToArray());
        Indicator[] Indicators(Subsystem s) => indicatorsOf.TryGetValue(s, out var list) ? list : [];
        double[]? All(string city, int year, IReadOnlyList<Indicator> indicators)
        {
            var row = new double[indicators.Count];
            for (var j = 0; j < row.Length; j++)
            {
                if (!values.TryGetValue((city, year, indicators[j].Code), out row[j]))
                {
                    return null;
                }
            }

            return row;
        }

        var regional = new Dictionary<(string Region, int Year, string Metric), double>();
        var aggregate = new List<AggregateMetricValue>();
        void Add(string city, int year, string metric, double value)
        {
            if (double.IsFinite(value))
            {
                regional[(city, year, metric)] = value;
            }
        }

        void AddAggregate(int year, string metric, double value)
        {
            if (double.IsFinite(value))
            {
                aggregate.Add(new AggregateMetricValue(year, metric, value));
            }
        }

        var weightsLog = new List<IndicatorWeight>();
        var details = new List<CompositeDetail>();
        void Score(string composite, IReadOnlyList<string> codes, IReadOnlyList<int> directions,
            IEnumerable<(string City, int Year, double[]? Values)> observations)
        {
            var complete = observations.Where(o => o.Values is not null).ToArray();
            if (complete.Length == 0 || codes.Count == 0)
            {
                return;
            }

            var result = EntropyWeighting.Compute(complete.Select(o => o.Values!).ToArray(), directions);
            var weights = Choose(settings.Weighting, codes, result.Weights);
            for (var o = 0; o < complete.Length; o++)
            {
                var score = settings.Weighting.Method == WeightingMethod.Entropy
                    ? result.Scores[o]
                    : WeightedScore(weights, result.Standardised[o]);
                Add(complete[o].City, complete[o].Year, composite, score);
            }

            for (var j = 0; j < codes.Count; j++)
            {
                weightsLog.Add(new IndicatorWeight(composite, codes[j], weights[j], result.Entropies[j]));
            }

            details.Add(new CompositeDetail(composite, codes, weights,
                complete.Select(o => new CityYear(o.City, o.Year)).ToArray(), result.Standardised));
        }

        var total = Indicators(Subsystem.EmploymentTotal);
        var manufacturing = Indicators(Subsystem.Manufacturing);
        var services = Indicators(Subsystem.ProducerServices);
        if (total.Length == 1 && manufacturing.Length == 1 && services.Length > 0)
        {
            Indicator[] employment = [total[0], manufacturing[0], .. services];
            foreach (var year in years)
            {
                var rows = cities.Select(c => (City: c, Values: All(c, year, employment))).Where(r => r.Values is not null)
                    .Select(r => (r.City, Values: r.Values!)).ToArray();
                if (rows.Length == 0)
                {
                    continue;
                }

                var reference = new double[employment.Length];
                foreach (var row in rows)
                {
                    for (var k = 0; k < reference.Length; k++)
                    {
                        reference[k] += row.Values[k];
                    }
                }

                var referenceServices = reference.Skip(2).Sum();
                foreach (var (city, row) in rows)
                {
                    var lqm = LocationQuotient.Compute(row[1], row[0], reference[1], reference[0]);
                    var lqp = LocationQuotient.Compute(row.Skip(2).Sum(), row[0], referenceServices, reference[0]);
                    Add(city, year, MetricCodes.LqManufacturing, lqm);
                    Add(city, year, MetricCodes.LqProducerServices, lqp);
                    Add(city, year, MetricCodes.Coagglomeration, SynergyCoagglomeration.Compute(lqp, lqm));
                    for (var s = 0; s < services.Length; s++)
                    {
                        Add(city, year, MetricCodes.SectorLq(services[s].Code),
                            LocationQuotient.Compute(row[2 + s], row[0], reference[2 + s], reference[0]));
                    }
                }

                if (rows.Length >= 2)
                {
                    var x = EllisonGlaeser.Shares(rows.Select(r => r.Values[0]).ToArray());
                    var sm = EllisonGlaeser.Shares(rows.Select(r => r.Values[1]).ToArray());
                    var sp = EllisonGlaeser.Shares(rows.Select(r => r.Values.Skip(2).Sum()).ToArray());
                    AddAggregate(year, MetricCodes.EgManufacturing, EllisonGlaeser.Agglomeration(sm, x));
                    AddAggregate(year, MetricCodes.EgProducerServices, EllisonGlaeser.Agglomeration(sp, x));
                    AddAggregate(year, MetricCodes.EgkCoagglomeration, EllisonGlaeser.Coagglomeration(sm, sp, x));
                }
            }
        }

        var cityYears = cities.SelectMany(c => years.Select(y => (City: c, Year: y))).ToArray();
        foreach (var (subsystem, metric) in InnovationSubsystems)
        {
            var indicators = Indicators(subsystem);
            Score(metric, indicators.Select(i => i.Code).ToArray(), indicators.Select(i => i.Direction).ToArray(),
                cityYears.Select(cy => (cy.City, cy.Year, All(cy.City, cy.Year, indicators))));
        }

        foreach (var (city, year) in cityYears)
        {
            var scores = InnovationSubsystems.Select(s => regional.TryGetValue((city, year, s.Metric), out var v) ? v : (double?)null).ToArray();
            if (scores.Any(s => s is null))
            {
                continue;
            }

            var ccd = CouplingCoordination.Compute(scores.Select(s => s!.Value).ToArray(), settings.InnovationAlphas, settings.CouplingForm);
            Add(city, year, MetricCodes.InnovationC, ccd.C);
            Add(city, year, MetricCodes.InnovationT, ccd.T);
            Add(city, year, MetricCodes.InnovationD, ccd.D);
        }

        Score(MetricCodes.AgglomerationU, AgglomerationParts, [1, 1, 1], cityYears.Select(cy => (cy.City, cy.Year,
            AgglomerationParts.All(p => regional.ContainsKey((cy.City, cy.Year, p)))
                ? AgglomerationParts.Select(p => regional[(cy.City, cy.Year, p)]).ToArray()
                : null)));
        foreach (var (city, year) in cityYears)
        {
            if (!regional.TryGetValue((city, year, MetricCodes.AgglomerationU), out var agglomeration)
                || !regional.TryGetValue((city, year, MetricCodes.InnovationT), out var innovation))
            {
                continue;
            }

            var ccd = CouplingCoordination.Compute([agglomeration, innovation], settings.CouplingAlphas, settings.CouplingForm);
            Add(city, year, MetricCodes.CouplingC, ccd.C);
            Add(city, year, MetricCodes.CouplingT, ccd.T);
            Add(city, year, MetricCodes.CouplingD, ccd.D);
            Add(city, year, MetricCodes.CouplingRatio, agglomeration / innovation);
        }

        string[] order =
        [
            MetricCodes.LqManufacturing, MetricCodes.LqProducerServices,
            .. services.Select(i => MetricCodes.SectorLq(i.Code)),
            MetricCodes.Coagglomeration, MetricCodes.InnovationInput, MetricCodes.InnovationOutput,
            MetricCodes.InnovationBenefit, MetricCodes.InnovationC, MetricCodes.InnovationT, MetricCodes.InnovationD,
            MetricCodes.AgglomerationU, MetricCodes.CouplingC, MetricCodes.CouplingT, MetricCodes.CouplingD,
            MetricCodes.CouplingRatio,
        ];
        var sorted = regional.Select(kv => new RegionMetricValue(kv.Key.Region, kv.Key.Year, kv.Key.Metric, kv.Value))
            .OrderBy(v => v.RegionCode, StringComparer.Ordinal).ThenBy(v => v.Year).ThenBy(v => Array.IndexOf(order, v.Metric))
            .ToArray();
        var byYearMetric = sorted.ToLookup(v => (v.Year, v.Metric), v => v.Value);
        foreach (var year in sorted.Select(v => v.Year).Distinct().Order())
        {
            foreach (var metric in order)
            {
                var list = byYearMetric[(year, metric)].ToArray();
                if (list.Length < 2)
                {
                    continue;
                }

                AddAggregate(year, MetricCodes.Cv(metric), Inequality.CoefficientOfVariation(list));
                AddAggregate(year, MetricCodes.Theil(metric), Inequality.TheilT(list));
                AddAggregate(year, MetricCodes.Gini(metric), Inequality.Gini(list));
            }
        }

        return new Output(order, sorted, aggregate.OrderBy(a => a.Year).ToArray(), weightsLog, details);
    }

    private static IReadOnlyList<double> Choose(IndicatorWeighting weighting, IReadOnlyList<string> codes,
        IReadOnlyList<double> entropyWeights)
    {
        switch (weighting.Method)
        {
            case WeightingMethod.Equal:
                return Enumerable.Repeat(1.0 / codes.Count, codes.Count).ToArray();
            case WeightingMethod.UserGiven:
                var raw = codes.Select(c => weighting.UserWeights[c]).ToArray();
                var sum = raw.Sum();
                return raw.Select(w => w / sum).ToArray();
            default:
                return entropyWeights;
        }
    }

    private static double WeightedScore(IReadOnlyList<double> weights, IReadOnlyList<double> standardised)
    {
        var score = 0.0;
        for (var j = 0; j < weights.Count; j++)
        {
            score += weights[j] * (EntropyWeighting.Shift + (1 - EntropyWeighting.Shift) * standardised[j]);
        }

        return score;
    }
}
