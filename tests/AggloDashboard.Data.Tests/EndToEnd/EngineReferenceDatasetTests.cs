using AggloDashboard.Core.Metrics;
using AggloDashboard.Core.Tests.Engine;
using AggloDashboard.Data.Seed;

namespace AggloDashboard.Data.Tests.EndToEnd;

/// <summary>
/// The engine against the straightforward reference engine of the Core tests, every value bit for bit, on the
/// bundled seed and on the generated national panel (367 prefecture-level regions).
/// </summary>
public class EngineReferenceDatasetTests
{
    [Fact]
    public void Seed_panel_matches_the_reference_bit_for_bit()
    {
        var seed = IllustrativePanelGenerator.Generate();
        EngineEquivalence.AssertSame(ReferenceMetricsEngine.Compute(seed), MetricsEngine.Compute(seed));
    }

    [Fact]
    public void National_panel_matches_the_reference_bit_for_bit()
    {
        var national = RegionSetPanel.Generate(RegionSet.National).Dataset;
        EngineEquivalence.AssertSame(ReferenceMetricsEngine.Compute(national), MetricsEngine.Compute(national));
    }
}
