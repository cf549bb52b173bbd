using System.Diagnostics;
using System.Net;
using System.Reflection;
using AggloDashboard.Data.Tests.Store;
using AggloDashboard.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;

namespace AggloDashboard.EndToEnd.Tests;

/// <summary>
/// Two instances of the app on two ports over one PostgreSQL database, as behind a load balancer: a cookie issued by one
/// works on the other, and a new version or an activation on one reaches the other's open pages within 5 s.
/// </summary>
// In the admin app's collection only to run after, not beside, its uploads: two more apps at once starve them on 2 cores.
[Collection(AdminAppCollection.Name)]
public sealed class MultiInstanceTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Admin = "admin";
    private const string AdminPassword = "a long enough secret";

    private static readonly string Root = RepoPaths.FindRoot();

    private static readonly string Configuration = typeof(MultiInstanceTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "BuildConfiguration")?.Value ?? "Debug";

    private readonly string _folder = Directory.CreateTempSubdirectory("agglo-e2e-multi-").FullName;
    private string _connection = "";
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

        _connection = await PostgresTestServer.CreateDatabaseAsync();
        Directory.CreateDirectory(ArtifactsDir);
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
        Directory.Delete(_folder, recursive: true);
        if (_connection.Length > 0)
        {
            await PostgresTestServer.DropDatabaseAsync(_connection);
        }
    }

    private Task<DashboardApp> StartInstanceAsync() =>
        DashboardApp.StartAsync(RepoPaths.WebDll(Root, Configuration), TimeSpan.FromSeconds(90), new Dictionary<string, string>
        {
            ["Dashboard__Store"] = "postgres",
            ["ConnectionStrings__Dashboard"] = _connection,
            ["Dashboard__AdminUser"] = Admin,
            ["Dashboard__AdminPassword"] = AdminPassword,
        });

    private async Task CliAsync(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(RepoPaths.CliDll(Root, Configuration));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["ConnectionStrings__Dashboard"] = _connection;
        using var process = Process.Start(info)!;
        var text = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"agglo {string.Join(' ', args)}: {text}");
    }

    [Fact]
    public async Task A_cookie_from_one_instance_works_on_the_other_and_changes_on_one_reach_the_others_open_pages_within_5_seconds()
    {
        // One after the other: the first migrates the database and loads the seed version, the second finds them.
        await using var a = await StartInstanceAsync();
        await using var b = await StartInstanceAsync();
        using var probe = new HttpClient();
        Assert.Equal("ok", await probe.GetStringAsync(new Uri(a.BaseUrl, "/healthz")));
        Assert.Equal("ready", await probe.GetStringAsync(new Uri(b.BaseUrl, "/readyz")));

        using var onA = new SignInClient(a.BaseUrl);
        await onA.SignInAsync(Admin, AdminPassword);
        var cookie = onA.Cookies.GetCookies(a.BaseUrl)["agglo.auth"]!;
        using var onB = new SignInClient(b.BaseUrl);
        onB.Cookies.Add(b.BaseUrl, new System.Net.Cookie(cookie.Name, cookie.Value, "/"));
        var versionsOnB = await onB.GetAsync("/versions");
        Assert.Equal(HttpStatusCode.OK, versionsOnB.StatusCode);
        Assert.Contains("data-testid=\"versions-table\"", await versionsOnB.Content.ReadAsStringAsync());

        await using var adminOnA = await BrowserSession.OpenAsync(_browser, a, ArtifactsDir, "multi-instance-a");
        await AddCookieAsync(adminOnA, a, cookie);
        await using var adminOnB = await BrowserSession.OpenAsync(_browser, b, ArtifactsDir, "multi-instance-b-versions");
        await AddCookieAsync(adminOnB, b, cookie);
        await using var visitorOnB = await BrowserSession.OpenAsync(_browser, b, ArtifactsDir, "multi-instance-b-map");
        await adminOnA.OpenPageAsync("/versions?lang=en");
        await adminOnB.OpenPageAsync("/versions?lang=en");
        await visitorOnB.OpenPageAsync("/map?lang=en");
        var chip = visitorOnB.Page.GetByTestId("dataset-version");
        await Assertions.Expect(chip).ToContainTextAsync("#1");

        // A new version, not active, stored by the command line: B's open versions page lists it.
        var edit = Path.Combine(_folder, "edit.csv");
        await File.WriteAllTextAsync(edit, "region_code,year,indicator,value\n220100,2023,emp.total,999\n");
        await CliAsync("import", "--store", "postgres", "--file", edit);
        var watch = Stopwatch.StartNew();
        await Assertions.Expect(adminOnB.Page.GetByTestId("version-2")).ToBeVisibleAsync(new() { Timeout = 5_000 });
        output.WriteLine($"B's versions page listed the new version after {watch.ElapsedMilliseconds} ms");

        // Activated on A: B's open map follows.
        await Assertions.Expect(adminOnA.Page.GetByTestId("activate-2")).ToBeVisibleAsync(new() { Timeout = 5_000 });
        await adminOnA.Page.GetByTestId("activate-2").ClickAsync();
        watch.Restart();
        await Assertions.Expect(chip).ToContainTextAsync("#2", new() { Timeout = 5_000 });
        output.WriteLine($"B's map showed the version activated on A after {watch.ElapsedMilliseconds} ms");
        await visitorOnB.ScreenshotAsync("followed");
        await Assertions.Expect(adminOnB.Page.GetByTestId("version-active-2")).ToBeVisibleAsync(new() { Timeout = 5_000 });

        adminOnA.AssertClean();
        adminOnB.AssertClean();
        visitorOnB.AssertClean();
    }

    private static Task AddCookieAsync(BrowserSession session, DashboardApp app, System.Net.Cookie cookie) =>
        session.Context.AddCookiesAsync([new Microsoft.Playwright.Cookie
        {
            Name = cookie.Name, Value = cookie.Value, Domain = app.BaseUrl.Host, Path = "/", HttpOnly = true, SameSite = SameSiteAttribute.Strict,
        }]);
}
