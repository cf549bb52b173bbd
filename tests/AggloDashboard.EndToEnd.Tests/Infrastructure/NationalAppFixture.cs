using System.Reflection;
using System.Runtime.ExceptionServices;

namespace AggloDashboard.EndToEnd.Tests.Infrastructure;

/// <summary>
/// An app of its own on the national illustrative panel (367 prefecture-level regions with boundaries), generated
/// with the command line into a temporary folder, and its own Chromium.
/// </summary>
public sealed class NationalAppFixture : IAsyncLifetime
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "agglo-e2e-national-" + Guid.NewGuid().ToString("N"));
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
            var configuration = typeof(NationalAppFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .FirstOrDefault(a => a.Key == "BuildConfiguration")?.Value ?? "Debug";
            ArtifactsDir = Environment.GetEnvironmentVariable("AGGLO_ARTIFACTS") is { Length: > 0 } dir
                ? Path.GetFullPath(dir)
                : Path.Combine(root, "tests", "AggloDashboard.EndToEnd.Tests", "TestResults", "screenshots");
            Directory.CreateDirectory(ArtifactsDir);
            await CliRunner.RunAsync(RepoPaths.CliDll(root, configuration), ["generate", "--regions", "national", "--out", _dataDir]);
            App = await DashboardApp.StartAsync(RepoPaths.WebDll(root, configuration), TimeSpan.FromSeconds(180),
                new Dictionary<string, string> { ["Dashboard__SeedDataPath"] = _dataDir });
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

    public async Task<BrowserSession> OpenAsync(string testName)
    {
        _failure?.Throw();
        if (_browser is null)
        {
            throw new InvalidOperationException(Chromium.MissingMessage);
        }

        return await BrowserSession.OpenAsync(_browser, App, ArtifactsDir, testName);
    }

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
            await File.WriteAllLinesAsync(Path.Combine(ArtifactsDir, "national-app.log"), App.Log);
        }

        if (Directory.Exists(_dataDir))
        {
            Directory.Delete(_dataDir, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class NationalAppCollection : ICollectionFixture<NationalAppFixture>
{
    public const string Name = "national app";
}
