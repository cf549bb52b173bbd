using AggloDashboard.Data.Store;
using AggloDashboard.Data.Stories;
using AggloDashboard.Web.Auth;
using AggloDashboard.Web.Services;
using AggloDashboard.Web.Views;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace AggloDashboard.Web;

public static class DashboardServiceExtensions
{
    public static IServiceCollection AddDashboardServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DashboardOptions>(configuration.GetSection(DashboardOptions.Section));
        var options = configuration.GetSection(DashboardOptions.Section).Get<DashboardOptions>() ?? new DashboardOptions();
        var store = options.ResolveStore(configuration.GetConnectionString("Dashboard"));
        if (store.IsSqlite)
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(store.Target))!);
        services.AddSingleton(new StoryAccess(StoryAccess.Parse(options.StoriesEditableBy)));
        services.AddDatasetStore(store);
        if (store.IsSqlite)
            services.AddSingleton(_ => StoreInUseLock.Take(store.Target));
        services.AddSingleton(new Data.Import.ImportLimits { MaxBytes = options.ImportMaxMegabytes * 1024L * 1024L });
        services.AddSingleton<DashboardDataService>();
        services.AddSingleton<DataManagementService>();
        services.AddSingleton<BoundaryFiles>();
        services.AddHostedService<ActiveVersionWatcher>();
        services.AddHostedService<Hosting.IdleMemoryTrim>();
        services.AddSingleton<SlideCharts>();
        services.AddDashboardAuth(options);
        services.AddSharedDataProtection(store);
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        return services;
    }

    /// <summary>
    /// Opens the database (migrated when writable, else read-only), loads the seed dataset and the first users and story
    /// on first start.
    /// </summary>
    public static async Task InitialiseDashboardAsync(this IServiceProvider services)
    {
        HoldStore(services);
        var data = services.GetRequiredService<DashboardDataService>();
        await data.InitialiseAsync(CancellationToken.None);
        if (!data.IsReadOnly)
        {
            await DashboardAuth.EnsureFirstAdministratorAsync(services, CancellationToken.None);
            await SeedExampleStoryAsync(services);
        }

        WarmUpInBackground(data, services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DashboardServiceExtensions)));
    }

    /// <summary>Marks the store as in use for as long as the app runs, so <c>agglo restore</c> refuses to replace it.</summary>
    private static void HoldStore(IServiceProvider services)
    {
        // A PostgreSQL store is shared by design and restored with PostgreSQL's own tools.
        if (services.GetService<StoreInUseLock>() is { IsHeld: false })
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DashboardServiceExtensions)).LogWarning(
                "Could not lock {Path}: another dashboard holds it, or its folder cannot be written. `agglo restore` cannot tell " +
                "that this app uses the store", StoreInUseLock.PathFor(services.GetRequiredService<StoreAccess>().Location.Target));
        }
    }

    /// <summary>Imports <c>stories/example-story.json</c> of the seed folder when there is no story yet.</summary>
    private static async Task SeedExampleStoryAsync(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<DashboardOptions>>().Value;
        var path = Path.Combine(options.ResolvedSeedDataPath, "stories", "example-story.json");
        if (File.Exists(path) && await services.GetRequiredService<StoryStore>().SeedIfEmptyAsync(path, CancellationToken.None))
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DashboardServiceExtensions))
                .LogInformation("Added the example story from {Path}", path);
        }
    }

    /// <summary>
    /// Computes the active version's metrics and analyses while the server waits for its first visitor, so no
    /// page pays for them on its circuit.
    /// </summary>
    private static void WarmUpInBackground(DashboardDataService data, ILogger logger) =>
        _ = Task.Run(async () =>
        {
            try
            {
                var analyses = (await data.GetCurrentAsync()).Analyses;
                await analyses.Analytics.DriversAsync(analyses.Analytics.DefaultSpec, CancellationToken.None);
                await analyses.Analytics.DefaultAsync(CancellationToken.None);
                await analyses.ObstaclesAsync(CancellationToken.None);
                await analyses.TypologiesAsync(CancellationToken.None);
            }
            catch (Exception e)
            {
                logger.LogError(e, "Warming up the dashboard's analyses failed; pages will compute them on first use.");
            }
        });

    /// <summary>Serves wwwroot-assets/ (copied beside the app) at the site root.</summary>
    public static IApplicationBuilder UseDashboardAssets(this IApplicationBuilder app) =>
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "wwwroot-assets")),
        });

    /// <summary>
    /// A version's display boundaries as a GeoJSON file, so maps fetch them once by URL. Visitors get the active
    /// version's only, administrators any version's; the ETag is the content hash, and only a URL that names the
    /// content hash (<see cref="BoundaryFiles.UrlOf"/>) may be cached without asking again.
    /// </summary>
    public static IEndpointRouteBuilder MapBoundaryEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/geo/{versionId:int}.json", async (int versionId, string? h, DatasetStore store, BoundaryFiles files, HttpContext http) =>
        {
            var version = await store.GetVersionAsync(versionId, http.RequestAborted);
            if (version is null || !(version.IsActive || DashboardAuth.IsAdministrator(http.User)))
            {
                return Results.NotFound();
            }

            if (await files.GetAsync(version, http.RequestAborted) is not { } file)
            {
                return Results.NotFound();
            }

            var etag = new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{file.ContentHash}\"");
            http.Response.Headers.CacheControl = !version.IsActive ? "private, no-cache"
                : h == BoundaryFiles.HashTag(version) ? "public, max-age=86400, immutable"
                : "public, no-cache";
            return Results.Bytes(file.Bytes, "application/json", entityTag: etag);
        });
        return endpoints;
    }
}
