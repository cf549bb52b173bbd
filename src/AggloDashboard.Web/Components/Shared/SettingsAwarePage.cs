using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Services;
using Microsoft.AspNetCore.Components;

namespace AggloDashboard.Web.Components.Shared;

/// <summary>
/// A page whose numbers follow the metric settings in its query string (see <see cref="MetricSettingsQuery"/>), so that
/// a setting changed in the settings panel is followed by every page and shared with every link.
/// </summary>
public abstract class SettingsAwarePage : ActiveVersionPage
{
    [SupplyParameterFromQuery(Name = MetricSettingsQuery.Form)] public string? FormSetting { get; set; }
    [SupplyParameterFromQuery(Name = MetricSettingsQuery.InnovationAlphas)] public string? InnovationAlphasSetting { get; set; }
    [SupplyParameterFromQuery(Name = MetricSettingsQuery.CouplingAlphas)] public string? CouplingAlphasSetting { get; set; }
    [SupplyParameterFromQuery(Name = MetricSettingsQuery.Weighting)] public string? WeightingSetting { get; set; }
    [SupplyParameterFromQuery(Name = MetricSettingsQuery.Weights)] public string? WeightsSetting { get; set; }
    [SupplyParameterFromQuery(Name = MetricSettingsQuery.Classes)] public string? ClassesSetting { get; set; }
    [SupplyParameterFromQuery(Name = MetricSettingsQuery.Tolerance)] public string? ToleranceSetting { get; set; }
    [SupplyParameterFromQuery(Name = MetricSettingsQuery.Scope)] public string? ScopeSetting { get; set; }

    /// <summary>The settings the page's numbers were computed with (the URL's, less any unusable part).</summary>
    protected MetricSettings Settings { get; private set; } = MetricSettings.Default;

    /// <summary>The active version's snapshot under the URL's settings; sets <see cref="Settings"/>. Waits under <see cref="ActiveVersionPage.PageToken"/>.</summary>
    protected async Task<DashboardSnapshot> LoadSnapshotAsync(DashboardDataService data)
    {
        var resolution = await data.ResolveAsync(MetricSettingsQuery.Parse(name => name switch
        {
            MetricSettingsQuery.Form => FormSetting,
            MetricSettingsQuery.InnovationAlphas => InnovationAlphasSetting,
            MetricSettingsQuery.CouplingAlphas => CouplingAlphasSetting,
            MetricSettingsQuery.Weighting => WeightingSetting,
            MetricSettingsQuery.Weights => WeightsSetting,
            MetricSettingsQuery.Classes => ClassesSetting,
            MetricSettingsQuery.Tolerance => ToleranceSetting,
            MetricSettingsQuery.Scope => ScopeSetting,
            _ => null,
        }), PageToken);
        Settings = resolution.Snapshot.Results.Settings;
        return resolution.Snapshot;
    }
}
