using AggloDashboard.Web;
using AggloDashboard.Web.Auth;
using AggloDashboard.Web.Components;
using AggloDashboard.Web.Services;

var builder = WebApplication.CreateBuilder(args);
// `dotnet run` starts in Production (no launch profile); package assets (MudBlazor, Plotly) then need the build's
// static web assets manifest. A published app serves them from wwwroot and this is a no-op.
builder.WebHost.UseStaticWebAssets();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
try
{
    builder.Services.AddDashboardServices(builder.Configuration);
}
catch (AggloDashboard.Data.Store.StoreStartException e)
{
    // A store setting the app cannot use (an unknown engine, no connection string): say which, without a stack trace.
    Console.Error.WriteLine($"error: {e.Message}");
    Environment.ExitCode = 1;
    return;
}

// Circuit limits, chosen against the load probe's figures (docs/PERFORMANCE.md, "Load probe"): a circuit costs the
// server about 3 MB, so 100 kept for two minutes after a dropped connection (a phone waking, a Wi-Fi hand-over)
// are cheap; a browser that stops answering fails its circuit's JS calls after 30 s instead of a minute, and one that
// stops acknowledging renders is sent at most 10 batches ahead; the 32 KB receive limit keeps one visitor's message
// small (file uploads arrive in chunks below it).
builder.Services.AddRazorComponents().AddInteractiveServerComponents(circuit =>
    {
        circuit.DisconnectedCircuitRetentionPeriod = TimeSpan.FromMinutes(2);
        circuit.DisconnectedCircuitMaxRetained = 100;
        circuit.JSInteropDefaultCallTimeout = TimeSpan.FromSeconds(30);
        circuit.MaxBufferedUnacknowledgedRenderBatches = 10;
    })
    .AddHubOptions(hub => hub.MaximumReceiveMessageSize = 32 * 1024);

var app = builder.Build();
try
{
    await app.Services.InitialiseDashboardAsync();
}
catch (AggloDashboard.Data.Store.StoreStartException e)
{
    // The store cannot serve at all (read-only and behind on migrations, unreadable): say why, without a stack trace.
    Console.Error.WriteLine($"error: {e.Message}");
    Environment.ExitCode = 1;
    return;
}

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
    // In development a text key without a text throws; in production the page shows the key and the log names it.
    var texts = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("AggloDashboard.Web.UiText");
    UiText.ReportMissingKeys(key => texts.LogError("No interface text has the key {Key}", key));
}

app.UseHttpSecurity();
app.UseDashboardAssets();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapHealthEndpoints();
app.MapBoundaryEndpoint();
app.MapImportTemplateEndpoints();
app.MapDownloadEndpoints();
// HttpSecurity sends the whole Content-Security-Policy, frame-ancestors included.
app.MapRazorComponents<App>().AddInteractiveServerRenderMode(server => server.ContentSecurityFrameAncestorsPolicy = null);
app.Run();
