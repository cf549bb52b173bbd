using AggloDashboard.Core.Metrics;
using FsCheck.Xunit;

namespace AggloDashboard.Core.Tests.Metrics;

public class CouplingCoordinationTests
{
    [Fact]
    public void Two_subsystems_standard_form()
    {
        // C = 2 √(0.2 · 0.4) / 0.6; T = 0.3; D = √(C T).
        var r = CouplingCoordination.Compute([0.2, 0.4]);
        var c = 2 * Math.Sqrt(0.08) / 0.6;
        Assert.Equal(0.9428090415820634, r.C, 14);
        Assert.Equal(c, r.C, 15);
        Assert.Equal(0.3, r.T, 15);
        Assert.Equal(0.5318295896944989, r.D, 14);
    }

    [Fact]
    public void Three_subsystems_standard_form()
    {
        // C = 3 [0.048 / 1.2³]^(1/3); T = 0.4.
        var r = CouplingCoordination.Compute([0.2, 0.4, 0.6]);
        Assert.Equal(0.90856029641607, r.C, 13);
        Assert.Equal(0.4, r.T, 15);
        Assert.Equal(0.6028466791535207, r.D, 13);
    }

    [Fact]
    public void Two_subsystems_modified_form()
    {
        // Wang et al.: √{[1 - |0.2 - 0.4| / 1] · (0.2/0.4 · 0.4/0.4)^(1/1)} = √(0.8 · 0.5).
        var r = CouplingCoordination.Compute([0.2, 0.4], form: CouplingForm.Modified);
        Assert.Equal(Math.Sqrt(0.4), r.C, 15);
    }

    [Fact]
    public void Three_subsystems_modified_form()
    {
        // Σ_{i>j} |U_i - U_j| = 0.8; Σ_{m=1}^{2} m = 3; Π U/max = 2/9; C = √[(1 - 0.8/3) (2/9)^(1/2)].
        var r = CouplingCoordination.Compute([0.2, 0.4, 0.6], form: CouplingForm.Modified);
        Assert.Equal(0.5879597338084386, r.C, 14);
        Assert.Equal(0.4849576203374636, r.D, 14);
    }

    [Fact]
    public void Weights_alpha_shape_T()
    {
        var r = CouplingCoordination.Compute([0.2, 0.4], [0.25, 0.75]);
        Assert.Equal(0.35, r.T, 15);
    }

    [Fact]
    public void Equal_scores_couple_perfectly()
    {
        Assert.Equal(1.0, CouplingCoordination.Compute([0.3, 0.3, 0.3]).C, 15);
        Assert.Equal(1.0, CouplingCoordination.Compute([0.3, 0.3, 0.3], form: CouplingForm.Modified).C, 15);
    }

    [Fact]
    public void A_zero_score_gives_zero_coupling()
    {
        Assert.Equal(0.0, CouplingCoordination.Compute([0, 0.5]).C);
        Assert.Equal(new CouplingResult(0, 0, 0), CouplingCoordination.Compute([0, 0]));
    }

    [Fact]
    public void Wrong_shapes_are_refused()
    {
        Assert.Throws<ArgumentException>(() => CouplingCoordination.Compute([0.5]));
        Assert.Throws<ArgumentException>(() => CouplingCoordination.Compute([0.5, 0.4], [1.0]));
    }

    [Property(MaxTest = 300)]
    public bool C_T_D_lie_in_zero_one(int seed)
    {
        var random = new Random(seed);
        var n = random.Next(2, 6);
        var u = Enumerable.Range(0, n).Select(_ => EntropyWeighting.Shift + random.NextDouble() * (1 - EntropyWeighting.Shift)).ToArray();
        foreach (var form in Enum.GetValues<CouplingForm>())
        {
            var r = CouplingCoordination.Compute(u, form: form);
            if (r.C is < 0 or > 1 || r.T is < 0 or > 1 || r.D is < 0 or > 1)
            {
                return false;
            }
        }

        return true;
    }
}
