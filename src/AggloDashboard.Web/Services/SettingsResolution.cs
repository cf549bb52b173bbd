using AggloDashboard.Core.Metrics;

namespace AggloDashboard.Web.Services;

/// <summary>The snapshot a view shows, computed with the usable part of its URL's settings, and what was not usable.</summary>
public sealed record SettingsResolution(DashboardSnapshot Snapshot, IReadOnlyList<SettingProblem> Problems);
