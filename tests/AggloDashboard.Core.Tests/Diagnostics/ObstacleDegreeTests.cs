using AggloDashboard.Core.Diagnostics;
using AggloDashboard.Core.Domain;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Core.Tests.Engine;
using FsCheck.Xunit;

namespace AggloDashboard.Core.Tests.Diagnostics;

public class ObstacleDegreeTests
{
    [Fact]
    public void Shares_of_the_weighted_deviations()
    {
        // F·I = 0.2·0.5, 0.3·1, 0.5·0 = 0.1, 0.3, 0 of 0.4.
        Assert.Equal([25.0, 75.0, 0.0], ObstacleDegree.Compute([0.2, 0.3, 0.5], [0.5, 0, 1])!, new Close(1e-12));
    }

    [Fact]
    public void At_the_best_value_everywhere_there_is_no_obstacle() =>
        Assert.Null(ObstacleDegree.Compute([0.5, 0.5], [1, 1]));

    [Fact]
    public void Mismatched_lengths_are_refused() =>
        Assert.Throws<ArgumentException>(() => ObstacleDegree.Compute([0.5, 0.5], [1]));

    [Property(MaxTest = 200)]
    public bool Degrees_lie_in_zero_hundred_and_sum_to_hundred(int seed)
    {
        var random = new Random(seed);
        var m = random.Next(1, 12);
        var f = Enumerable.Range(0, m).Select(_ => random.NextDouble() + 1e-3).ToArray();
        var x = Enumerable.Range(0, m).Select(_ => random.NextDouble()).ToArray();
        var o = ObstacleDegree.Compute(f, x)!;
        return o.All(v => v is >= 0 and <= 100) && Math.Abs(o.Sum() - 100) < 1e-9;
    }

    /// <summary>
    /// Three cities in 2020, equal weights (w = 1 in the one-indicator input and output subsystems, 0.5 each in
    /// benefit) and α = 1/3, so F = rd 1/3, pat 1/3, energy 1/6, gdp 1/6.
    /// x': rd 10, 20, 30 -> 0, 0.5, 1; pat 1, 3, 2 -> 0, 1, 0.5; gdp 100, 300, 200 -> 0, 1, 0.5;
    /// energy (negative) 2, 1, 4 -> (4 - x)/3 = 2/3, 1, 0.
    /// </summary>
    private static MetricResults ThreeCities(IReadOnlyList<double>? alphas = null) => MetricsEngine.Compute(
        new PanelBuilder().City("100100").City("100200").City("100300")
            .Innovation("100100", 2020, 10, 1, 100, 2)
            .Innovation("100200", 2020, 20, 3, 300, 1)
            .Innovation("100300", 2020, 30, 2, 200, 4)
            .Build(),
        new MetricSettings { Weighting = IndicatorWeighting.Equal, InnovationAlphas = alphas });

    [Fact]
    public void Innovation_system_known_answer()
    {
        var diagnosis = ObstacleDiagnosis.Compute(ThreeCities());

        // City 1: F·I = 1/3·1, 1/3·1, 1/6·1/3, 1/6·1 = 6/18, 6/18, 1/18, 3/18 of 16/18.
        Assert.Equal([37.5, 37.5, 6.25, 18.75], Percents(diagnosis, "100100"), new Close(1e-12));
        // City 2: only rd deviates (I = 0.5): all of it.
        Assert.Equal([100.0, 0, 0, 0], Percents(diagnosis, "100200"), new Close(1e-12));
        // City 3: F·I = 0, 1/6, 1/6·1, 1/6·0.5 of 5/12.
        Assert.Equal([0.0, 40, 40, 20], Percents(diagnosis, "100300"), new Close(1e-12));
    }

    [Fact]
    public void Subsystem_degrees_sum_their_indicators()
    {
        var diagnosis = ObstacleDiagnosis.Compute(ThreeCities());

        var city1 = diagnosis.Subsystems.Where(s => s.RegionCode == "100100").ToArray();
        Assert.Equal([Subsystem.InnovationInput, Subsystem.InnovationOutput, Subsystem.InnovationBenefit], city1.Select(s => s.Subsystem));
        Assert.Equal([37.5, 37.5, 25], city1.Select(s => s.Percent), new Close(1e-12));
    }

    [Fact]
    public void The_subsystem_alphas_scale_the_factor_contributions()
    {
        // α = (0.5, 0.25, 0.25): city 1 F·I = 0.5, 0.25, 0.125/3, 0.125 of 0.5 + 0.25 + 1/6 = 11/12.
        var diagnosis = ObstacleDiagnosis.Compute(ThreeCities([0.5, 0.25, 0.25]));

        Assert.Equal([600.0 / 11, 300.0 / 11, 50.0 / 11, 150.0 / 11], Percents(diagnosis, "100100"), new Close(1e-12));
    }

    [Fact]
    public void Top_obstacles_largest_first()
    {
        var diagnosis = ObstacleDiagnosis.Compute(ThreeCities());

        var top = diagnosis.Top("100300", 2020, 2);
        Assert.Equal(["ben.energy", "out.pat"], top.Select(o => o.IndicatorCode));
    }

    [Fact]
    public void Without_innovation_data_there_is_no_diagnosis()
    {
        var results = MetricsEngine.Compute(new PanelBuilder().City("100100").City("100200")
            .Employment("100100", 2020, 100, 30, 15, 5).Employment("100200", 2020, 300, 60, 12, 8).Build());

        Assert.Empty(ObstacleDiagnosis.Compute(results).Indicators);
    }

    private static double[] Percents(ObstacleDiagnosis diagnosis, string city) =>
        diagnosis.Indicators.Where(o => o.RegionCode == city).Select(o => o.Percent).ToArray();

    private sealed class Close(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
