using AggloDashboard.Core.Domain;
using AggloDashboard.Core.Metrics;

namespace AggloDashboard.Core.Tests.Engine;

public class MetricsEngineTests
{
    private const int Year = 2020;

    /// <summary>
    /// A: total 100, manufacturing 30, PS 15 + 5. B: total 300, manufacturing 60, PS 12 + 8.
    /// R: total 400, manufacturing 90, PS 40 (27 + 13).
    /// </summary>
    private static Dataset TwoCities() => new PanelBuilder()
        .City("100100").City("100200")
        .Employment("100100", Year, 100, 30, 15, 5)
        .Employment("100200", Year, 300, 60, 12, 8)
        .Build();

    [Fact]
    public void Location_quotients_against_the_sum_of_the_cities()
    {
        var r = MetricsEngine.Compute(TwoCities());

        // LQm(A) = 0.30 / 0.225; LQp(A) = 0.20 / 0.10; LQm(B) = 0.2 / 0.225; LQp(B) = (20/300) / 0.1.
        Assert.Equal(0.30 / 0.225, r.Get("100100", Year, MetricCodes.LqManufacturing)!.Value, 14);
        Assert.Equal(2.0, r.Get("100100", Year, MetricCodes.LqProducerServices)!.Value, 14);
        Assert.Equal(0.2 / 0.225, r.Get("100200", Year, MetricCodes.LqManufacturing)!.Value, 14);
        Assert.Equal(20.0 / 300 / 0.1, r.Get("100200", Year, MetricCodes.LqProducerServices)!.Value, 14);
        // Sector A in city A: (15/100) / (27/400).
        Assert.Equal(0.15 / (27.0 / 400), r.Get("100100", Year, "lq.emp.ps.a")!.Value, 14);
        // coagg(A) = 1 - |2 - 4/3| / (10/3) + 10/3 = 0.8 + 10/3.
        Assert.Equal(0.8 + 10.0 / 3, r.Get("100100", Year, MetricCodes.Coagglomeration)!.Value, 13);
    }

    [Fact]
    public void Ellison_Glaeser_over_the_cities()
    {
        var r = MetricsEngine.Compute(TwoCities());
        // x = (0.25, 0.75); s_m = (1/3, 2/3); s_p = (0.5, 0.5); 1 - Σx² = 0.375.
        var denominator = 1 - (0.25 * 0.25 + 0.75 * 0.75);
        var egM = 2 * Math.Pow(1.0 / 3 - 0.25, 2) / denominator;
        var egP = 2 * Math.Pow(0.25, 2) / denominator;
        var egk = ((1.0 / 3 - 0.25) * 0.25 + (2.0 / 3 - 0.75) * -0.25) / denominator;
        Assert.Equal(egM, Aggregate(r, MetricCodes.EgManufacturing), 14);
        Assert.Equal(egP, Aggregate(r, MetricCodes.EgProducerServices), 14);
        Assert.Equal(egk, Aggregate(r, MetricCodes.EgkCoagglomeration), 14);
    }

    [Fact]
    public void Inequality_of_the_city_metric()
    {
        var r = MetricsEngine.Compute(TwoCities());
        double[] lqp = [2.0, 20.0 / 300 / 0.1];
        Assert.Equal(Inequality.CoefficientOfVariation(lqp), Aggregate(r, MetricCodes.Cv(MetricCodes.LqProducerServices)), 14);
        Assert.Equal(Inequality.Gini(lqp), Aggregate(r, MetricCodes.Gini(MetricCodes.LqProducerServices)), 14);
    }

    [Fact]
    public void A_city_missing_a_year_is_left_out_of_the_reference_region()
    {
        var data = new PanelBuilder()
            .City("100100").City("100200").City("100300")
            .Employment("100100", Year, 100, 30, 15, 5)
            .Employment("100200", Year, 300, 60, 12, 8)
            .Set("100300", Year, ("emp.total", 500), ("emp.mfg", null), ("emp.ps.a", 1), ("emp.ps.b", 1))
            .Build();

        var r = MetricsEngine.Compute(data);

        Assert.Equal(0.30 / 0.225, r.Get("100100", Year, MetricCodes.LqManufacturing)!.Value, 14);
        Assert.Null(r.Get("100300", Year, MetricCodes.LqManufacturing));
        Assert.Null(r.Get("100300", Year, MetricCodes.Coagglomeration));
    }

    [Fact]
    public void A_zero_sector_in_a_city_gives_zero_quotient()
    {
        var data = new PanelBuilder()
            .City("100100").City("100200")
            .Employment("100100", Year, 100, 0, 15, 5)
            .Employment("100200", Year, 300, 60, 12, 8)
            .Build();

        var r = MetricsEngine.Compute(data);

        Assert.Equal(0.0, r.Get("100100", Year, MetricCodes.LqManufacturing));
        Assert.Equal(0 + 2.0, r.Get("100100", Year, MetricCodes.Coagglomeration)!.Value, 14);
    }

    [Fact]
    public void Province_rows_do_not_count_as_cities()
    {
        var data = new PanelBuilder()
            .City("100100").City("100200")
            .Employment("100100", Year, 100, 30, 15, 5)
            .Employment("100200", Year, 300, 60, 12, 8)
            .Employment("990000", Year, 400, 90, 27, 13)
            .Build();

        var r = MetricsEngine.Compute(data);

        Assert.DoesNotContain(r.Regional, v => v.RegionCode == "990000");
        Assert.Equal(2.0, r.Get("100100", Year, MetricCodes.LqProducerServices)!.Value, 14);
    }

