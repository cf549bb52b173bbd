using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using AggloDashboard.EndToEnd.Tests.Infrastructure;

// Load probe: for each N, starts a fresh built web app on 127.0.0.1 and opens N Blazor circuits on /map?lang=en, measures
// the server's memory, lets every circuit step the year slider, and reports circuits held, disconnects, memory per
// circuit, the server's CPU and step latency. The circuits are driven either over the circuit protocol itself (the
// default: a few KB and no renderer per circuit, so the two cores go to the server) or as tabs of one headless Chromium.
// Bounded: at most --minutes in all, every wait has a timeout, the app and the browser are stopped at the end.
// Run: dotnet run -c Release --project tests/AggloDashboard.LoadProbe -- --circuits 10,25,50 --steps 10 [--client browser]
var inv = CultureInfo.InvariantCulture;
var levels = ArgText("--circuits", "10,25,50").Split(',').Select(n => int.Parse(n, inv)).ToArray();
var steps = ArgInt("--steps", 10);
var tabsPerContext = ArgInt("--tabs-per-context", 10);
var thinkMs = ArgInt("--think-ms", 1000);
var budget = TimeSpan.FromMinutes(ArgInt("--minutes", 20));
var client = ArgText("--client", "protocol");
var trace = args.Contains("--trace") ? Console.Error : null;
if (levels.Any(n => n is < 1 or > 200) || steps is < 1 or > 100 || client is not ("protocol" or "browser"))
{
    Console.Error.WriteLine("--circuits takes 1 to 200 per level, --steps 1 to 100 and --client protocol or browser");
    return 2;
}

if (client == "browser" && !Chromium.IsInstalled)
{
    Console.Error.WriteLine(Chromium.MissingMessage);
    return 1;
}

using var deadline = new CancellationTokenSource(budget);
var configuration = typeof(LoadPage).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
    .FirstOrDefault(a => a.Key == "BuildConfiguration")?.Value ?? "Release";
var webDll = RepoPaths.WebDll(RepoPaths.FindRoot(), configuration);
Console.WriteLine($"web app: {configuration} build, {Environment.ProcessorCount} cores, {client} client");
using var playwright = client == "browser" ? await Playwright.CreateAsync() : null;
await using var browser = playwright is null ? null : await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = Chromium.ExecutablePath,
    Headless = true,
    // Tabs that are not in front must keep their timers and rendering, else they would look slow, not the server.
    Args = [.. Chromium.Args, "--disable-background-timer-throttling", "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows"],
});

var results = new List<LevelResult>();
foreach (var n in levels)
{
    if (deadline.IsCancellationRequested)
    {
        break;
    }

    Console.WriteLine($"N = {n}: starting the app...");
    // A fresh app per level: memory freed by the previous level's circuits would otherwise hide this level's cost.
    await using (var app = await DashboardApp.StartAsync(webDll, TimeSpan.FromSeconds(90)))
    {
        await using ILoadClient opener = browser is null ? new ProtocolClient(app.BaseUrl, trace) : new BrowserClient(browser, app.BaseUrl, tabsPerContext);
        results.Add(await RunLevelAsync(app, opener, n));
    }

    var last = results[^1];
    Console.WriteLine(string.Create(inv, $"N = {n}: held {last.Held}, disconnects {last.Disconnects}, {last.MbPerCircuit:0.00} MB per circuit, step p95 {Percentile(last.Redrawn, 0.95):0} ms"));
}

Console.WriteLine();
Console.WriteLine(client == "browser"
    ? $"AggloDashboard load probe ({configuration}, {Environment.ProcessorCount} cores shared with the browser, one headless Chromium, " +
      $"{tabsPerContext} tabs per context, {steps} steps per tab {thinkMs} ms apart)"
    : $"AggloDashboard load probe ({configuration}, {Environment.ProcessorCount} cores shared with the probe, circuit protocol clients, " +
      $"{steps} steps per circuit {thinkMs} ms apart)");
