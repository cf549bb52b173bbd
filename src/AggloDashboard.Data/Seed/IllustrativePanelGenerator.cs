using AggloDashboard.Core.Domain;

namespace AggloDashboard.Data.Seed;

/// <summary>
/// Generates the ILLUSTRATIVE Jilin panel of seed-data/ from <see cref="JilinProfiles"/> (and the panels of the larger
/// region sets of <see cref="RegionSetPanel"/> from their profiles): each quantity moves from
/// its 2005 to its 2023 level (geometrically for levels, linearly for shares) with seeded multiplicative noise, and
/// is rounded as a yearbook would print it. Not official statistics. Reproducible: the same seed gives the same panel
/// (System.Random's seeded algorithm is fixed across .NET versions, and rounding absorbs last-bit differences).
/// </summary>
public static class IllustrativePanelGenerator
{
    public const int DefaultSeed = 2260;
    public const int FirstYear = 2005;
    public const int LastYear = 2023;

    /// <summary>Values left missing on purpose, as yearbooks have gaps: the engine must cope with them.</summary>
    public static IReadOnlyList<(string Region, int Year, string Indicator)> DeliberateGaps { get; } =
    [
        ("220600", 2005, "out.tech_contracts"),
        ("222400", 2006, "drv.fdi"),
    ];

    // Shares of the producer-service total in transport, IT, finance, leasing, research before the knowledge tilt.
    private static readonly (string Code, double Share, bool Knowledge)[] ServiceMix =
    [
        ("emp.ps.transport", 0.30, false),
        ("emp.ps.it", 0.10, true),
        ("emp.ps.finance", 0.26, false),
        ("emp.ps.leasing", 0.14, true),
        ("emp.ps.research", 0.20, true),
    ];

    /// <summary>The panel of seed-data/: the nine Jilin cities, without boundaries.</summary>
    public static Dataset Generate(int seed = DefaultSeed) => Generate(SeedCatalog.Regions, JilinProfiles.All, null, seed);

    /// <summary>
    /// The panel of <paramref name="regions"/>, one city per profile, drawn in the profiles' order from one random
    /// stream seeded with <paramref name="seed"/>, with <see cref="SeedCatalog.Indicators"/>.
    /// </summary>
    public static Dataset Generate(IReadOnlyList<Region> regions, IReadOnlyList<CityProfile> profiles, string? boundaryGeoJson, int seed)
    {
        var random = new Random(seed);
        var observations = new List<Observation>();
        foreach (var city in profiles)
        {
            for (var year = FirstYear; year <= LastYear; year++)
            {
                var f = (year - FirstYear) / (double)(LastYear - FirstYear);
                var values = new CityYearValues(city, f, new Noise(random)).All();
                observations.AddRange(values.Select(v => new Observation(city.Code, year, v.Indicator,
                    IsGap(city.Code, year, v.Indicator) ? null : v.Value)));
            }
        }

        return new Dataset(regions, SeedCatalog.Indicators, observations, boundaryGeoJson);
    }

    private static bool IsGap(string region, int year, string indicator) =>
        DeliberateGaps.Contains((region, year, indicator));

    /// <summary>Multiplicative Gaussian noise 1 + σ·N(0, 1) by the Box–Muller transform.</summary>
    private sealed class Noise(Random random)
    {
        public double Factor(double sigma)
        {
            var u1 = 1.0 - random.NextDouble();
            var u2 = random.NextDouble();
            return 1 + sigma * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        }
    }

    private sealed class CityYearValues(CityProfile city, double f, Noise noise)
    {
        public List<(string Indicator, double Value)> All()
        {
            var result = new List<(string, double)>();
            AddEmployment(result);
            AddInnovationAndDrivers(result);
            return result;
        }

        private void AddEmployment(List<(string, double)> result)
        {
            var total = Round(city.Employment.Geometric(f) * noise.Factor(0.01), 2);
            var manufacturing = Round(total * city.ManufacturingShare.Linear(f) * noise.Factor(0.015), 2);
            var services = total * city.ProducerServiceShare.Linear(f) * noise.Factor(0.015);
            var mix = ServiceMix
                .Select(s => (s.Code, Weight: s.Share * (s.Knowledge ? city.KnowledgeServiceTilt * (1 + 0.4 * f) : 1)))
                .ToArray();
            var mixTotal = mix.Sum(m => m.Weight);
            var sectors = mix.Select(m => (m.Code, Value: Round(services * m.Weight / mixTotal * noise.Factor(0.03), 2))).ToArray();

            result.Add(("emp.total", total));
            result.Add(("emp.manufacturing", manufacturing));
            result.AddRange(sectors);
            result.Add(("emp.other", Round(total - manufacturing - sectors.Sum(s => s.Value), 2)));
        }

        private void AddInnovationAndDrivers(List<(string, double)> result)
        {
            var capacity = city.InnovationCapacity.Geometric(f);
            var population = Round(city.Population.Linear(f) * noise.Factor(0.003), 2);
            var gdpPerCapita = Round(city.GdpPerCapita.Geometric(f) * noise.Factor(0.02), 0);
            var fiscalSt = Round(capacity * 48000 * noise.Factor(0.05), 0);
            var fiscalEdu = Round(population * 450 * (1 + 2.2 * f) * noise.Factor(0.03), 0);
            var patents = Round(capacity * 3200 * noise.Factor(0.05), 0);
            var gdp = Round(gdpPerCapita * population / 1e4, 2);
            var urbanisation = Round(city.Urbanisation.Linear(f) * noise.Factor(0.005), 2);
            // Investment rose to a peak around 2015 and fell back, as in most of Northeast China.
            var investmentRate = 0.45 + 0.35 * (1 - Math.Pow((f - 0.55) / 0.55, 2));

            result.Add(("inn.rd_personnel", Round(capacity * 14000 * noise.Factor(0.04), 0)));
            result.Add(("inn.fiscal_st", fiscalSt));
            result.Add(("inn.fiscal_edu", fiscalEdu));
            result.Add(("inn.college_students", Round(city.CollegeStudentsPer10k.Linear(f) * noise.Factor(0.02), 0)));
            result.Add(("out.patents", patents));
            result.Add(("out.invention_patents", Round(patents * (0.12 + 0.10 * f) * noise.Factor(0.05), 0)));
            result.Add(("out.tech_contracts", Round(Math.Pow(capacity, 1.3) * 90000 * noise.Factor(0.08), 0)));
            result.Add(("ben.gdp_per_capita", gdpPerCapita));
            result.Add(("ben.tertiary_share", Round(city.TertiaryShare.Linear(f) * noise.Factor(0.01), 2)));
            result.Add(("ben.energy_intensity", Round(city.EnergyIntensity.Geometric(f) * noise.Factor(0.02), 3)));
            result.Add(("drv.urbanisation", urbanisation));
            result.Add(("drv.internet_users", Round(population * (0.04 + 0.30 * f) * urbanisation / 60 * noise.Factor(0.03), 2)));
            result.Add(("drv.fixed_investment", Round(gdp * investmentRate * noise.Factor(0.04), 2)));
            result.Add(("drv.fdi", Round(Math.Pow(capacity, 0.9) * 16000 * noise.Factor(0.1), 0)));
            result.Add(("drv.private_share", Round((22 + 28 * f) * noise.Factor(0.03), 2)));
            result.Add(("drv.st_edu_spending", fiscalSt + fiscalEdu));
            result.Add(("ctx.population", population));
            result.Add(("ctx.gdp", gdp));
        }

        private static double Round(double value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);
    }
}
