using AggloDashboard.Core.ShiftShare;
using AggloDashboard.Core.Tests.Engine;
using FsCheck.Xunit;

namespace AggloDashboard.Core.Tests.ShiftShare;

public class ShiftSharePropertyTests
{
    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(a) + Math.Abs(b));

    private static bool Identities(ShiftShareTerms t, bool split) =>
        Close(t.ReferenceShare + t.IndustryMix + t.Competitive, t.Growth)
        && (!split || Close(t.NetCompetitive + t.Allocation, t.Competitive));

    [Property(MaxTest = 30)]
    public bool Static_components_add_up_per_city_and_per_sector(int seed)
    {
        var years = 2 + Math.Abs(seed % 4);
        var result = new ShiftSharePanel(PanelBuilder.Random(6, years, seed).Build()).Static(2000, 2000 + years - 1);
        return result.Cities.Count == 6 && result.Warnings.Count == 0
            && result.Cities.All(c => Identities(c.Total, split: true) && c.Sectors.All(s => Identities(s, split: true)));
    }

    [Property(MaxTest = 30)]
    public bool Dynamic_components_add_up_to_the_whole_period_growth(int seed)
    {
        var years = 2 + Math.Abs(seed % 5);
        var data = PanelBuilder.Random(5, years, seed).Build();
        var panel = new ShiftSharePanel(data);
        var dynamic = panel.Dynamic(2000, 2000 + years - 1);
        var growth = panel.Static(2000, 2000 + years - 1).Cities.ToDictionary(c => c.RegionCode, c => c.Total.Growth);
        return dynamic.Cities.All(c => Identities(c.Total, split: false) && Close(c.Total.Growth, growth[c.RegionCode])
                                        && c.Sectors.All(s => Identities(s, split: false)));
    }

    [Property(MaxTest = 20)]
    public bool Scaling_every_city_by_k_scales_every_component_by_k(int seed)
    {
        var k = 1 + Math.Abs(seed % 13) * 2.5;
        var plain = new ShiftSharePanel(PanelBuilder.Random(4, 3, seed).Build()).Static(2000, 2002);
        var scaled = new ShiftSharePanel(PanelBuilder.Random(4, 3, seed, scale: k).Build()).Static(2000, 2002);
        return plain.Cities.Zip(scaled.Cities).All(p =>
            Enum.GetValues<ShiftShareComponent>().All(c => Close(p.First.Total[c] * k, p.Second.Total[c])));
    }
}