var redrawn = client == "browser" ? "step → map redrawn" : "step → map data received";
Console.WriteLine($"| N | circuits held | disconnects | failed steps | errors the server logged | server RSS warm → N idle → after steps (MB) | MB per idle circuit | steps per second | server CPU while stepping | probe CPU while stepping | load average (1 min) after stepping | step → URL p50 / p95 | {redrawn} p50 / p95 |");
Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
foreach (var r in results)
{
    Console.WriteLine(string.Create(inv,
        $"| {r.N} | {r.Held} | {r.Disconnects} | {r.FailedSteps} of {r.N * steps} | {r.ServerErrors} | {r.RssBefore:0} → {r.RssIdle:0} → {r.RssAfter:0} | {r.MbPerCircuit:0.00} | {r.StepsPerSecond:0} | {r.ServerCpu:0} % of one core | {r.ProbeCpu:0} % | {r.LoadAverage:0.0} | " +
        $"{Percentile(r.Url, 0.5):0} / {Percentile(r.Url, 0.95):0} ms | {Percentile(r.Redrawn, 0.5):0} / {Percentile(r.Redrawn, 0.95):0} ms |"));
}

return results.Count == levels.Length ? 0 : 3;

async Task<LevelResult> RunLevelAsync(DashboardApp app, ILoadClient opener, int n)
{
    // Warm-up: JIT, the snapshot cache and the browser's script cache, outside every measurement.
    await using (var warm = await opener.OpenAsync(warmUp: true, deadline.Token))
    {
        for (var i = 0; i < 3; i++)
        {
            await warm.StepAsync(deadline.Token);
        }
    }

    await Task.Delay(TimeSpan.FromSeconds(5), deadline.Token);
    var logStart = app.Log.Count;
    var rssBefore = ServerProcess.RssMegabytes(app.ProcessId);
    var circuits = new ConcurrentBag<ILoadCircuit>();
    var openFailures = 0;
    try
    {
        // Opened a few at a time, as visitors arrive, not all in the same instant.
        using var gate = new SemaphoreSlim(4);
        await Task.WhenAll(Enumerable.Range(0, n).Select(async _ =>
        {
            await gate.WaitAsync(deadline.Token);
            try
            {
                circuits.Add(await opener.OpenAsync(warmUp: false, deadline.Token));
            }
            catch (Exception e) when (e is TimeoutException or PlaywrightException or InvalidOperationException or HttpRequestException)
            {
                Console.Error.WriteLine($"a circuit did not open: {e.Message}");
                Interlocked.Increment(ref openFailures);
            }
            finally
            {
                gate.Release();
            }
        }));

        await Task.Delay(TimeSpan.FromSeconds(5), deadline.Token);
        var rssIdle = ServerProcess.RssMegabytes(app.ProcessId);

        var url = new ConcurrentBag<double>();
        var redrawn = new ConcurrentBag<double>();
        var failedSteps = openFailures * steps;
        var cpuBefore = ServerProcess.CpuSeconds(app.ProcessId);
        var probeCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var stepping = Stopwatch.StartNew();
        await Task.WhenAll(circuits.Select(async (circuit, i) =>
        {
            // Spread over the first think time, so steps arrive as from people, not in lockstep.
            await Task.Delay(i * thinkMs / Math.Max(1, circuits.Count), deadline.Token);
            for (var s = 0; s < steps; s++)
            {
                try
                {
                    var (u, r) = await circuit.StepAsync(deadline.Token);
                    url.Add(u);
                    redrawn.Add(r);
                }
                catch (Exception e) when (e is TimeoutException or PlaywrightException or InvalidOperationException)
                {
                    Interlocked.Increment(ref failedSteps);
                }

                await Task.Delay(thinkMs, deadline.Token);
            }
        }));

        var serverCpu = 100 * (ServerProcess.CpuSeconds(app.ProcessId) - cpuBefore) / stepping.Elapsed.TotalSeconds;
        var probeCpu = 100 * (Process.GetCurrentProcess().TotalProcessorTime - probeCpuBefore).TotalSeconds / stepping.Elapsed.TotalSeconds;
        var stepsPerSecond = url.Count / stepping.Elapsed.TotalSeconds;
        // Other processes on the machine compete with the server for the cores: their share is part of the figures.
        var loadAverage = double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);
        var rssAfter = ServerProcess.RssMegabytes(app.ProcessId);
        var disconnected = 0;
        foreach (var circuit in circuits)
        {
            disconnected += await circuit.DisconnectedAsync() ? 1 : 0;
        }

        var serverErrors = app.Log.Skip(logStart).Count(line => line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal));
        return new LevelResult(n, circuits.Count - disconnected, disconnected + openFailures, failedSteps, serverErrors, rssBefore, rssIdle, rssAfter,
            (rssIdle - rssBefore) / n, serverCpu, probeCpu, stepsPerSecond, loadAverage, url.Order().ToArray(), redrawn.Order().ToArray());
    }
    finally
    {
        foreach (var circuit in circuits)
        {
            await circuit.DisposeAsync();
        }
    }
}

