using System.Diagnostics;
using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using AggloDashboard.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;

namespace AggloDashboard.EndToEnd.Tests;

/// <summary>
/// The running app and its store seen from outside: a change made by the command line reaches open pages, a restore over
/// the running app's store is refused, a read-only store is browsed with a banner and answers a wrong sign-in as usual.
/// Each test runs an app of its own over a store it prepares.
/// </summary>
// In the admin app's collection only to run after, not beside, its uploads: two more apps at once starve them on 2 cores.
[Collection(AdminAppCollection.Name)]
public sealed class StoreFollowAndFaultsTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly string Root = RepoPaths.FindRoot();

    private static readonly string Configuration = typeof(StoreFollowAndFaultsTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "BuildConfiguration")?.Value ?? "Debug";

    private readonly string _folder = Directory.CreateTempSubdirectory("agglo-e2e-store-").FullName;
    private IPlaywright _playwright = default!;
    private IBrowser _browser = default!;

    private string ArtifactsDir => Environment.GetEnvironmentVariable("AGGLO_ARTIFACTS") is { Length: > 0 } dir
        ? Path.GetFullPath(dir)
        : Path.Combine(Root, "tests", "AggloDashboard.EndToEnd.Tests", "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (!Chromium.IsInstalled)
        {
            throw new InvalidOperationException(Chromium.MissingMessage);
        }

        Directory.CreateDirectory(ArtifactsDir);
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<string> CliAsync(params string[] args)
    {
        var (exitCode, text) = await RunCliAsync(args);
        Assert.True(exitCode == 0, $"agglo {string.Join(' ', args)}: {text}");
        return text;
    }

    private async Task<(int ExitCode, string Text)> RunCliAsync(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(RepoPaths.CliDll(Root, Configuration));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var text = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, text);
    }

    [Fact]
    public async Task An_activation_by_the_command_line_reaches_an_open_page_within_5_seconds_moves_the_boundaries_and_no_restore_replaces_its_store()
    {
        await using var app = await DashboardApp.StartAsync(RepoPaths.WebDll(Root, Configuration), TimeSpan.FromSeconds(90));
        await using var session = await BrowserSession.OpenAsync(_browser, app, ArtifactsDir, "cli-activation");
        await session.OpenPageAsync("/?lang=en");
        var chip = session.Page.GetByTestId("dataset-version");
        await Assertions.Expect(chip).ToContainTextAsync("#1");
        var edit = Path.Combine(_folder, "edit.csv");
        await File.WriteAllTextAsync(edit, "region_code,year,indicator,value\n220100,2023,emp.total,999\n");

        await CliAsync("import", "--db", app.DatabasePath, "--file", edit, "--activate");
        var watch = Stopwatch.StartNew();
        await Assertions.Expect(chip).ToContainTextAsync("#2", new() { Timeout = 5_000 });
        output.WriteLine($"the open page showed the command line's version after {watch.ElapsedMilliseconds} ms");
        await session.ScreenshotAsync("followed");

        using var anonymous = new SignInClient(app.BaseUrl);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/geo/1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/geo/2.json")).StatusCode);

        // The running app, idle now, holds its store: a restore over it is refused.
        var backup = Path.Combine(_folder, "backup.db");
        await CliAsync("backup", "--db", app.DatabasePath, "--out", backup);
        var (exitCode, refusal) = await RunCliAsync("restore", "--from", backup, "--db", app.DatabasePath);
        Assert.Equal(1, exitCode);
        Assert.Contains("in use by a running dashboard", refusal);
        session.AssertClean();
    }

    [Fact]
    public async Task A_read_only_store_is_browsed_with_a_banner_and_answers_a_wrong_sign_in_as_usual()
    {
        var db = Path.Combine(_folder, "agglo.db");
        await CliAsync("import", "--db", db, "--data", Path.Combine(Root, "seed-data"), "--activate");
        await using var app = await DashboardApp.StartAsync(RepoPaths.WebDll(Root, Configuration), TimeSpan.FromSeconds(90),
            new Dictionary<string, string> { ["Dashboard__DatabasePath"] = db, ["Dashboard__ReadOnly"] = "true" });
        await using var session = await BrowserSession.OpenAsync(_browser, app, ArtifactsDir, "read-only");

        await session.OpenPageAsync("/map?lang=en");

        await Assertions.Expect(session.Page.GetByTestId("read-only-notice")).ToContainTextAsync("Read-only mode");
        await session.WaitForChartAsync("explorer-map");
        await session.OpenPageAsync("/stories?lang=en");
        await Assertions.Expect(session.Page.GetByTestId("read-only-notice")).ToContainTextAsync("Read-only mode");
        await session.ScreenshotAsync("banner");

        // A wrong sign-in cannot be audited or counted here; it is answered as anywhere else.
        await session.Page.GotoAsync("/account/login");
        await session.Page.GetByTestId("login-user").FillAsync("e2e-read-only-visitor");
        await session.Page.GetByTestId("login-password").FillAsync("not-the-password-at-all");
        await session.Page.GetByTestId("login-submit").ClickAsync();
        await Assertions.Expect(session.Page.GetByTestId("login-error")).ToContainTextAsync("The user name or password is wrong.");
        Assert.Contains(app.Log, line => line.Contains("was not recorded: the data store is ReadOnly", StringComparison.Ordinal));
        session.AssertClean();
    }
}

