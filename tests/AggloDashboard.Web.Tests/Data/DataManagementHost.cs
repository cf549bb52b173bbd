using System.Security.Claims;
using AggloDashboard.Data.Import;
using AggloDashboard.Data.Store;
using AggloDashboard.Web.Auth;
using AggloDashboard.Web.Services;
using Bunit.TestDoubles;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MudBlazor;
using MudBlazor.Services;

namespace AggloDashboard.Web.Tests.Data;

/// <summary>
/// A store of its own (imports and activations would disturb the shared fixture), seeded like the app, with the
/// data management service and a bUnit context wired to it.
/// </summary>
public sealed class DataManagementHost : IAsyncDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"agglo-web-data-{Guid.NewGuid():N}.db");
    private ServiceProvider _services = default!;

    public DashboardDataService Data { get; private set; } = default!;
    public DataManagementService Management { get; private set; } = default!;
    public DatasetStore Store => _services.GetRequiredService<DatasetStore>();
    public UserStore Users => _services.GetRequiredService<UserStore>();
    public StoryStore Stories => _services.GetRequiredService<StoryStore>();
    public BunitContext Context { get; } = new();
    public BunitAuthorizationContext Authorization { get; private set; } = default!;

    public static ClaimsPrincipal Administrator { get; } = DashboardAuth.PrincipalOf(new UserAccount { Id = 1, UserName = "admin", PasswordHash = "", IsAdministrator = true });
    public static ClaimsPrincipal Viewer { get; } = DashboardAuth.PrincipalOf(new UserAccount { Id = 2, UserName = "viewer", PasswordHash = "" });
    public static ClaimsPrincipal Anonymous { get; } = new(new ClaimsIdentity());

    public string DatabasePath => _path;

    /// <param name="configure">Changes to the app's options, e.g. a smaller snapshot cache.</param>
    public static async Task<DataManagementHost> CreateAsync(Action<DashboardOptions>? configure = null)
    {
        var host = new DataManagementHost();
        host._services = new ServiceCollection().AddDatasetStore(host._path).BuildServiceProvider();
        var settings = new DashboardOptions { DatabasePath = host._path, SeedDataPath = DashboardFixture.SeedDataPath };
        configure?.Invoke(settings);
        var options = Options.Create(settings);
        host.Data = new DashboardDataService(host.Store, options, NullLogger<DashboardDataService>.Instance);
        await host.Data.InitialiseAsync(CancellationToken.None);
        host.Management = new DataManagementService(host.Data, host.Store, host._services.GetRequiredService<DatasetImporter>(), host.Users);

        host.Context.JSInterop.Mode = JSRuntimeMode.Loose;
        host.Context.Services.AddMudServices();
        host.Context.Services.AddSingleton(host.Data);
        host.Context.Services.AddSingleton(host.Management);
        host.Authorization = host.Context.AddAuthorization();
        host.Context.Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        host.Context.Render<MudPopoverProvider>();
        return host;
    }

    public void SignInAdministrator() => Authorization.SetAuthorized("admin").SetRoles(DashboardAuth.AdministratorRole).SetPolicies(DashboardAuth.AdministratorPolicy);

    /// <summary>Commits a one-value edit of the active version as a new active version.</summary>
    public async Task<DatasetVersion> CommitEditAsync(double value)
    {
        var request = new ImportRequest("edit.csv", System.Text.Encoding.UTF8.GetBytes(
            $"region_code,year,indicator,value\n220100,2023,emp.total,{value.ToString(System.Globalization.CultureInfo.InvariantCulture)}\n"), ImportShape.Long);
        var preview = await Management.PreviewAsync(Administrator, request, CancellationToken.None);
        return await Management.CommitAsync(Administrator, preview, CancellationToken.None);
    }

    public async Task<(int Id, string Hash, int Count)> StateAsync()
    {
        var current = await Data.GetCurrentAsync();
        var versions = await Store.ListVersionsAsync(CancellationToken.None);
        return (current.Version.Id, current.Version.ContentHash, versions.Count);
    }

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
