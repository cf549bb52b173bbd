using AggloDashboard.Core.Metrics;
using AggloDashboard.Core.Tests.Engine;

namespace AggloDashboard.Core.Tests.Metrics;

/// <summary>The modified coupling degree of Wang et al. (2021), METRICS.md §4, beyond the two- and three-system cases.</summary>
public class ModifiedCouplingKnownAnswerTests
{
    [Fact]
    public void Four_subsystems()
    {
        // U = 0.1, 0.3, 0.5, 0.9: Σ_{i>j} |U_i - U_j| = 2.6, Σ_{m=1}^{3} m = 6, Π U/max = 15/729;
        // C = √[(1 - 2.6/6) (15/729)^(1/3)] = 0.394055858..., T = 0.45, D = √(C T) = 0.421099912... (python3).
        var r = CouplingCoordination.Compute([0.1, 0.3, 0.5, 0.9], form: CouplingForm.Modified);

        Assert.Equal(0.39405585834356205, r.C, 14);
        Assert.Equal(0.45, r.T, 15);
        Assert.Equal(0.4210999124371827, r.D, 14);
    }

    [Fact]
    public void The_engine_applies_it_to_agglomeration_and_innovation()
    {
        // With n = 2 the modified form is √[(1 - |U_1 - U_2|) · min U / max U].
        var results = MetricsEngine.Compute(PanelBuilder.Random(4, 3, seed: 8).Build(),
            new MetricSettings { CouplingForm = CouplingForm.Modified });

        var u1 = results.Get("100200", 2001, MetricCodes.AgglomerationU)!.Value;
        var u2 = results.Get("100200", 2001, MetricCodes.InnovationT)!.Value;
        var expected = Math.Sqrt((1 - Math.Abs(u1 - u2)) * Math.Min(u1, u2) / Math.Max(u1, u2));
        Assert.Equal(expected, results.Get("100200", 2001, MetricCodes.CouplingC)!.Value, 14);
    }
}
