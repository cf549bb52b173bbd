using AggloDashboard.Core.Domain;

namespace AggloDashboard.Core.Tests.Engine;

/// <summary>Builds small datasets for engine tests: one total, one manufacturing, PS sectors and innovation indicators.</summary>
internal sealed class PanelBuilder
{
    private readonly List<Region> _regions = [new("990000", "测试省", "Test province", RegionLevel.Province, null)];
    private readonly List<Indicator> _indicators =
    [
        new("emp.total", "城镇单位就业人员", "Total employment", "万人", Subsystem.EmploymentTotal, 1),
        new("emp.mfg", "制造业", "Manufacturing", "万人", Subsystem.Manufacturing, 1),
        new("emp.ps.a", "生产性服务业甲", "Producer services A", "万人", Subsystem.ProducerServices, 1),
        new("emp.ps.b", "生产性服务业乙", "Producer services B", "万人", Subsystem.ProducerServices, 1),
        new("in.rd", "研发人员", "R&D personnel", "人", Subsystem.InnovationInput, 1),
        new("out.pat", "专利授权", "Patents granted", "件", Subsystem.InnovationOutput, 1),
        new("ben.gdp", "人均GDP", "GDP per capita", "元", Subsystem.InnovationBenefit, 1),
        new("ben.energy", "单位GDP能耗", "Energy per GDP", "吨标准煤/万元", Subsystem.InnovationBenefit, -1),
    ];
    private readonly List<Observation> _observations = [];

    public PanelBuilder City(string code)
    {
        _regions.Add(new Region(code, "城" + code, "City " + code, RegionLevel.Prefecture, "990000"));
        return this;
    }

    /// <summary>Employment of a city-year: total, manufacturing, and the two PS sectors.</summary>
    public PanelBuilder Employment(string city, int year, double total, double mfg, double psA, double psB) =>
        Set(city, year, ("emp.total", total), ("emp.mfg", mfg), ("emp.ps.a", psA), ("emp.ps.b", psB));

    public PanelBuilder Innovation(string city, int year, double rd, double patents, double gdp, double energy) =>
        Set(city, year, ("in.rd", rd), ("out.pat", patents), ("ben.gdp", gdp), ("ben.energy", energy));

    public PanelBuilder Set(string city, int year, params (string Indicator, double? Value)[] values)
    {
        _observations.RemoveAll(o => o.RegionCode == city && o.Year == year && values.Any(v => v.Indicator == o.IndicatorCode));
        _observations.AddRange(values.Select(v => new Observation(city, year, v.Indicator, v.Value)));
        return this;
    }

    public Dataset Build() => new(_regions, _indicators, _observations, null);

    /// <summary>A reproducible random panel of <paramref name="cities"/> x <paramref name="years"/>, every value present.</summary>
    public static PanelBuilder Random(int cities, int years, int seed, double scale = 1)
    {
        var random = new Random(seed);
        var builder = new PanelBuilder();
        for (var c = 0; c < cities; c++)
        {
            var code = (100100 + c * 100).ToString(System.Globalization.CultureInfo.InvariantCulture);
            builder.City(code);
            for (var y = 0; y < years; y++)
            {
                var total = (50 + random.NextDouble() * 500) * scale;
                builder.Employment(code, 2000 + y, total, total * (0.1 + 0.3 * random.NextDouble()),
                    total * 0.05 * random.NextDouble(), total * 0.1 * random.NextDouble());
                builder.Innovation(code, 2000 + y, 100 + 5000 * random.NextDouble(), 10 + 900 * random.NextDouble(),
                    20000 + 80000 * random.NextDouble(), 0.3 + 1.5 * random.NextDouble());
            }
        }

        return builder;
    }
}