static double Percentile(double[] sorted, double p)
{
    if (sorted.Length == 0)
    {
        return double.NaN;
    }

    var rank = p * (sorted.Length - 1);
    var lo = (int)Math.Floor(rank);
    var hi = (int)Math.Ceiling(rank);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}

string ArgText(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

int ArgInt(string name, int fallback) => int.Parse(ArgText(name, fallback.ToString(inv)), inv);

internal sealed record LevelResult(int N, int Held, int Disconnects, int FailedSteps, int ServerErrors, double RssBefore, double RssIdle, double RssAfter,
    double MbPerCircuit, double ServerCpu, double ProbeCpu, double StepsPerSecond, double LoadAverage, double[] Url, double[] Redrawn);

/// <summary>The web app's process as Linux reports it.</summary>
internal static class ServerProcess
{
    /// <summary>Resident memory of the process (VmRSS of /proc), in MB.</summary>
    public static double RssMegabytes(int processId)
    {
        var line = File.ReadLines($"/proc/{processId}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }

    /// <summary>User and system CPU time the process used so far (utime + stime of /proc/pid/stat), in seconds.</summary>
    public static double CpuSeconds(int processId)
    {
        var stat = File.ReadAllText($"/proc/{processId}/stat");
        // Fields after the command name, which is in parentheses and may hold spaces; utime and stime are fields 14 and 15.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return ticks / 100.0; // USER_HZ, 100 on Linux
    }
}

/// <summary>One Blazor circuit on /map, stepping the year slider as a visitor does.</summary>
internal interface ILoadCircuit : IAsyncDisposable
{
    /// <summary>One step of the year slider: ms to the new URL and to the map's new data (see the client).</summary>
    Task<(double Url, double Redrawn)> StepAsync(CancellationToken ct);

    Task<bool> DisconnectedAsync();
}

/// <summary>Opens circuits of one kind against one app.</summary>
internal interface ILoadClient : IAsyncDisposable
{
    Task<ILoadCircuit> OpenAsync(bool warmUp, CancellationToken ct);
}

/// <summary>Circuits spoken over the protocol, sharing one HTTP client for the page loads.</summary>
internal sealed class ProtocolClient(Uri baseUrl, TextWriter? trace) : ILoadClient
{
    private readonly HttpClient _http = new();

    public async Task<ILoadCircuit> OpenAsync(bool warmUp, CancellationToken ct) =>
        await ProtocolCircuit.OpenAsync(_http, baseUrl, 2005, warmUp ? trace : null, ct);

    public ValueTask DisposeAsync()
    {
        _http.Dispose();
        return ValueTask.CompletedTask;
    }
}

/// <summary>Tabs of one headless Chromium, <c>tabsPerContext</c> to a browser context.</summary>
internal sealed class BrowserClient(IBrowser browser, Uri baseUrl, int tabsPerContext) : ILoadClient
{
    private readonly List<(IBrowserContext Context, int Tabs)> _contexts = [];
    private readonly SemaphoreSlim _gate = new(1);

    private BrowserNewContextOptions Options => new()
    {
        // Small: the choropleth's SVG is cheap to paint, so the browser's share of the two cores stays small.
        ViewportSize = new ViewportSize { Width = 480, Height = 360 },
        BaseURL = baseUrl.ToString(),
    };

    public async Task<ILoadCircuit> OpenAsync(bool warmUp, CancellationToken ct)
    {
        if (warmUp)
        {
            var own = await browser.NewContextAsync(Options);
            return new LoadPage(await LoadPage.OpenPageAsync(own, ct), own);
        }

        IBrowserContext context;
        await _gate.WaitAsync(ct);
        try
        {
            if (_contexts.Count == 0 || _contexts[^1].Tabs >= tabsPerContext)
            {
                _contexts.Add((await browser.NewContextAsync(Options), 0));
            }

            context = _contexts[^1].Context;
            _contexts[^1] = (context, _contexts[^1].Tabs + 1);
        }
        finally
        {
            _gate.Release();
        }

        return new LoadPage(await LoadPage.OpenPageAsync(context, ct), null);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (context, _) in _contexts)
        {
            await context.CloseAsync();
        }

        _gate.Dispose();
    }
}

/// <summary>One tab on /map, its circuit watched for the reconnect dialog and the error bar.</summary>
internal sealed class LoadPage : ILoadCircuit
{
    private const string Map = "explorer-map";
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(30);

    // Notes the moment Blazor shows its reconnect dialog or error bar, and when the app replaces the URL.
    private const string Watch = """
        (() => {
          window.__load = { disconnected: false, replaced: NaN };
          const replace = history.replaceState.bind(history);
          history.replaceState = (...a) => { window.__load.replaced = performance.now(); return replace(...a); };
          const push = history.pushState.bind(history);
          history.pushState = (...a) => { window.__load.replaced = performance.now(); return push(...a); };
          new MutationObserver(() => {
            const modal = document.getElementById('components-reconnect-modal');
            const error = document.getElementById('blazor-error-ui');
            if (modal || (error && getComputedStyle(error).display !== 'none')) window.__load.disconnected = true;
          }).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class'] });
        })();
        """;

    private readonly IPage _page;
    private readonly IBrowserContext? _ownContext;
    private string _key = "ArrowRight";

    public LoadPage(IPage page, IBrowserContext? ownContext)
    {
        _page = page;
        _ownContext = ownContext;
    }

    public static async Task<IPage> OpenPageAsync(IBrowserContext context, CancellationToken ct)
    {
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        await page.AddInitScriptAsync(Watch);
        await page.GotoAsync("/map?year=2005&metric=lq.producer_services&lang=en");
        await page.WaitForFunctionAsync("() => !!window.Blazor && !document.querySelector('[data-testid=connecting]')");
        await page.WaitForFunctionAsync(PlotlyScripts.IsDrawn, Map);
        ct.ThrowIfCancellationRequested();
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await _page.CloseAsync();
        if (_ownContext is not null)
        {
            await _ownContext.CloseAsync();
        }
    }

    public Task<bool> DisconnectedAsync() => _page.EvaluateAsync<bool>("() => window.__load.disconnected");

    /// <summary>
    /// Presses an arrow key on the year slider, back and forth between the first and last years; returns the ms from the
    /// key press to the server's new URL (one round trip) and to Plotly's redraw with the new year's values.
    /// </summary>
    public async Task<(double Url, double Redrawn)> StepAsync(CancellationToken ct)
    {
        var year = await _page.EvaluateAsync<int>("() => Number(document.querySelector('[data-testid=year-slider] input[type=range]').value)");
        _key = year >= 2023 ? "ArrowLeft" : year <= 2005 ? "ArrowRight" : _key;
        await _page.EvaluateAsync("""
            id => {
              const el = document.getElementById(id);
              const input = document.querySelector('[data-testid=year-slider] input[type=range]');
              const before = JSON.stringify(el.data[0].z);
              const probe = window.__probe = { t0: NaN };
              window.__load.replaced = NaN;
              input.addEventListener('keydown', () => { probe.t0 = performance.now(); }, { once: true, capture: true });
              probe.done = new Promise(resolve => {
                const onPlot = () => {
                  if (JSON.stringify(el.data[0].z) === before) return;
                  el.removeListener('plotly_afterplot', onPlot);
                  resolve([window.__load.replaced - probe.t0, performance.now() - probe.t0]);
                };
                el.on('plotly_afterplot', onPlot);
              });
            }
            """, Map);
        var slider = _page.Locator("[data-testid=year-slider] input[type=range]");
        await slider.FocusAsync();
        await slider.PressAsync(_key);
        var result = await _page.EvaluateAsync<double[]>("() => window.__probe.done").WaitAsync(StepTimeout, ct);
        return (result[0], result[1]);
    }
}
