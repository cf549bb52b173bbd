using System.Globalization;
using AggloDashboard.Core.Domain;

namespace AggloDashboard.Benchmarks;

/// <summary>A larger panel built by repeating the seed's cities with seeded jitter, for timing only.</summary>
internal static class SyntheticPanel
{
    /// <summary>The bundled seed panel (9 cities x 19 years) and its 400 regions x 20 years scaling.</summary>
    public static (Dataset Seed, Dataset Large) SeedAndLarge()
    {
        var seed = AggloDashboard.Data.Seed.IllustrativePanelGenerator.Generate();
        return (seed, Scale(seed, regions: 400, years: 20));
    }

    public static Dataset Scale(Dataset seed, int regions, int years)
    {
        var random = new Random(42);
        var cities = seed.Prefectures.Select(r => r.Code).ToArray();
        var firstYear = seed.Years[0];
        var byKey = seed.Observations.ToDictionary(o => (o.RegionCode, o.Year, o.IndicatorCode));
        var newRegions = new List<Region> { new("990000", "合成省", "Synthetic province", RegionLevel.Province, null) };
        var observations = new List<Observation>();
        for (var r = 0; r < regions; r++)
        {
            var code = (100000 + r * 100).ToString(CultureInfo.InvariantCulture);
            newRegions.Add(new Region(code, "合成" + r, "Synthetic " + r, RegionLevel.Prefecture, "990000"));
            var template = cities[r % cities.Length];
            for (var y = 0; y < years; y++)
            {
                var sourceYear = firstYear + Math.Min(y, seed.Years.Count - 1);
                foreach (var indicator in seed.Indicators)
                {
                    var value = byKey.TryGetValue((template, sourceYear, indicator.Code), out var o) ? o.Value : null;
                    observations.Add(new Observation(code, 2000 + y, indicator.Code, value * (0.9 + 0.2 * random.NextDouble())));
                }
            }
        }

        return new Dataset(newRegions, seed.Indicators, observations, null);
    }
}
