namespace AggloDashboard.Data.Seed;

/// <summary>
/// Profiles for cities the Jilin calibration does not cover, drawn at random within the ranges the nine Jilin profiles
/// span: hubs (provincial capitals and the province-level cities) larger, more service- and innovation-heavy, the
/// others smaller with faster growth from a lower base. ILLUSTRATIVE orders of magnitude, not statistics of any city.
/// </summary>
public static class SyntheticProfiles
{
    /// <summary>One profile per code, in the order given; the same codes and seed always give the same profiles.</summary>
    public static IReadOnlyList<CityProfile> For(IEnumerable<(string Code, bool IsHub)> cities, int seed)
    {
        var random = new Random(seed);
        double Between(double low, double high) => low + (high - low) * random.NextDouble();
        double LogBetween(double low, double high) => Math.Exp(Between(Math.Log(low), Math.Log(high)));

        return cities.Select(city =>
        {
            var hub = city.IsHub;
            var population = hub ? LogBetween(500, 1500) : LogBetween(60, 650);
            var employment = population * (hub ? Between(0.09, 0.13) : Between(0.05, 0.11));
            var manufacturing = Between(0.18, 0.34);
            var producerServices = hub ? Between(0.12, 0.16) : Between(0.07, 0.11);
            var capacity = hub ? Between(0.4, 1.0) : LogBetween(0.03, 0.4);
            var college = hub ? Between(250, 600) : Between(15, 120);
            var tertiary = Between(30, 42);
            var urbanisation = hub ? Between(50, 70) : Between(30, 62);
            return new CityProfile(
                city.Code,
                new Span(population, population * Between(0.88, 1.12)),
                new Span(employment, employment * Between(0.9, 1.15)),
                new Span(manufacturing, manufacturing * Between(0.88, 1.05)),
                new Span(producerServices, producerServices * (hub ? Between(1.3, 1.5) : Between(1.2, 1.4))),
                hub ? Between(1.1, 1.5) : Between(0.5, 1.0),
                new Span(capacity, capacity * (hub ? Between(2.0, 2.6) : Between(2.5, 6.5))),
                new Span(college, college * Between(1.3, 1.8)),
                new Span(Between(11000, 27000), Between(29000, 80000)),
                new Span(tertiary, tertiary + Between(9, 14)),
                new Span(Between(1.0, 2.0), Between(0.5, 0.95)),
                new Span(urbanisation, Math.Min(95, urbanisation + Between(7, 23))));
        }).ToArray();
    }
}
