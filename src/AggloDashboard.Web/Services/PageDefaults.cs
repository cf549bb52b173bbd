using AggloDashboard.Core.Metrics;

namespace AggloDashboard.Web.Services;

/// <summary>
/// The metric each analysis page shows when its URL names none (or one the dataset does not know). The pages and the
/// presenter's slides of them both start from these, so a slide shows what its page shows.
/// </summary>
public static class PageDefaults
{
    public const string OverviewMetric = MetricCodes.CouplingD;
    public const string MapMetric = MetricCodes.InnovationD;
    public const string TrendsMetric = MetricCodes.CouplingD;
    public const string DiagnosisMetric = MetricCodes.InnovationD;
    public const string DisparitiesMetric = MetricCodes.CouplingD;
    public const string SpatialMetric = MetricCodes.CouplingD;
    public const string DriversMetric = MetricCodes.LqProducerServices;
    public const string CityMetric = MetricCodes.CouplingD;

    /// <summary>The coordination classes the coordination page's heatmap shows.</summary>
    public const string CoordinationHeatmapMetric = MetricCodes.InnovationD;

    /// <summary>The default metric of the page at <paramref name="path"/>; a city profile and the pages without a metric of their own: <see cref="CityMetric"/>.</summary>
    public static string Metric(string path) => path switch
    {
        DashboardUrls.OverviewPath => OverviewMetric,
        DashboardUrls.MapPath => MapMetric,
        DashboardUrls.TrendsPath => TrendsMetric,
        "/diagnosis" => DiagnosisMetric,
        "/disparities" => DisparitiesMetric,
        "/spatial" => SpatialMetric,
        "/drivers" => DriversMetric,
        _ => CityMetric,
    };
}
