using AggloDashboard.Core.Analytics;
using AggloDashboard.Data.Export;

namespace AggloDashboard.Data.Tests.Export;

public sealed class RegressionTextTableTests
{
    // y = 2, 4, 5, 4, 5 on x = 1..5 in clusters A, A, B, B, C: b = 0.6, a = 2.2 (PanelRegressionTests).
    private static readonly PanelData Data = new("y", ["x"],
    [
        new("A", 1, 2, [1]), new("A", 2, 4, [2]), new("B", 1, 5, [3]), new("B", 2, 4, [4]), new("C", 1, 5, [5]),
    ]);

    [Fact]
    public void Lays_out_coefficients_errors_and_the_model_facts()
    {
        var panel = new RegressionPanel(new RegressionSpec("y", ["x"], false, true), Data, []);

        var text = RegressionTextTable.Format([PanelRegression.PooledOls(Data)], panel);
        var lines = text.Split('\n');

        Assert.Equal("Dependent variable: y", lines[0]);
        Assert.Equal("(1) Pooled OLS", lines[1].Trim());
        // se(b) = √0.0304 = 0.1744, t = 3.44 on 2 df: p ≈ 0.075, one star.
        Assert.Matches(@"^x\s+0\.6000\*$", lines[3]);
        Assert.Matches(@"^\s+\(0\.1744\)$", lines[4]);
        // se(a) = √0.3792 = 0.6158, t = 3.57: p ≈ 0.070, one star.
        Assert.Matches(@"^\(intercept\)\s+2\.2000\*$", lines[5]);
        Assert.Contains(lines, l => l.StartsWith("N ", StringComparison.Ordinal) && l.EndsWith(" 5", StringComparison.Ordinal));
        Assert.Contains("Only 3 clusters", text);
        Assert.All(lines, l => Assert.Equal(l.TrimEnd(), l));
    }
}
