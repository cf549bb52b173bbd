using AggloDashboard.Core.Metrics;
using AggloDashboard.Core.Policy;
using AggloDashboard.Data.Folder;
using AggloDashboard.Data.Policy;
using AggloDashboard.Data.Tests.Boundaries;

namespace AggloDashboard.Data.Tests.Policy;

/// <summary>The default rule set on the bundled illustrative Jilin panel.</summary>
public class SeedPolicyTests
{
    private static readonly Lazy<IReadOnlyList<CityTypology>> Typologies = new(() =>
    {
        var dataset = DatasetFolderReader.Read(Path.Combine(RepositoryRoot.Path, "seed-data")).Dataset!;
        return PolicyEngine.Evaluate(PolicyRuleFile.LoadDefault(), MetricsEngine.Compute(dataset));
    });

    [Fact]
    public void Every_city_gets_a_typology_every_year()
    {
        var byYear = Typologies.Value.GroupBy(t => t.Year).ToArray();

        Assert.Equal(19, byYear.Length);
        Assert.All(byYear, year => Assert.Equal(9, year.Count(t => t.Fired.Count > 0)));
    }

    [Fact]
    public void In_the_latest_year_every_city_has_a_typology_with_its_evidence()
    {
        var latest = Typologies.Value.Where(t => t.Year == 2023).ToArray();

        Assert.Equal(9, latest.Length);
        Assert.All(latest, city =>
        {
            var fired = city.Fired.Where(f => !f.Rule.IsFallback).ToArray();
            Assert.NotEmpty(fired);
            Assert.All(fired, f => Assert.Equal(f.Rule.Conditions.Count, f.Evidence.Count(e => e.Holds)));
            Assert.All(fired, f => Assert.NotEmpty(f.Directions));
        });
    }

    [Fact]
    public void Changchun_is_a_central_service_hub_every_year()
    {
        var changchun = Typologies.Value.Where(t => t.RegionCode == "220100").ToArray();

        Assert.Equal(19, changchun.Length);
        Assert.All(changchun, t => Assert.Contains(t.Fired, f => f.Rule.Id == "central_service_hub"));
        var evidence = changchun.Single(t => t.Year == 2023).Fired.Single(f => f.Rule.Id == "central_service_hub").Evidence;
        Assert.StartsWith("lq.producer_services = 1.3", evidence[0].Text.En);
        Assert.Contains("province mean", evidence[1].Text.En);
    }
}
