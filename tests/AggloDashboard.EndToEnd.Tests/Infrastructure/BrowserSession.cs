using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace AggloDashboard.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One test's browser context and page. It records every request to a host other than 127.0.0.1, every console
/// error and page error, and the app's logged errors while it was open; <see cref="AssertCleanAsync"/> fails on any.
/// </summary>
public sealed partial class BrowserSession : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _problems = new();
    private readonly DashboardApp _app;
    private readonly string _artifactsDir;
    private readonly string _testName;
    private readonly int _logStart;
    private int _shots;

    private BrowserSession(IBrowserContext context, IPage page, DashboardApp app, string artifactsDir, string testName)
    {
        Context = context;
        Page = page;
        _app = app;
        _artifactsDir = artifactsDir;
        _testName = testName;
        _logStart = app.Log.Count;
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public Uri BaseUrl => _app.BaseUrl;

    public static async Task<BrowserSession> OpenAsync(IBrowser browser, DashboardApp app, string artifactsDir, string testName)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
            BaseURL = app.BaseUrl.ToString(),
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        var session = new BrowserSession(context, page, app, artifactsDir, testName);
        page.Request += (_, request) =>
        {
            if (Uri.TryCreate(request.Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "ws" or "wss" &&
                uri.Host != "127.0.0.1")
            {
                session._problems.Enqueue($"request to another host: {request.Method} {request.Url}");
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                session._problems.Enqueue($"console error: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => session._problems.Enqueue($"page error: {error}");
        return session;
    }

    /// <summary>Opens a path of the app (e.g. "/map?lang=en") and waits until the Blazor circuit is interactive.</summary>
    public async Task OpenPageAsync(string path)
    {
        await Page.GotoAsync(path);
        await WaitForCircuitAsync();
    }

    /// <summary>Waits until the "connecting" bar is gone: the page is rendered by the live circuit.</summary>
    public Task WaitForCircuitAsync() =>
        Page.WaitForFunctionAsync("() => !!window.Blazor && !document.querySelector('[data-testid=connecting]')");

    /// <summary>
    /// Waits until the page's query string has <paramref name="key"/>=<paramref name="value"/>. Read in the page:
    /// Blazor navigates with history.pushState, which Playwright's WaitForURL can miss.
    /// </summary>
    public Task WaitForQueryAsync(string key, string value) =>
        Page.WaitForFunctionAsync("([k, v]) => new URLSearchParams(location.search).get(k) === v", new[] { key, value });

    /// <summary>Waits until the page's path is <paramref name="path"/> (read in the page, like <see cref="WaitForQueryAsync"/>).</summary>
    public Task WaitForPathAsync(string path) => Page.WaitForFunctionAsync("p => location.pathname === p", path);

    /// <summary>The value of a query-string parameter of the page's current URL.</summary>
    public Task<string?> QueryAsync(string key) =>
        Page.EvaluateAsync<string?>("k => new URLSearchParams(location.search).get(k)", key);

    /// <summary>Waits until the Plotly chart with this element id is drawn.</summary>
    public Task WaitForChartAsync(string id) => Page.WaitForFunctionAsync(PlotlyScripts.IsDrawn, id);

    /// <summary>The locations and z values of the chart's first trace, as drawn in the page.</summary>
    public async Task<MapTrace> ReadMapTraceAsync(string id) =>
        MapTrace.Parse(await Page.EvaluateAsync<string>(PlotlyScripts.MapTrace, id));

    /// <summary>Waits until the chart's first trace differs from <paramref name="before"/> and returns the new one.</summary>
    public async Task<MapTrace> WaitForMapTraceChangeAsync(string id, MapTrace before)
    {
        await Page.WaitForFunctionAsync(
            "([id, before]) => { const el = document.getElementById(id); return !!el && !!el.data && (" + PlotlyScripts.MapTrace + ")(id) !== before; }",
            new object[] { id, before.Json });
        await WaitForChartAsync(id);
        return await ReadMapTraceAsync(id);
    }

    /// <summary>A full-page screenshot named after the test and the step.</summary>
    public async Task ScreenshotAsync(string step)
    {
        var name = $"{_testName}-{++_shots:00}-{SafeName().Replace(step, "-")}.png";
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(_artifactsDir, name), FullPage = true });
    }

    /// <summary>Fails with every recorded problem: foreign requests, console and page errors, errors the app logged.</summary>
    public void AssertClean()
    {
        var serverErrors = _app.Log.Skip(_logStart).Where(line => line.StartsWith("fail:", StringComparison.Ordinal) ||
                                                                   line.StartsWith("crit:", StringComparison.Ordinal));
        var all = _problems.Concat(serverErrors.Select(l => "app logged: " + l))
            .Concat(_app.ExitReason is { } exit ? [exit] : []).ToArray();
        Assert.True(all.Length == 0, "Problems while the test ran:\n" + string.Join('\n', all));
    }

    /// <summary>Closes the context; any recorded problem is also written beside the screenshots, for a failed run.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_problems.IsEmpty)
        {
            await File.WriteAllLinesAsync(Path.Combine(_artifactsDir, $"{_testName}-problems.txt"), _problems);
        }

        await Context.CloseAsync();
    }

    [GeneratedRegex("[^A-Za-z0-9_.-]+")]
    private static partial Regex SafeName();
}
