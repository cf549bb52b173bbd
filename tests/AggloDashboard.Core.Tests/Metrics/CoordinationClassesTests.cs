using AggloDashboard.Core.Metrics;

namespace AggloDashboard.Core.Tests.Metrics;

public class CoordinationClassesTests
{
    private static readonly CoordinationClasses Classes = CoordinationClasses.Default;

    [Theory]
    [InlineData(0.0, 0, "极度失调")]
    [InlineData(0.1, 0, "极度失调")]
    [InlineData(0.1000001, 1, "严重失调")]
    [InlineData(0.5, 4, "濒临失调")]
    [InlineData(0.5000001, 5, "勉强协调")]
    [InlineData(0.7, 6, "初级协调")]
    [InlineData(0.9, 8, "良好协调")]
    [InlineData(0.9000001, 9, "优质协调")]
    [InlineData(1.0, 9, "优质协调")]
    public void Intervals_are_closed_on_the_right(double d, int index, string nameZh)
    {
        var c = Classes.Classify(d);
        Assert.Equal(index, c.Index);
        Assert.Equal(nameZh, c.NameZh);
    }

    [Fact]
    public void Names_are_bilingual() =>
        Assert.Equal("on the verge of disorder", Classes.Classify(0.45).NameEn);

    [Fact]
    public void Out_of_range_D_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Classes.Classify(1.2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Classes.Classify(double.NaN));
    }

    [Fact]
    public void Custom_thresholds_must_increase_and_reach_one()
    {
        Assert.Throws<ArgumentException>(() => new CoordinationClasses([0.1, 0.2]));
        Assert.Throws<ArgumentException>(() => new CoordinationClasses([0.1, 0.1, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]));
        Assert.Throws<ArgumentException>(() => new CoordinationClasses([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9]));
        var shifted = new CoordinationClasses([0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
        Assert.Equal(0, shifted.Classify(0.12).Index);
    }

    [Theory]
    [InlineData(0.3, CouplingBand.LowLevel)]
    [InlineData(0.31, CouplingBand.Antagonism)]
    [InlineData(0.5, CouplingBand.Antagonism)]
    [InlineData(0.8, CouplingBand.RunningIn)]
    [InlineData(0.81, CouplingBand.HighLevel)]
    public void Coupling_bands(double c, CouplingBand band) => Assert.Equal(band, CoordinationBands.CouplingBandOf(c));

    [Theory]
    [InlineData(0.49, CoordinationStage.Low)]
    [InlineData(0.5, CoordinationStage.Medium)]
    [InlineData(0.7, CoordinationStage.High)]
    public void Stages(double d, CoordinationStage stage) => Assert.Equal(stage, CoordinationBands.StageOf(d));

    [Theory]
    [InlineData(0.5, 0.4, RelativeDevelopmentType.Synchronous)]
    [InlineData(0.5, 0.39, RelativeDevelopmentType.InnovationLags)]
    [InlineData(0.3, 0.45, RelativeDevelopmentType.AgglomerationLags)]
    public void Relative_development_rule(double agglomeration, double innovation, RelativeDevelopmentType type) =>
        Assert.Equal(type, RelativeDevelopment.Classify(agglomeration, innovation));
}
