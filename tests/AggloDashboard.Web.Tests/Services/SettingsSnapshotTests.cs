using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Services;

namespace AggloDashboard.Web.Tests.Services;

[Collection(DashboardCollection.Name)]
public sealed class SettingsSnapshotTests(DashboardFixture fixture)
{
    [Fact]
    public async Task The_default_settings_give_the_default_snapshot()
    {
        Assert.Same(fixture.Snapshot, await fixture.Data.GetCurrentAsync(MetricSettings.Default));
        Assert.Same(fixture.Snapshot, await fixture.Data.GetCurrentAsync(new MetricSettings()));
    }

    [Fact]
    public async Task Other_settings_give_one_cached_snapshot_computed_with_them()
    {
        var modified = MetricSettings.Default with { CouplingForm = CouplingForm.Modified };

        var snapshot = await fixture.Data.GetCurrentAsync(modified);

        Assert.Same(snapshot, await fixture.Data.GetCurrentAsync(MetricSettings.Default with { CouplingForm = CouplingForm.Modified }));
        Assert.Equal(CouplingForm.Modified, snapshot.Results.Settings.CouplingForm);
        Assert.Equal(fixture.Snapshot.Version.Id, snapshot.Version.Id);
        var expected = MetricsEngine.Compute(fixture.Snapshot.Dataset, modified);
        Assert.Equal(expected.Get("220100", 2020, MetricCodes.CouplingD), snapshot.Value("220100", 2020, MetricCodes.CouplingD));
        Assert.NotEqual(fixture.Snapshot.Value("220100", 2020, MetricCodes.CouplingD), snapshot.Value("220100", 2020, MetricCodes.CouplingD));
    }

    [Fact]
    public void The_settings_key_tells_apart_settings_that_change_the_numbers()
    {
        var keys = new[]
        {
            MetricSettings.Default,
            MetricSettings.Default with { CouplingForm = CouplingForm.Modified },
            MetricSettings.Default with { InnovationAlphas = [0.5, 0.3, 0.2] },
            MetricSettings.Default with { CouplingAlphas = [0.6, 0.4] },
            MetricSettings.Default with { Weighting = IndicatorWeighting.Equal },
            MetricSettings.Default with { RelativeDevelopmentTolerance = 0.05 },
            MetricSettings.Default with { ClassThresholds = new CoordinationClasses([0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]) },
        }.Select(DashboardDataService.SettingsKey).ToArray();

        Assert.Equal(keys.Length, keys.Distinct().Count());
        Assert.Equal(keys[2], DashboardDataService.SettingsKey(MetricSettings.Default with { InnovationAlphas = [0.5, 0.3, 0.2] }));
    }

    [Fact]
    public void The_url_names_only_the_modified_form()
    {
        var modified = MetricSettings.Default with { CouplingForm = CouplingForm.Modified };
        Assert.Equal("/coupling?year=2012&lang=en&ccd=modified", DashboardUrls.Coupling(new DashboardQuery(2012, Lang: Lang.En, Settings: modified)));
        Assert.Equal("/coordination?lang=zh", DashboardUrls.Coordination(new DashboardQuery()));
    }
}
