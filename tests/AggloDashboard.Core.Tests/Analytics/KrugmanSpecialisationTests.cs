using AggloDashboard.Core.Analytics;
using AggloDashboard.Core.Tests.Engine;

namespace AggloDashboard.Core.Tests.Analytics;

public class KrugmanSpecialisationTests
{
    [Fact]
    public void Index_hand_computed()
    {
        // City shares (30, 20, 50)/100 = (0.3, 0.2, 0.5); reference (200, 300, 500)/1000 = (0.2, 0.3, 0.5).
        // K = 0.1 + 0.1 + 0 = 0.2.
        Assert.Equal(0.2, KrugmanSpecialisation.Index([30, 20, 50], 100, [200, 300, 500], 1000), 15);
        Assert.Equal(0.0, KrugmanSpecialisation.Index([1, 3], 4, [10, 30], 40), 15);
        Assert.True(double.IsNaN(KrugmanSpecialisation.Index([0, 0], 0, [1, 1], 2)));
    }

    [Fact]
    public void Per_city_year_against_the_cities_with_complete_employment()
    {
        // Sectors (manufacturing, PS a, PS b) of a total of 100 each: A (30, 10, 10), B (10, 20, 20).
        // Reference (40, 30, 30)/200 = (0.2, 0.15, 0.15): K_A = 0.1 + 0.05 + 0.05 = 0.2, K_B likewise 0.2.
        // C misses PS b, so it is neither scored nor part of the reference.
        var dataset = new PanelBuilder().City("100100").City("100200").City("100300")
            .Employment("100100", 2000, 100, 30, 10, 10)
            .Employment("100200", 2000, 100, 10, 20, 20)
            .Employment("100300", 2000, 100, 50, 5, 5)
            .Set("100300", 2000, ("emp.ps.b", null))
            .Build();

        var k = KrugmanSpecialisation.ForDataset(dataset);

        Assert.Equal(["100100", "100200"], k.Select(v => v.RegionCode));
        Assert.All(k, v => Assert.Equal(0.2, v.Value, 14));
        Assert.All(k, v => Assert.Equal(KrugmanSpecialisation.MetricCode, v.Metric));
    }
}