    [Fact]
    public void Innovation_scores_pool_every_city_year_and_skip_incomplete_ones()
    {
        var data = new PanelBuilder()
            .City("100100").City("100200")
            .Innovation("100100", 2019, 10, 1, 100, 2)
            .Innovation("100100", 2020, 20, 3, 300, 1)
            .Innovation("100200", 2019, 30, 2, 200, 4)
            .Set("100200", 2020, ("in.rd", 40), ("out.pat", null), ("ben.gdp", 400), ("ben.energy", 3))
            .Build();

        var r = MetricsEngine.Compute(data);

        // innov.input pools all four observations of in.rd: 10, 20, 30, 40 -> x' = 0, 1/3, 2/3, 1.
        Assert.Equal(EntropyWeighting.Shift, r.Get("100100", 2019, MetricCodes.InnovationInput)!.Value, 15);
        Assert.Equal(1.0, r.Get("100200", 2020, MetricCodes.InnovationInput)!.Value, 15);
        Assert.Null(r.Get("100200", 2020, MetricCodes.InnovationOutput));
        Assert.Null(r.Get("100200", 2020, MetricCodes.InnovationD));
        Assert.NotNull(r.Get("100200", 2019, MetricCodes.InnovationD));

        // innov.benefit: gdp (+) and energy (-) over the 4 observations, through the same method.
        var expected = EntropyWeighting.Compute([[100, 2], [300, 1], [200, 4], [400, 3]], [1, -1]);
        Assert.Equal(expected.Scores[0], r.Get("100100", 2019, MetricCodes.InnovationBenefit)!.Value, 15);
        Assert.Contains(r.Weights, w => w.Composite == MetricCodes.InnovationBenefit && w.IndicatorCode == "ben.energy"
            && Math.Abs(w.Weight - expected.Weights[1]) < 1e-15);
    }

    [Fact]
    public void Innovation_coordination_follows_section_4()
    {
        var r = MetricsEngine.Compute(PanelBuilder.Random(5, 4, seed: 7).Build());
        var city = "100300";
        double[] u =
        [
            r.Get(city, 2002, MetricCodes.InnovationInput)!.Value,
            r.Get(city, 2002, MetricCodes.InnovationOutput)!.Value,
            r.Get(city, 2002, MetricCodes.InnovationBenefit)!.Value,
        ];
        var ccd = CouplingCoordination.Compute(u);
        Assert.Equal(ccd.C, r.Get(city, 2002, MetricCodes.InnovationC));
        Assert.Equal(ccd.T, r.Get(city, 2002, MetricCodes.InnovationT));
        Assert.Equal(ccd.D, r.Get(city, 2002, MetricCodes.InnovationD));
    }

    [Fact]
    public void Agglomeration_innovation_coupling_follows_section_5()
    {
        var r = MetricsEngine.Compute(PanelBuilder.Random(5, 4, seed: 11).Build());
        var city = "100200";
        var agglo = r.Get(city, 2001, MetricCodes.AgglomerationU)!.Value;
        var innov = r.Get(city, 2001, MetricCodes.InnovationT)!.Value;
        var ccd = CouplingCoordination.Compute([agglo, innov]);
        Assert.Equal(ccd.D, r.Get(city, 2001, MetricCodes.CouplingD));
        Assert.Equal(agglo / innov, r.Get(city, 2001, MetricCodes.CouplingRatio));
        Assert.Equal(3, r.Weights.Count(w => w.Composite == MetricCodes.AgglomerationU));
    }

    [Fact]
    public void The_modified_form_is_used_only_when_chosen()
    {
        var data = PanelBuilder.Random(4, 3, seed: 3).Build();
        var standard = MetricsEngine.Compute(data);
        var modified = MetricsEngine.Compute(data, new MetricSettings { CouplingForm = CouplingForm.Modified });
        Assert.NotEqual(standard.Get("100100", 2000, MetricCodes.InnovationC), modified.Get("100100", 2000, MetricCodes.InnovationC));
        Assert.Equal(standard.Get("100100", 2000, MetricCodes.InnovationT), modified.Get("100100", 2000, MetricCodes.InnovationT));
    }

    [Fact]
    public void Output_is_ordered_and_deterministic()
    {
        var data = PanelBuilder.Random(6, 5, seed: 5).Build();
        var a = MetricsEngine.Compute(data);
        var b = MetricsEngine.Compute(data);
        Assert.Equal(a.Regional, b.Regional);
        Assert.Equal(a.Aggregate, b.Aggregate);
        Assert.Equal(a.Regional.OrderBy(v => v.RegionCode, StringComparer.Ordinal).ThenBy(v => v.Year)
            .ThenBy(v => a.MetricOrder.ToList().IndexOf(v.Metric)), a.Regional);
        Assert.Equal(a.Aggregate.OrderBy(v => v.Year), a.Aggregate);
    }

    [Fact]
    public void A_constant_indicator_keeps_scores_defined()
    {
        var builder = PanelBuilder.Random(4, 3, seed: 9);
        foreach (var city in new[] { "100100", "100200", "100300", "100400" })
        {
            foreach (var year in new[] { 2000, 2001, 2002 })
            {
                builder.Set(city, year, ("in.rd", 5.0));
            }
        }

        var r = MetricsEngine.Compute(builder.Build());

        Assert.All(r.Regional.Where(v => v.Metric == MetricCodes.InnovationInput), v => Assert.Equal(1.0, v.Value, 15));
        Assert.Equal(4 * 3, r.Regional.Count(v => v.Metric == MetricCodes.InnovationD));
    }

    private static double Aggregate(MetricResults r, string metric) =>
        r.Aggregate.Single(a => a.Year == Year && a.Metric == metric).Value;
}
