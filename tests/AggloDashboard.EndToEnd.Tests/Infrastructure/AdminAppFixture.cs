using System.Diagnostics;
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
    public const string AdminPassword = "staple-horse-battery-71";
    public const string ViewerUser = "e2e-viewer";
    public const string ViewerPassword = "lantern-tiger-river-42";

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private ExceptionDispatchInfo? _failure;
    private string _cliDll = "";

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
            _cliDll = RepoPaths.CliDll(root, configuration);
            App = await DashboardApp.StartAsync(RepoPaths.WebDll(root, configuration), TimeSpan.FromSeconds(90),
                new Dictionary<string, string>
                {
                    ["Dashboard__AdminUser"] = AdminUser,
                    ["Dashboard__AdminPassword"] = AdminPassword,
                    // Every test of this app signs in from 127.0.0.1; ProxiedAppFixture tests the limit itself.
                    ["Dashboard__SignInAttemptsPerMinute"] = "1000",
                });
            await RunUserCommandAsync("add", "--name", ViewerUser, "--viewer", "--password", ViewerPassword);
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

    /// <summary>Signs the session in as the administrator through the sign-in page and waits for the overview.</summary>
    public static async Task SignInAsAdministratorAsync(BrowserSession session)
    {
        await session.Page.GotoAsync("/account/login");
        await session.Page.GetByTestId("login-user").FillAsync(AdminUser);
        await session.Page.GetByTestId("login-password").FillAsync(AdminPassword);
        await session.Page.GetByTestId("login-submit").ClickAsync();
        await session.WaitForPathAsync("/");
    }

    /// <summary>
    /// Runs <c>agglo user SUBCOMMAND --db (this app's file) ARGS</c> and returns its output; a <c>--password P</c> pair
    /// is passed through an environment variable, as <c>--password-env</c> expects.
    /// </summary>
    public async Task<string> RunUserCommandAsync(string subcommand, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { _cliDll, "user", subcommand, "--db", App.DatabasePath })
        {
            info.ArgumentList.Add(arg);
        }

        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--password")
            {
                info.Environment["E2E_USER_PASSWORD"] = args[++i];
                info.ArgumentList.Add("--password-env");
                info.ArgumentList.Add("E2E_USER_PASSWORD");
            }
            else
            {
                info.ArgumentList.Add(args[i]);
            }
        }

        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0
            ? output
            : throw new InvalidOperationException($"agglo user {subcommand} failed ({process.ExitCode}): {output}");
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
            await File.WriteAllLinesAsync(Path.Combine(ArtifactsDir, "admin-app.log"), App.Log);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AdminAppCollection : ICollectionFixture<AdminAppFixture>
{
    public const string Name = "admin app";
}
