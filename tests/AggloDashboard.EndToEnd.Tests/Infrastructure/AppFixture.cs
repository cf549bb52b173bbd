using System.Reflection;
using System.Runtime.ExceptionServices;

namespace AggloDashboard.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One running web app and one headless Chromium for the whole collection; every test opens its own browser context.
/// A missing Chromium or an app that fails to start fails every test with the reason.
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private DashboardApp? _app;
    private ExceptionDispatchInfo? _failure;

    public string ArtifactsDir { get; private set; } = "";

    /// <summary>What the app wrote to its console so far.</summary>
    public IReadOnlyList<string> Log => _app?.Log ?? [];

    public async Task InitializeAsync()
    {
        try
        {
            if (!Chromium.IsInstalled)
            {
                throw new InvalidOperationException(Chromium.MissingMessage);
            }

            var root = RepoPaths.FindRoot();
            ArtifactsDir = Environment.GetEnvironmentVariable("AGGLO_ARTIFACTS") is { Length: > 0 } dir
                ? Path.GetFullPath(dir)
                : Path.Combine(root, "tests", "AggloDashboard.EndToEnd.Tests", "TestResults", "screenshots");
            Directory.CreateDirectory(ArtifactsDir);
            foreach (var stale in Directory.EnumerateFiles(ArtifactsDir)
                         .Where(f => f.EndsWith(".png", StringComparison.Ordinal) || f.EndsWith("-problems.txt", StringComparison.Ordinal) ||
                                     Path.GetFileName(f) == "app.log"))
            {
                File.Delete(stale);
            }

            var configuration = typeof(AppFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .FirstOrDefault(a => a.Key == "BuildConfiguration")?.Value ?? "Debug";
            _app = await DashboardApp.StartAsync(RepoPaths.WebDll(root, configuration), TimeSpan.FromSeconds(90));
            _playwright = await Playwright.CreateAsync();
            _browser = await Chromium.LaunchAsync(_playwright);
        }
        catch (Exception e)
        {
            _failure = ExceptionDispatchInfo.Capture(e);
        }
    }

    /// <summary>A fresh browser context and page that records requests, console errors and page errors.</summary>
    public async Task<BrowserSession> OpenAsync(string testName)
    {
        _failure?.Throw();
        return await BrowserSession.OpenAsync(_browser!, _app!, ArtifactsDir, testName);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
            await File.WriteAllLinesAsync(Path.Combine(ArtifactsDir, "app.log"), _app.Log);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "running app";
}
