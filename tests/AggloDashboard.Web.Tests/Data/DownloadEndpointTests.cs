using System.IO.Compression;
using System.Net;
using AggloDashboard.Web.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace AggloDashboard.Web.Tests.Data;

/// <summary>
/// The metric-table downloads over HTTP: built from the cached snapshot of the URL's version and settings, the active
/// version for everyone, an inactive one for administrators only.
/// </summary>
public sealed class DownloadEndpointTests : IAsyncLifetime
{
    private const string AsAdministrator = "X-Test-Administrator";

    private DataManagementHost _host = default!;
    private WebApplication _app = default!;
    private HttpClient _client = default!;

    public async Task InitializeAsync()
    {
        _host = await DataManagementHost.CreateAsync();
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton(_host.Store);
        builder.Services.AddSingleton(_host.Data);
        _app = builder.Build();
        // Stands in for the cookie sign-in: a request with the header is an administrator's, any other anonymous.
        _app.Use((http, next) =>
        {
            http.User = http.Request.Headers.ContainsKey(AsAdministrator) ? DataManagementHost.Administrator : DataManagementHost.Anonymous;
            return next(http);
        });
        _app.MapDownloadEndpoints();
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        await _host.DisposeAsync();
    }

    private Task<HttpResponseMessage> GetAsync(string url, bool administrator = false)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (administrator)
        {
            request.Headers.Add(AsAdministrator, "1");
        }

        return _client.SendAsync(request);
    }

    private static IReadOnlyList<IDictionary<string, object?>> Sheet(byte[] workbook, string sheet) =>
        MiniExcel.Query(new MemoryStream(workbook), useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>().ToArray();

    [Fact]
    public async Task The_active_version_downloads_as_a_zip_of_csv_files_and_as_a_workbook_for_anyone()
    {
        using var zip = await GetAsync(Downloads.MetricTablesUrl(1, "zip"));
        using var xlsx = await GetAsync(Downloads.MetricTablesUrl(1, "xlsx"));

        Assert.Equal(HttpStatusCode.OK, zip.StatusCode);
        Assert.Equal(Downloads.ZipMime, zip.Content.Headers.ContentType!.MediaType);
        Assert.Equal("metrics-v1.zip", zip.Content.Headers.ContentDisposition!.FileName);
        using var archive = new ZipArchive(await zip.Content.ReadAsStreamAsync());
        Assert.Contains(archive.Entries, e => e.Name.EndsWith(".csv", StringComparison.Ordinal));
        Assert.Equal(Downloads.XlsxMime, xlsx.Content.Headers.ContentType!.MediaType);
        var bytes = await xlsx.Content.ReadAsByteArrayAsync();
        Assert.Equal(["region_metrics", "aggregate_metrics", "entropy_weights"], MiniExcel.GetSheetNames(new MemoryStream(bytes)));
    }

    [Fact]
    public async Task An_inactive_version_downloads_for_an_administrator_only_and_an_unknown_one_for_nobody()
    {
        var edit = await _host.CommitEditAsync(999);

        using var anonymous = await GetAsync(Downloads.MetricTablesUrl(1, "zip"));
        using var administrator = await GetAsync(Downloads.MetricTablesUrl(1, "zip"), administrator: true);
        using var active = await GetAsync(Downloads.MetricTablesUrl(edit.Id, "xlsx"));
        using var unknown = await GetAsync(Downloads.MetricTablesUrl(99, "zip"), administrator: true);

        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, administrator.StatusCode);
        Assert.Equal(HttpStatusCode.OK, active.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task The_url_settings_and_scope_decide_the_numbers_and_one_build_serves_every_request()
    {
        var url = Downloads.MetricTablesUrl(1, "xlsx") + "?scope=220100,220200,220300&tol=0.3";

        var scoped = await (await GetAsync(url)).Content.ReadAsByteArrayAsync();
        var again = await (await GetAsync(url)).Content.ReadAsByteArrayAsync();

        var regions = Sheet(scoped, "region_metrics").Select(r => Convert.ToString(r["region_code"], System.Globalization.CultureInfo.InvariantCulture)!).Distinct().Order().ToArray();
        Assert.Equal(["220100", "220200", "220300"], regions);
        Assert.Equal(scoped, again);
        var snapshot = (await _host.Data.ResolveAsync(1, MetricSettingsQuery.Parse("/?scope=220100,220200,220300&tol=0.3"), CancellationToken.None)).Snapshot;
        Assert.Equal(1, snapshot.Analyses.Computations);
    }
}
