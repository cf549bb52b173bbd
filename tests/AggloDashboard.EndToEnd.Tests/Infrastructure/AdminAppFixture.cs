using System.Reflection;
using System.Runtime.ExceptionServices;

namespace AggloDashboard.EndToEnd.Tests.Infrastructure;

/// <summary>
/// An app of its own for tests that change data or sign in: its own database, an administrator from the
/// environment, a viewer added with the CLI, and its own Chromium. The shared app keeps the seed version active.
/// </summary>
public sealed class AdminAppFixture : IAsyncLifetime
{
    public const string AdminUser = "e2e-admin";
    public const string AdminPassword = "e2e-admin-password-1";
    public const string ViewerUser = "e2e-viewer";
    public const string ViewerPassword = "e2e-viewer-password-1";

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private ExceptionDispatchInfo? _failure;

    public DashboardApp App { get; private set; } = default!;

    public string ArtifactsDir { get; private set; } = "";

    public async Task InitializeAsync()
    {
        try
        {
            var root = RepoPaths.FindRoot();
            var configuration = typeof(AdminAppFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .FirstOrDefault(a => a.Key == "BuildConfiguration")?.Value ?? "Debug";
            ArtifactsDir = Environment.GetEnvironmentVariable("AGGLO_ARTIFACTS") is { Length: > 0 } dir
                ? Path.GetFullPath(dir)
                : Path.Combine(root, "tests", "AggloDashboard.EndToEnd.Tests", "TestResults", "screenshots");
            Directory.CreateDirectory(ArtifactsDir);
            App = await DashboardApp.StartAsync(RepoPaths.WebDll(root, configuration), TimeSpan.FromSeconds(90),
                new Dictionary<string, string> { ["Dashboard__AdminUser"] = AdminUser, ["Dashboard__AdminPassword"] = AdminPassword });
            await AddViewerAsync(RepoPaths.CliDll(root, configuration), App.DatabasePath);
            if (Chromium.IsInstalled)
            {
                _playwright = await Playwright.CreateAsync();
                _browser = await Chromium.LaunchAsync(_playwright);
            }
        }
        catch (Exception e)
        {
            _failure = ExceptionDispatchInfo.Capture(e);
        }
    }

    /// <summary>Fails with the reason when the app did not start.</summary>
    public void EnsureStarted() => _failure?.Throw();

    public async Task<BrowserSession> OpenAsync(string testName)
    {
        EnsureStarted();
        if (_browser is null)
        {
            throw new InvalidOperationException(Chromium.MissingMessage);
        }

        return await BrowserSession.OpenAsync(_browser, App, ArtifactsDir, testName);
    }

    private static Task AddViewerAsync(string cliDll, string databasePath) =>
        CliRunner.RunAsync(cliDll, ["user", "add", "--db", databasePath, "--name", ViewerUser, "--viewer", "--password-env", "E2E_VIEWER_PASSWORD"],
            new Dictionary<string, string> { ["E2E_VIEWER_PASSWORD"] = ViewerPassword });

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
            await File.WriteAllLinesAsync(Path.Combine(ArtifactsDir, "admin-app.log"), App.Log);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AdminAppCollection : ICollectionFixture<AdminAppFixture>
{
    public const string Name = "admin app";
}
