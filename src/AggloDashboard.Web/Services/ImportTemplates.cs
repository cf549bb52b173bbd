using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Export;

namespace AggloDashboard.Web.Services;

/// <summary>Import templates: the long format's header with a row per city and indicator to fill in, and the indicator catalog.</summary>
public static class ImportTemplates
{
    public const string CsvPath = "/import/template.csv";
    public const string XlsxPath = "/import/template.xlsx";

    /// <summary>Every city × indicator for the year after the dataset's last, values empty; then the catalogs.</summary>
    public static IReadOnlyList<ExportTable> Tables(Dataset dataset)
    {
        var year = dataset.Years.Count == 0 ? DateTime.UtcNow.Year - 1 : dataset.Years[^1] + 1;
        var rows = dataset.Prefectures
            .SelectMany(city => dataset.Indicators.Select(i => new Observation(city.Code, year, i.Code, null)));
        return [TableExport.Panel(rows), TableExport.Indicators(dataset), TableExport.Regions(dataset)];
    }

    public static IEndpointRouteBuilder MapImportTemplateEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CsvPath, async (DashboardDataService data) =>
        {
            var snapshot = await data.GetCurrentAsync();
            return Results.File(TableExport.CsvBytes(Tables(snapshot.Dataset)[0]), "text/csv; charset=utf-8", "import-template.csv");
        });
        endpoints.MapGet(XlsxPath, async (DashboardDataService data) =>
        {
            var snapshot = await data.GetCurrentAsync();
            return Results.File(TableExport.XlsxBytes(Tables(snapshot.Dataset)),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "import-template.xlsx");
        });
        return endpoints;
    }
}
