using AggloDashboard.Core.Metrics;
using AggloDashboard.Data.Seed;

namespace AggloDashboard.Data.Tests.Seed;

/// <summary>
/// The illustrative panel reproduces the patterns reported for Jilin that a provincial reference region allows
/// (seed-data/README.md says which and why). These pin the calibration, so a change to it is a visible decision.
/// </summary>
public class IllustrativePanelPatternTests
{
    private const string Changchun = "220100";
    private const string Jilin = "220200";
    private const string Songyuan = "220700";
    private static readonly MetricResults Results = MetricsEngine.Compute(IllustrativePanelGenerator.Generate());
    private static readonly string[] Cities = JilinProfiles.All.Select(p => p.Code).ToArray();

    [Fact]
    public void Changchun_is_the_producer_service_hub_and_its_quotient_rises()
    {
        for (var year = IllustrativePanelGenerator.FirstYear; year <= IllustrativePanelGenerator.LastYear; year++)
        {
            Assert.Equal(Changchun, TopCities(MetricCodes.LqProducerServices, year, 1)[0]);
        }

        Assert.True(Value(Changchun, 2023, MetricCodes.LqProducerServices) > Value(Changchun, 2005, MetricCodes.LqProducerServices));
    }

    [Fact]
    public void Manufacturing_quotients_drift_down_outside_Changchun_while_Changchuns_stays_stable()
    {
        Assert.InRange(Value(Changchun, 2023, MetricCodes.LqManufacturing) - Value(Changchun, 2005, MetricCodes.LqManufacturing), -0.05, 0.05);
        var falling = Cities.Where(c => c != Changchun)
            .Count(c => Value(c, 2023, MetricCodes.LqManufacturing) < Value(c, 2005, MetricCodes.LqManufacturing));
        Assert.True(falling >= 6, $"{falling} of 8 cities");
    }

    [Fact]
    public void Synergy_coagglomeration_is_highest_in_Changchun_Jilin_and_Songyuan() =>
        Assert.Equal(new[] { Changchun, Jilin, Songyuan }.Order(), TopCities(MetricCodes.Coagglomeration, 2023, 3).Order());

    [Fact]
    public void Innovation_coordination_rises_but_most_cities_stay_low_and_only_Changchun_reaches_high()
    {
        foreach (var city in Cities)
        {
            Assert.True(Value(city, 2023, MetricCodes.InnovationD) > Value(city, 2006, MetricCodes.InnovationD), city);
        }

        var low = Cities.Count(c => Value(c, 2023, MetricCodes.InnovationD) < 0.5);
        Assert.True(low >= 5, $"{low} cities below 0.5");
        Assert.True(Value(Changchun, 2023, MetricCodes.InnovationD) >= 0.7);
        Assert.All(Cities.Where(c => c != Changchun), c => Assert.True(Value(c, 2023, MetricCodes.InnovationD) < 0.7, c));
    }

    [Fact]
    public void The_benefit_subsystem_leads_input_and_output_in_most_cities()
    {
        var leading = Cities.Count(c => Value(c, 2023, MetricCodes.InnovationBenefit) > Value(c, 2023, MetricCodes.InnovationInput)
                                        && Value(c, 2023, MetricCodes.InnovationBenefit) > Value(c, 2023, MetricCodes.InnovationOutput));
        Assert.True(leading >= 7, $"{leading} of 9 cities");
    }

    [Fact]
    public void Coupling_is_highest_in_Changchun_and_Jilin_and_the_gap_narrows_slowly()
    {
        Assert.Equal([Changchun, Jilin], TopCities(MetricCodes.CouplingD, 2023, 2));
        var cv = Results.Aggregate.Where(a => a.Metric == MetricCodes.Cv(MetricCodes.CouplingD)).ToArray();
        var slope = MathNet.Numerics.Fit.Line(cv.Select(a => (double)a.Year).ToArray(), cv.Select(a => a.Value).ToArray()).B;
        Assert.InRange(slope, -0.005, -0.0001);
    }

    [Fact]
    public void The_same_seed_gives_the_same_panel_and_another_seed_another()
    {
        var again = IllustrativePanelGenerator.Generate();
        Assert.Equal(IllustrativePanelGenerator.Generate().Observations, again.Observations);
        Assert.NotEqual(IllustrativePanelGenerator.Generate(seed: 1).Observations, again.Observations);
    }

    private static double Value(string city, int year, string metric) =>
        Results.Get(city, year, metric) ?? throw new InvalidOperationException($"{city} {year} {metric} missing");

    private static string[] TopCities(string metric, int year, int count) =>
        Cities.Where(c => Results.Get(c, year, metric) is not null)
            .OrderByDescending(c => Value(c, year, metric)).Take(count).ToArray();
}
