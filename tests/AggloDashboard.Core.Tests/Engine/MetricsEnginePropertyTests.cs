using AggloDashboard.Core.Domain;
using AggloDashboard.Core.Metrics;
using FsCheck.Xunit;

namespace AggloDashboard.Core.Tests.Engine;

public class MetricsEnginePropertyTests
{
    [Property(MaxTest = 25)]
    public bool Scaling_all_employment_by_k_changes_no_LQ(int seed)
    {
        var k = 1 + Math.Abs(seed % 97) * 3.7;
        var plain = MetricsEngine.Compute(PanelBuilder.Random(5, 3, seed).Build());
        var scaled = MetricsEngine.Compute(PanelBuilder.Random(5, 3, seed, scale: k).Build());
        return plain.Regional.Where(v => v.Metric.StartsWith("lq.", StringComparison.Ordinal))
            .All(v => Math.Abs(v.Value - scaled.Get(v.RegionCode, v.Year, v.Metric)!.Value) <= 1e-12 * Math.Max(1, v.Value));
    }

    [Property(MaxTest = 25)]
    public bool Employment_weighted_mean_LQ_is_one(int seed)
    {
        // Σ_i (E_i / E_R) LQ_i = 1: the reference region's own quotient is 1.
        var data = PanelBuilder.Random(6, 2, seed).Build();
        var r = MetricsEngine.Compute(data);
        var totals = data.Observations.Where(o => o.IndicatorCode == "emp.total" && o.Year == 2000)
            .ToDictionary(o => o.RegionCode, o => o.Value!.Value);
        var sum = totals.Values.Sum();
        var weighted = totals.Sum(t => t.Value / sum * r.Get(t.Key, 2000, MetricCodes.LqManufacturing)!.Value);
        return Math.Abs(weighted - 1) < 1e-12;
    }

    [Property(MaxTest = 25)]
    public bool Scores_C_and_D_stay_in_bounds(int seed)
    {
        var r = MetricsEngine.Compute(PanelBuilder.Random(7, 4, seed).Build());
        string[] unit = [MetricCodes.InnovationC, MetricCodes.InnovationD, MetricCodes.CouplingC, MetricCodes.CouplingD];
        string[] scores = [MetricCodes.InnovationInput, MetricCodes.InnovationOutput, MetricCodes.InnovationBenefit, MetricCodes.AgglomerationU];
        return r.Regional.All(v =>
                (!unit.Contains(v.Metric) || v.Value is >= 0 and <= 1)
                && (!scores.Contains(v.Metric) || v.Value is >= EntropyWeighting.Shift - 1e-15 and <= 1 + 1e-12))
            && r.Weights.GroupBy(w => w.Composite).All(g => Math.Abs(g.Sum(w => w.Weight) - 1) < 1e-12);
    }

    [Fact]
    public void Four_hundred_regions_compute_every_city_year()
    {
        var r = MetricsEngine.Compute(PanelBuilder.Random(400, 20, seed: 1).Build());
        Assert.Equal(400 * 20, r.Regional.Count(v => v.Metric == MetricCodes.CouplingD));
        Assert.Equal(20, r.Aggregate.Count(v => v.Metric == MetricCodes.Cv(MetricCodes.CouplingD)));
    }

    [Fact]
    public void Nothing_without_employment_or_innovation_is_invented()
    {
        var data = new Dataset(
            [new Region("100100", "甲", "A", RegionLevel.Prefecture, null), new Region("100200", "乙", "B", RegionLevel.Prefecture, null)],
            [new Indicator("emp.total", "就业", "Employment", "万人", Subsystem.EmploymentTotal, 1)],
            [new Observation("100100", 2020, "emp.total", 5)],
            null);
        var r = MetricsEngine.Compute(data);
        Assert.Empty(r.Regional);
        Assert.Empty(r.Aggregate);
    }
}
