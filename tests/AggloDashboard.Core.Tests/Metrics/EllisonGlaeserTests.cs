using AggloDashboard.Core.Metrics;

namespace AggloDashboard.Core.Tests.Metrics;

public class EllisonGlaeserTests
{
    private static readonly double[] Total = [0.5, 0.3, 0.2];

    [Fact]
    public void Agglomeration_hand_computed()
    {
        // G = 0.2² + 0.1² + 0.1² = 0.06; 1 - Σx² = 1 - 0.38 = 0.62; γ = 0.06 / 0.62.
        Assert.Equal(0.06 / 0.62, EllisonGlaeser.Agglomeration([0.7, 0.2, 0.1], Total), 14);
    }

    [Fact]
    public void Coagglomeration_hand_computed()
    {
        // (0.2)(0.1) + (-0.1)(0) + (-0.1)(-0.1) = 0.03; γc = 0.03 / 0.62.
        Assert.Equal(0.03 / 0.62, EllisonGlaeser.Coagglomeration([0.7, 0.2, 0.1], [0.6, 0.3, 0.1], Total), 14);
    }

    [Fact]
    public void Industry_spread_like_employment_is_zero() =>
        Assert.Equal(0.0, EllisonGlaeser.Agglomeration(Total, Total));

    [Fact]
    public void Coagglomeration_of_an_industry_with_itself_is_its_agglomeration()
    {
        double[] s = [0.1, 0.6, 0.3];
        Assert.Equal(EllisonGlaeser.Agglomeration(s, Total), EllisonGlaeser.Coagglomeration(s, s, Total), 15);
    }

    [Fact]
    public void All_employment_in_one_region_is_undefined() =>
        Assert.True(double.IsNaN(EllisonGlaeser.Agglomeration([1, 0], [1, 0])));

    [Fact]
    public void Shares_divide_by_the_total() =>
        Assert.Equal([0.25, 0.75], EllisonGlaeser.Shares([1, 3]));

    [Fact]
    public void Vectors_of_different_length_are_refused() =>
        Assert.Throws<ArgumentException>(() => EllisonGlaeser.Agglomeration([0.5, 0.5], Total));
}
