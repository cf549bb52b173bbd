using AggloDashboard.Web;
using AggloDashboard.Web.Auth;
using AggloDashboard.Web.Components;
using AggloDashboard.Web.Services;

var builder = WebApplication.CreateBuilder(args);
// `dotnet run` starts in Production (no launch profile); package assets (MudBlazor, Plotly) then need the build's
// static web assets manifest. A published app serves them from wwwroot and this is a no-op.
builder.WebHost.UseStaticWebAssets();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
builder.Services.AddDashboardServices(builder.Configuration);

var app = builder.Build();
await app.Services.InitialiseDashboardAsync();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}

app.UseHttpSecurity();
app.UseDashboardAssets();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapBoundaryEndpoint();
app.MapImportTemplateEndpoints();
// HttpSecurity sends the whole Content-Security-Policy, frame-ancestors included.
app.MapRazorComponents<App>().AddInteractiveServerRenderMode(server => server.ContentSecurityFrameAncestorsPolicy = null);
app.Run();
