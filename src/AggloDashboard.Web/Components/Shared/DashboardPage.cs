using AggloDashboard.Web.Services;
using Microsoft.AspNetCore.Components;

namespace AggloDashboard.Web.Components.Shared;

/// <summary>
/// An analysis page: besides the language and the metric settings, the URL names its year, metric and cities (each
/// resolved against the snapshot by <see cref="PageQuery"/>, so a value the dataset does not know falls back to the default).
/// </summary>
public abstract class DashboardPage : SettingsAwarePage
{
    [SupplyParameterFromQuery(Name = "year")] public string? Year { get; set; }

    [SupplyParameterFromQuery(Name = "metric")] public string? Metric { get; set; }

    [SupplyParameterFromQuery(Name = "cities")] public string? Cities { get; set; }

    /// <summary>The active version's snapshot under the URL's settings.</summary>
    protected Task<DashboardSnapshot> LoadSnapshotAsync() => LoadSnapshotAsync(Data);

    /// <summary>The URL's year when the snapshot has it, else its latest year.</summary>
    protected int YearIn(DashboardSnapshot snapshot) => PageQuery.ResolveYear(snapshot, Year);

    /// <summary>The URL's metric when the snapshot knows it, else <paramref name="fallback"/>.</summary>
    protected MetricInfo MetricIn(DashboardSnapshot snapshot, string fallback) => PageQuery.ResolveMetric(snapshot, Metric, fallback);
}
