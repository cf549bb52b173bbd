using AggloDashboard.Data.Store;
using AggloDashboard.Web.Auth;

namespace AggloDashboard.Web.Services;

/// <summary>
/// File downloads served over HTTP from the cached snapshots, not pushed through the circuit: the data browser's metric
/// tables of a version under the settings in the URL. Visitors get the active version's only, administrators any
/// version's, as for the boundary files.
/// </summary>
public static class Downloads
{
    public const string XlsxMime = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string ZipMime = "application/zip";

    /// <summary>Where every computed metric of a version downloads from, as a zip of CSV files or one workbook.</summary>
    public static string MetricTablesUrl(int versionId, string extension) => $"/downloads/metrics-v{versionId}.{extension}";

    public static IEndpointRouteBuilder MapDownloadEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/downloads/metrics-v{versionId:int}.zip", (int versionId, HttpContext http, DatasetStore store, DashboardDataService data) =>
            MetricTablesAsync(versionId, "zip", http, store, data));
        endpoints.MapGet("/downloads/metrics-v{versionId:int}.xlsx", (int versionId, HttpContext http, DatasetStore store, DashboardDataService data) =>
            MetricTablesAsync(versionId, "xlsx", http, store, data));
        return endpoints;
    }

    private static async Task<IResult> MetricTablesAsync(int versionId, string extension, HttpContext http, DatasetStore store,
        DashboardDataService data)
    {
        var ct = http.RequestAborted;
        var version = await store.GetVersionAsync(versionId, ct);
        if (version is null || !(version.IsActive || DashboardAuth.IsAdministrator(http.User)))
        {
            return Results.NotFound();
        }

        SettingsResolution resolution;
        try
        {
            resolution = await data.ResolveAsync(versionId, MetricSettingsQuery.Parse(name => http.Request.Query[name].FirstOrDefault()), ct);
        }
        catch (DatasetVersionNotFoundException)
        {
            // Deleted between the two reads.
            return Results.NotFound();
        }

        var analyses = resolution.Snapshot.Analyses;
        var (bytes, mime) = extension == "zip"
            ? (await analyses.MetricTablesZipAsync(ct), ZipMime)
            : (await analyses.MetricTablesXlsxAsync(ct), XlsxMime);
        http.Response.Headers.CacheControl = "private, no-cache";
        return Results.File(bytes, mime, $"metrics-v{versionId}.{extension}");
    }
}
