using AggloDashboard.Web;
using AggloDashboard.Web.Components;

var builder = WebApplication.CreateBuilder(args);

// Serve the framework's and packages' static files (blazor.web.js, MudBlazor, Plotly) from the build output in every
// environment, not only Development; a no-op in published output, which carries them in wwwroot.
builder.WebHost.UseStaticWebAssets();
builder.Services.AddDashboardServices(builder.Configuration);

var app = builder.Build();
await app.Services.InitialiseDashboardAsync();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}

app.UseDashboardAssets();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapBoundaryEndpoint();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Run();
