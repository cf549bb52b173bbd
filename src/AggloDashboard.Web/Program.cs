using AggloDashboard.Web;
using AggloDashboard.Web.Components;

var builder = WebApplication.CreateBuilder(args);
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
