using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Services;
using AggloDashboard.Web.Views;

namespace AggloDashboard.Web.Tests.Services;

[Collection(DashboardCollection.Name)]
public sealed class SettingsFormTests(DashboardFixture fixture)
{
    [Fact]
    public void The_default_form_asks_for_the_default_settings()
    {
        var form = SettingsForm.From(MetricSettings.Default, fixture.Snapshot, Lang.En);

        var built = form.Build();

        Assert.Empty(built.Problems);
        Assert.True(MetricSettingsQuery.IsDefault(built.Settings));
        Assert.Equal(fixture.Snapshot.Results.Weights.Count, form.UserWeights.Count);
    }

    [Fact]
    public async Task User_weights_start_at_the_entropy_weights_and_cover_every_composite()
    {
        var form = SettingsForm.From(MetricSettings.Default, fixture.Snapshot, Lang.En);
        form.Weighting = WeightingMethod.UserGiven;

        var resolution = await fixture.Data.ResolveAsync(form.Build());

        Assert.Empty(resolution.Problems);
        Assert.Equal(WeightingMethod.UserGiven, resolution.Snapshot.Results.Settings.Weighting.Method);
        // Weights rounded to 4 decimals move D by less than the rounding.
        var d = fixture.Snapshot.Value("220100", 2020, MetricCodes.CouplingD)!.Value;
        Assert.Equal(d, resolution.Snapshot.Value("220100", 2020, MetricCodes.CouplingD)!.Value, 3);
    }

    [Fact]
    public void Edited_values_become_settings_and_bad_ones_problems()
    {
        var form = SettingsForm.From(MetricSettings.Default, fixture.Snapshot, Lang.Zh);
        form.InnovationAlphas[0] = 0.5;
        form.InnovationAlphas[1] = 0.25;
        form.InnovationAlphas[2] = 0.25;
        form.Tolerance = 0.05;
        form.Form = CouplingForm.Modified;

        var built = form.Build();
        Assert.Empty(built.Problems);
        Assert.Equal([0.5, 0.25, 0.25], built.Settings.InnovationAlphas);
        Assert.Equal(0.05, built.Settings.RelativeDevelopmentTolerance);
        Assert.Equal(CouplingForm.Modified, built.Settings.CouplingForm);

        form.CouplingAlphas[0] = 0.9;
        form.ClassBounds[3] = 0.1;
        var bad = form.Build();
        Assert.Equal(["calpha", "classes"], bad.Problems.Select(p => p.Parameter));
    }

    [Fact]
    public async Task User_weights_that_miss_an_indicator_are_reported_and_entropy_weights_used()
    {
        var requested = MetricSettingsQuery.Parse("/coordination?weighting=user&w=rd_staff:1");

        var resolution = await fixture.Data.ResolveAsync(requested);

        var problem = Assert.Single(resolution.Problems);
        Assert.Equal("w", problem.Parameter);
        Assert.Contains("user weights", problem.ReasonEn);
        Assert.Same(fixture.Snapshot, resolution.Snapshot);
    }

    [Fact]
    public void The_summary_states_every_changed_setting_and_nothing_for_the_defaults()
    {
        Assert.Empty(SettingsSummary.Describe(MetricSettings.Default, Lang.En));
        var settings = MetricSettingsQuery.Parse("/?ccd=modified&alpha=0.5,0.3,0.2&calpha=0.6,0.4&weighting=equal&classes=0.15,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9,1&tol=0.05").Settings;

        var en = SettingsSummary.Describe(settings, Lang.En);
        var zh = SettingsSummary.Describe(settings, Lang.Zh);

        Assert.Equal(6, en.Count);
        Assert.Equal(6, zh.Count);
        Assert.Contains("Innovation subsystem α: input 0.5, output 0.3, benefit 0.2", en);
        Assert.Contains("Synchronous tolerance: |U1 − U2| ≤ 0.05", en);
        Assert.Contains("指标权重：等权", zh);
    }
}
