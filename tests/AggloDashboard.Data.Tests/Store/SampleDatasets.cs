using AggloDashboard.Core.Domain;

namespace AggloDashboard.Data.Tests.Store;

internal static class SampleDatasets
{
    public const string BoundaryGeoJson =
        """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"320100","name":"南京市"},"geometry":{"type":"Polygon","coordinates":[[[118.7,32.0],[118.9,32.0],[118.9,32.2],[118.7,32.0]]]}}]}""";

    public static readonly Region[] Regions =
    [
        new("320000", "江苏省", "Jiangsu", RegionLevel.Province, null),
        new("320100", "南京市", "Nanjing", RegionLevel.Prefecture, "320000"),
        new("320200", "无锡市", "Wuxi", RegionLevel.Prefecture, "320000"),
        new("320500", "苏州市", "Suzhou", RegionLevel.Prefecture, "320000"),
    ];

    public static readonly Indicator[] Indicators =
    [
        new("emp_total", "城镇单位从业人员", "Urban employment", "10k persons", Subsystem.EmploymentTotal, 1),
        new("emp_manufacturing", "制造业从业人员", "Manufacturing employment", "10k persons", Subsystem.Manufacturing, 1),
        new("rd_spending", "R&D经费支出", "R&D expenditure", "10k yuan", Subsystem.InnovationInput, 1),
        new("energy_per_gdp", "单位GDP能耗", "Energy use per unit of GDP", "tce/10k yuan", Subsystem.InnovationBenefit, -1),
    ];

    /// <summary>Values that only survive a store that keeps doubles bit for bit, plus missing values.</summary>
    public static readonly double?[] AwkwardValues =
    [
        0.1 + 0.2,
        1e-300,
        double.Epsilon,
        1.7976931348623157e308,
        123456789.12345679,
        0.12345678901234568,
        -98765.432109876543,
        9007199254740992.0,
        3.0,
        0.0,
        null,
        1e20,
    ];

    /// <summary>Four regions × two years × four indicators, cycling through <see cref="AwkwardValues"/>.</summary>
    public static Dataset Awkward()
    {
        var observations = new List<Observation>();
        var next = 0;
        foreach (var region in Regions)
            foreach (var year in new[] { 2005, 2023 })
                foreach (var indicator in Indicators)
                    observations.Add(new Observation(region.Code, year, indicator.Code, AwkwardValues[next++ % AwkwardValues.Length]));
        return new Dataset(Regions, Indicators, observations, BoundaryGeoJson);
    }

    /// <summary>A deterministic dataset of the given size with a missing value every 17th observation.</summary>
    public static Dataset Generated(int regionCount, int yearCount, int indicatorCount)
    {
        var random = new Random(20240601);
        var regions = Enumerable.Range(0, regionCount)
            .Select(i => new Region($"{100000 + i * 100}", $"城市{i}", $"City {i}", RegionLevel.Prefecture, null))
            .ToArray();
        var indicators = Enumerable.Range(0, indicatorCount)
            .Select(i => new Indicator($"ind_{i:D2}", $"指标{i}", $"Indicator {i}", "unit", Subsystem.Driver, i % 5 == 0 ? -1 : 1))
            .ToArray();
        var observations = new List<Observation>(regionCount * yearCount * indicatorCount);
        foreach (var region in regions)
            for (var year = 2005; year < 2005 + yearCount; year++)
                foreach (var indicator in indicators)
                    observations.Add(new Observation(region.Code, year, indicator.Code,
                        observations.Count % 17 == 0 ? null : random.NextDouble() * 1e6));
        return new Dataset(regions, indicators, observations, BoundaryGeoJson);
    }
}
