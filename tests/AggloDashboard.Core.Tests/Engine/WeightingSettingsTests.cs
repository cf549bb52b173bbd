using AggloDashboard.Core.Domain;
using AggloDashboard.Core.Metrics;

namespace AggloDashboard.Core.Tests.Engine;

public class WeightingSettingsTests
{
    private const double Delta = EntropyWeighting.Shift;

    /// <summary>
    /// Four city-years. ben.gdp (+) 100, 300, 200, 400 -> x' = 0, 2/3, 1/3, 1;
    /// ben.energy (-) 2, 1, 4, 3 -> x' = (4 - x)/3 = 2/3, 1, 0, 1/3.
    /// </summary>
    private static Dataset FourCityYears() => new PanelBuilder()
        .City("100100").City("100200")
        .Innovation("100100", 2019, 10, 1, 100, 2)
        .Innovation("100100", 2020, 20, 3, 300, 1)
        .Innovation("100200", 2019, 30, 2, 200, 4)
        .Innovation("100200", 2020, 40, 5, 400, 3)
        .Build();

    private static double Shifted(double standardised) => Delta + (1 - Delta) * standardised;

    [Fact]
    public void Equal_weights_average_the_shifted_values()
    {
        var r = MetricsEngine.Compute(FourCityYears(), new MetricSettings { Weighting = IndicatorWeighting.Equal });

        Assert.Equal(0.5 * Shifted(0) + 0.5 * Shifted(2.0 / 3), r.Get("100100", 2019, MetricCodes.InnovationBenefit)!.Value, 15);
        Assert.Equal(0.5 * Shifted(2.0 / 3) + 0.5 * Shifted(1), r.Get("100100", 2020, MetricCodes.InnovationBenefit)!.Value, 15);
        Assert.All(r.Weights.Where(w => w.Composite == MetricCodes.InnovationBenefit), w => Assert.Equal(0.5, w.Weight));
    }

    [Fact]
    public void Entropy_is_still_reported_under_other_weightings()
    {
        var data = PanelBuilder.Random(4, 3, seed: 9).Build();
        var entropy = MetricsEngine.Compute(data);
        var equal = MetricsEngine.Compute(data, new MetricSettings { Weighting = IndicatorWeighting.Equal });

        Assert.Equal(entropy.Weights.Select(w => w.Entropy), equal.Weights.Select(w => w.Entropy));
        Assert.NotEqual(entropy.Weights.Select(w => w.Weight), equal.Weights.Select(w => w.Weight));
    }

    [Fact]
    public void User_weights_are_normalised_per_composite()
    {
        var weighting = IndicatorWeighting.UserGiven(new Dictionary<string, double>
        {
            ["in.rd"] = 2, ["out.pat"] = 5, ["ben.gdp"] = 3, ["ben.energy"] = 1,
            [MetricCodes.LqManufacturing] = 1, [MetricCodes.LqProducerServices] = 1, [MetricCodes.Coagglomeration] = 2,
        });

        var r = MetricsEngine.Compute(FourCityYears(), new MetricSettings { Weighting = weighting });

        // 3 : 1 -> 0.75, 0.25; a single-indicator composite gets weight 1 whatever its user weight.
        Assert.Equal(0.75 * Shifted(1.0 / 3) + 0.25 * Shifted(0), r.Get("100200", 2019, MetricCodes.InnovationBenefit)!.Value, 15);
        Assert.Equal(0.75, r.Weights.Single(w => w.IndicatorCode == "ben.gdp").Weight, 15);
        Assert.Equal(1.0, r.Weights.Single(w => w.IndicatorCode == "out.pat").Weight);
    }

    [Fact]
    public void A_user_weight_for_an_unknown_indicator_is_refused()
    {
        var weighting = IndicatorWeighting.UserGiven(new Dictionary<string, double> { ["ben.gpd"] = 1 });

        var e = Assert.Throws<ArgumentException>(() =>
            MetricsEngine.Compute(FourCityYears(), new MetricSettings { Weighting = weighting }));
        Assert.Contains("ben.gpd", e.Message);
    }

    [Fact]
    public void A_missing_user_weight_is_refused_with_its_composite()
    {
        var weighting = IndicatorWeighting.UserGiven(new Dictionary<string, double> { ["in.rd"] = 1 });

        var e = Assert.Throws<ArgumentException>(() =>
            MetricsEngine.Compute(FourCityYears(), new MetricSettings { Weighting = weighting }));
        Assert.Contains("'out.pat'", e.Message);
        Assert.Contains(MetricCodes.InnovationOutput, e.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void A_non_positive_user_weight_is_refused(double weight)
    {
        var e = Assert.Throws<ArgumentException>(() =>
            IndicatorWeighting.UserGiven(new Dictionary<string, double> { ["in.rd"] = weight }));
        Assert.Contains("in.rd", e.Message);
    }

    [Fact]
    public void Weightings_compare_by_content()
    {
        var a = IndicatorWeighting.UserGiven(new Dictionary<string, double> { ["x"] = 1, ["y"] = 2 });
        var b = IndicatorWeighting.UserGiven(new Dictionary<string, double> { ["y"] = 2, ["x"] = 1 });

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, IndicatorWeighting.Equal);
        Assert.Equal(MetricSettings.Default, new MetricSettings { Weighting = IndicatorWeighting.Entropy });
    }

    [Fact]
    public void The_defaults_are_entropy_published_classes_and_a_tolerance_of_a_tenth()
    {
        Assert.Equal(WeightingMethod.Entropy, MetricSettings.Default.Weighting.Method);
        Assert.Same(CoordinationClasses.Default, MetricSettings.Default.ClassThresholds);
        Assert.Equal(0.1, MetricSettings.Default.RelativeDevelopmentTolerance);
        Assert.Throws<ArgumentOutOfRangeException>(() => new MetricSettings { RelativeDevelopmentTolerance = -0.1 });
    }

    [Fact]
    public void Composite_details_hold_the_observations_and_their_standardised_values()
    {
        var r = MetricsEngine.Compute(FourCityYears());

        var benefit = r.Composites.Single(c => c.Composite == MetricCodes.InnovationBenefit);
        Assert.Equal(["ben.energy", "ben.gdp"], benefit.IndicatorCodes);
        Assert.Equal(new CityYear("100200", 2019), benefit.Observations[2]);
        Assert.Equal([0.0, 1.0 / 3], benefit.Standardised[2]);
        Assert.Equal(r.Weights.Where(w => w.Composite == MetricCodes.InnovationBenefit).Select(w => w.Weight), benefit.Weights);
    }
}
