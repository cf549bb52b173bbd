using AggloDashboard.Core.Metrics;
using FsCheck.Xunit;

namespace AggloDashboard.Core.Tests.Metrics;

public class SynergyCoagglomerationTests
{
    [Fact]
    public void Hand_computed_quality_plus_scale()
    {
        // quality 1 - |1.5 - 0.5| / 2 = 0.5; scale 2; total 2.5.
        Assert.Equal(2.5, SynergyCoagglomeration.Compute(1.5, 0.5), 15);
    }

    [Fact]
    public void Equal_quotients_have_perfect_quality() =>
        Assert.Equal(1 + 2.0, SynergyCoagglomeration.Compute(1, 1), 15);

    [Fact]
    public void One_zero_quotient_leaves_only_the_scale() =>
        Assert.Equal(0 + 0.8, SynergyCoagglomeration.Compute(0, 0.8), 15);

    [Fact]
    public void Both_zero_or_undefined_is_NaN()
    {
        Assert.True(double.IsNaN(SynergyCoagglomeration.Compute(0, 0)));
        Assert.True(double.IsNaN(SynergyCoagglomeration.Compute(double.NaN, 1)));
    }

    [Property]
    public bool Quality_term_lies_in_zero_one_and_is_symmetric(FsCheck.PositiveInt p, FsCheck.PositiveInt m)
    {
        double lqp = p.Get / 100.0, lqm = m.Get / 100.0;
        var value = SynergyCoagglomeration.Compute(lqp, lqm);
        var quality = value - (lqp + lqm);
        return quality is >= -1e-12 and <= 1 + 1e-12 && value == SynergyCoagglomeration.Compute(lqm, lqp);
    }
}