/// <summary>What visitors, viewers and administrators get from the versions page and the boundary files.</summary>
[Collection(AdminAppCollection.Name)]
public sealed partial class VersionAndBoundaryAccessTests(AdminAppFixture fixture)
{
    [Fact]
    public async Task The_versions_page_is_for_signed_in_users_and_only_administrators_see_user_names()
    {
        fixture.EnsureStarted();
        using var anonymous = new SignInClient(fixture.App.BaseUrl);
        using var viewer = new SignInClient(fixture.App.BaseUrl);
        using var admin = new SignInClient(fixture.App.BaseUrl);
        await viewer.SignInAsync(AdminAppFixture.ViewerUser, AdminAppFixture.ViewerPassword);
        await admin.SignInAsync(AdminAppFixture.AdminUser, AdminAppFixture.AdminPassword);

        SignInClient.AssertSentToSignIn(await anonymous.GetAsync("/versions"), "/versions anonymous");
        var viewed = await (await viewer.GetAsync("/versions")).Content.ReadAsStringAsync();
        var administered = await (await admin.GetAsync("/versions")).Content.ReadAsStringAsync();

        Assert.Contains("data-testid=\"versions-table\"", viewed);
        Assert.DoesNotContain("data-testid=\"version-user-", viewed);
        Assert.Contains("data-testid=\"version-user-", administered);
    }

    [Fact]
    public async Task The_boundaries_are_cached_by_content_hash_and_revalidated_by_etag()
    {
        fixture.EnsureStarted();
        using var admin = new SignInClient(fixture.App.BaseUrl);
        await admin.SignInAsync(AdminAppFixture.AdminUser, AdminAppFixture.AdminPassword);
        var page = await (await admin.GetAsync("/versions")).Content.ReadAsStringAsync();
        var active = ActiveRow().Match(page);
        Assert.True(active.Success, "the active version's row");
        var (id, hash) = (active.Groups["id"].Value, active.Groups["hash"].Value);
        using var http = new HttpClient { BaseAddress = fixture.App.BaseUrl };

        using var named = await http.GetAsync($"/geo/{id}.json?h={hash[..16]}");
        using var bare = await http.GetAsync($"/geo/{id}.json");
        using var again = new HttpRequestMessage(HttpMethod.Get, $"/geo/{id}.json");
        again.Headers.TryAddWithoutValidation("If-None-Match", $"\"{hash}\"");
        using var revalidated = await http.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, named.StatusCode);
        Assert.Contains("immutable", named.Headers.CacheControl!.ToString());
        Assert.Equal($"\"{hash}\"", named.Headers.ETag!.Tag);
        Assert.True(bare.Headers.CacheControl!.NoCache);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    // A row of the versions table: its id cell, then (further on) the content hash, then the active chip.
    [GeneratedRegex("data-testid=\"version-(?<id>\\d+)\"(?:(?!data-testid=\"version-\\d).)*?title=\"(?<hash>[0-9a-f]{64})\"(?:(?!data-testid=\"version-\\d).)*?data-testid=\"version-active-", RegexOptions.Singleline)]
    private static partial Regex ActiveRow();
}
