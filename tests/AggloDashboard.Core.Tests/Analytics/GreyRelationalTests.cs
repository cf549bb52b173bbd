using AggloDashboard.Core.Analytics;
using FsCheck.Xunit;

namespace AggloDashboard.Core.Tests.Analytics;

public class GreyRelationalTests
{
    [Fact]
    public void Hand_computed_with_a_zero_minimum()
    {
        // Mean-scaled: x0 = (1, 2, 3)/2 = (0.5, 1, 1.5); x1 = (2, 4, 6)/4 = x0, Δ1 = 0; x2 = (3, 3, 3)/3 = 1,
        // Δ2 = (0.5, 0, 0.5). Δmin = 0, ρΔmax = 0.25: ξ1 = 1; ξ2 = (0.25/0.75, 0.25/0.25, 0.25/0.75); r2 = 5/9.
        var grades = GreyRelational.Grades([1, 2, 3], [[2, 4, 6], [3, 3, 3]]);

        Assert.Equal(1.0, grades[0], 15);
        Assert.Equal(5.0 / 9, grades[1], 15);
    }

    [Fact]
    public void Hand_computed_with_a_positive_minimum()
    {
        // x0 = (2, 4)/3; x1 = (1, 3)/2: Δ1 = (1/6, 1/6); x2 = (4, 4)/4: Δ2 = (1/3, 1/3).
        // Δmin = 1/6, Δmax = 1/3, ρΔmax = 1/6: ξ1 = (1/3)/(1/3) = 1, ξ2 = (1/3)/(1/2) = 2/3.
        var grades = GreyRelational.Grades([2, 4], [[1, 3], [4, 4]]);

        Assert.Equal(1.0, grades[0], 14);
        Assert.Equal(2.0 / 3, grades[1], 14);
    }

    [Fact]
    public void Edge_rules()
    {
        Assert.Equal([1.0, 1.0], GreyRelational.Grades([1, 2], [[2, 4], [5, 10]]));
        Assert.All(GreyRelational.Grades([1, 2], [[0, 0], [1, 1]]), g => Assert.True(double.IsNaN(g)));
        Assert.Throws<ArgumentException>(() => GreyRelational.Grades([1, 2], [[1]]));
    }

    [Property]
    public bool Grades_lie_in_zero_one_and_ignore_the_scale_of_each_series(int seed)
    {
        var random = new Random(seed);
        double[] Series() => Enumerable.Range(0, 6).Select(_ => 1 + random.NextDouble() * 10).ToArray();
        var reference = Series();
        IReadOnlyList<double>[] comparisons = [Series(), Series(), Series()];
        var scale = 1 + random.NextDouble() * 1000;

        var grades = GreyRelational.Grades(reference, comparisons);
        var rescaled = GreyRelational.Grades(reference.Select(v => v * scale).ToArray(),
            comparisons.Select(c => (IReadOnlyList<double>)c.Select(v => v / scale).ToArray()).ToArray());

        return grades.All(g => g > 0 && g <= 1 + 1e-15)
               && grades.Zip(rescaled).All(p => Math.Abs(p.First - p.Second) < 1e-12);
    }
}
