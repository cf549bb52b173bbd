using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using AggloDashboard.EndToEnd.Tests.Infrastructure;

// Speed probe: starts the built web app and Debian's Chromium, warms both, then measures
// (a) a year-slider step on /map until the map is redrawn, (b) the first paint of / on a warm server,
// (c) the SignalR bytes of one slider step. Run: dotnet run -c Release --project tests/AggloDashboard.SpeedProbe
// [--data DIR] runs it on another dataset folder (e.g. `agglo generate --regions national --out DIR`) instead of the seed.
// [--memory-only] skips (a) to (c) and walks every page for the server's memory (d) after one warm-up;
// [--env NAME=VALUE] (repeatable) sets the app's environment, e.g. DOTNET_gcServer=0 to compare GC settings.
var steps = ArgInt("--steps", 30);
var loads = ArgInt("--loads", 10);
var data = ArgText("--data");
var memoryOnly = args.Contains("--memory-only");
var breakdown = args.Contains("--breakdown");
var inv = CultureInfo.InvariantCulture;
var environment = new Dictionary<string, string>();
if (data is not null)
{
    environment["Dashboard__SeedDataPath"] = Path.GetFullPath(data);
}

foreach (var (arg, next) in args.Zip(args.Skip(1)))
{
    if (arg == "--env" && next.Split('=', 2) is [var name, var value])
    {
        environment[name] = value;
    }
}

if (!Chromium.IsInstalled)
{
    Console.Error.WriteLine(Chromium.MissingMessage);
    return 1;
}

var configuration = typeof(Probe).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
    .FirstOrDefault(a => a.Key == "BuildConfiguration")?.Value ?? "Release";
var root = RepoPaths.FindRoot();
Console.WriteLine($"web app: {configuration} build, {Environment.ProcessorCount} cores, data {data ?? "seed-data"}"
    + $"{string.Concat(environment.Where(e => e.Key.StartsWith("DOTNET_", StringComparison.Ordinal)).Select(e => $", {e.Key}={e.Value}"))}; starting...");
if (breakdown)
{
    // The renderer logs each component it renders with its id and type, which names the ids of the render batches.
    environment["Logging__LogLevel__" + StepBreakdown.RendererCategory] = "Debug";
}

await using var app = await DashboardApp.StartAsync(RepoPaths.WebDll(root, configuration), TimeSpan.FromSeconds(180), environment);
using var playwright = await Playwright.CreateAsync();
await using var browser = await Chromium.LaunchAsync(playwright);
var contextOptions = new BrowserNewContextOptions
{
    ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
    BaseURL = app.BaseUrl.ToString(),
};

if (breakdown)
{
    // Only the bytes of a /map year step, by component: `--breakdown` skips the timings and the memory walk.
    await StepBreakdown.RunAsync(browser, contextOptions, app, ArgInt("--steps", 5));
    return 0;
}

// Warm-up: the server's first renders, JIT and snapshot cache; the browser's script compilation.
for (var i = 0; i < (memoryOnly ? 1 : 3); i++)
{
    await using var warm = await browser.NewContextAsync(contextOptions);
    var page = await warm.NewPageAsync();
    // The first load computes the dataset's snapshot: about a minute for the national panel on a busy machine.
    page.SetDefaultTimeout(300_000);
    await Probe.OpenOverviewAsync(page);
    await page.GotoAsync("/map?year=2005&metric=lq.producer_services");
    await Probe.WaitForMapAsync(page);
    for (var k = 0; k < 3; k++)
    {
        await Probe.SliderStepAsync(page, "ArrowRight");
    }
}

if (!memoryOnly)
{
    await MeasureSpeedAsync();
}

// (d) server memory after every visitor page of the dataset has been opened once, its analyses computed and cached
var memory = new MemoryWalk(app.ProcessId, heap: true, Console.Out);
await memory.ReadAsync("after the warm-up" + (memoryOnly ? "" : " and the measures above"), topTypes: true);
await using (var context = await browser.NewContextAsync(contextOptions))
{
    var page = await context.NewPageAsync();
    page.SetDefaultTimeout(300_000);
    await page.GotoAsync("/map");
    await Probe.WaitForMapAsync(page);
    var city = await page.Locator("[data-testid=map-values] a[href*='/city/']").First.GetAttributeAsync("href");
    var code = city!.Split("/city/")[1].Split('?')[0];
    foreach (var path in Probe.VisitorPages(code))
    {
        await Probe.OpenAndSettleAsync(page, path);
        await memory.ReadAsync($"after {path.Replace(code, "{code}", StringComparison.Ordinal)}");
    }
}

// The pages' circuits end with the context; what stays is the caches and the runtime's own reserve.
await Task.Delay(TimeSpan.FromSeconds(15));
await memory.ReadAsync($"after visiting {Probe.VisitorPages("x").Count} pages, tab closed, 15 s settled", topTypes: true);
memory.WriteTable(Probe.ServerMemoryMb(app.ProcessId, "VmHWM"));
return 0;

async Task MeasureSpeedAsync()
{
    // (a) slider step -> map redrawn
    var afterplot = new List<double>();
    var painted = new List<double>();
    await using (var context = await browser.NewContextAsync(contextOptions))
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/map?year=2005&metric=lq.producer_services");
        await Probe.WaitForMapAsync(page);
        var key = "ArrowRight";
        for (var i = 0; i < steps; i++)
        {
            var year = await Probe.SliderYearAsync(page);
            key = year >= 2023 ? "ArrowLeft" : year <= 2005 ? "ArrowRight" : key;
            var (a, m) = await Probe.SliderStepAsync(page, key);
            afterplot.Add(a);
            painted.Add(m);
        }
    }

    // (b) first paint of / on the warm server, each load in a fresh context (a first visit: empty browser cache)
    var fcp = new List<double>();
    var interactive = new List<double>();
    var charts = new List<double>();
    for (var i = 0; i < loads; i++)
    {
        await using var context = await browser.NewContextAsync(contextOptions);
        var page = await context.NewPageAsync();
        var (f, c, d) = await Probe.OpenOverviewAsync(page);
        fcp.Add(f);
        interactive.Add(c);
        charts.Add(d);
    }

    // (b') the same with the browser cache warm (a returning visitor: scripts cached, one context)
    var chartsCached = new List<double>();
    await using (var context = await browser.NewContextAsync(contextOptions))
    {
        var page = await context.NewPageAsync();
        await Probe.OpenOverviewAsync(page);
        for (var i = 0; i < loads; i++)
        {
            chartsCached.Add((await Probe.OpenOverviewAsync(page)).Charts);
        }
    }

    // (c) SignalR frames of one slider step
    var sent = new List<long>();
    var received = new List<long>();
    var frames = new List<int>();
    await using (var context = await browser.NewContextAsync(contextOptions))
    {
        var page = await context.NewPageAsync();
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Network.enable");
        var counter = new FrameCounter();
        cdp.Event("Network.webSocketFrameSent").OnEvent += (_, e) => counter.Add(e, sent: true);
        cdp.Event("Network.webSocketFrameReceived").OnEvent += (_, e) => counter.Add(e, sent: false);
        await page.GotoAsync("/map?year=2010&metric=lq.producer_services");
        await Probe.WaitForMapAsync(page);
        await counter.WaitForQuietAsync();
        for (var i = 0; i < 5; i++)
        {
            counter.Reset();
            await Probe.SliderStepAsync(page, "ArrowRight");
            await counter.WaitForQuietAsync();
            sent.Add(counter.SentBytes);
            received.Add(counter.ReceivedBytes);
            frames.Add(counter.Frames);
        }
    }

    Console.WriteLine();
    Console.WriteLine($"AggloDashboard speed probe ({configuration}, {Environment.ProcessorCount} cores, headless Chromium, software rendering)");
    Console.WriteLine("| measure | n | median | p90 |");
    Console.WriteLine("|---|---|---|---|");
    Row($"slider step -> plotly_afterplot with the new z", afterplot, "ms");
    Row($"slider step -> next frame painted", painted, "ms");
    Row("/ first contentful paint", fcp, "ms");
    Row("/ circuit interactive (connecting bar gone)", interactive, "ms");
    Row("/ both charts drawn (from navigation start)", charts, "ms");
    Row("/ both charts drawn, browser cache warm", chartsCached, "ms");
    Row("SignalR bytes sent per slider step", sent.Select(v => (double)v).ToList(), "B");
    Row("SignalR bytes received per slider step", received.Select(v => (double)v).ToList(), "B");
    Row("WebSocket frames per slider step", frames.Select(v => (double)v).ToList(), "");
}

void Row(string name, List<double> values, string unit)
{
    var sorted = values.Order().ToArray();
    Console.WriteLine(string.Create(inv, $"| {name} | {sorted.Length} | {Percentile(sorted, 0.5):0} {unit} | {Percentile(sorted, 0.9):0} {unit} |"));
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

string? ArgText(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

int ArgInt(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

internal static class Probe
{
    private const string Map = "explorer-map";

    /// <summary>Every page a visitor can open, with one city's pages for <paramref name="cityCode"/>.</summary>
    public static IReadOnlyList<string> VisitorPages(string cityCode) =>
    [
        "/", "/map", "/trends", "/coordination", "/coupling", "/diagnosis", "/policy", "/drivers", "/disparities",
        "/spatial", "/shift-share", "/data", "/methodology", "/stories", $"/city/{cityCode}", $"/city/{cityCode}/report",
    ];

    /// <summary>Opens a page and waits until it has loaded and its charts and background analyses have had time to finish.</summary>
    public static async Task OpenAndSettleAsync(IPage page, string path)
    {
        try
        {
            await page.GotoAsync(path, new PageGotoOptions { Timeout = 300_000 });
            await page.WaitForFunctionAsync(
                "() => !document.querySelector('.mud-progress-circular, .mud-progress-linear, .mud-skeleton')",
                null, new PageWaitForFunctionOptions { Timeout = 300_000, PollingInterval = 250 });
        }
        catch (TimeoutException)
        {
            Console.WriteLine($"({path}: still loading after 300 s; measured as it was)");
        }

        await page.WaitForTimeoutAsync(1000);
    }

    /// <summary>A line of /proc/{pid}/status (VmRSS: resident now, VmHWM: resident at its peak), in MB.</summary>
    public static double ServerMemoryMb(int processId, string field)
    {
        var line = File.ReadLines($"/proc/{processId}/status").First(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        var kb = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return kb / 1024.0;
    }

    /// <summary>Loads / and returns FCP, circuit-interactive and both-charts-drawn times from navigation start (ms).</summary>
    public static async Task<(double Fcp, double Interactive, double Charts)> OpenOverviewAsync(IPage page)
    {
        await page.GotoAsync("/");
        var interactive = await (await page.WaitForFunctionAsync(
            "() => !!window.Blazor && !document.querySelector('[data-testid=connecting]') ? performance.now() : false"))
            .JsonValueAsync<double>();
        var charts = await (await page.WaitForFunctionAsync(
            "() => { const drawn = " + PlotlyScripts.IsDrawn + "; return drawn('overview-map') && drawn('overview-ranking') ? performance.now() : false; }"))
            .JsonValueAsync<double>();
        var fcp = await page.EvaluateAsync<double>(
            "() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN");
        return (fcp, interactive, charts);
    }

    public static async Task WaitForMapAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => !!window.Blazor && !document.querySelector('[data-testid=connecting]')");
        await page.WaitForFunctionAsync(PlotlyScripts.IsDrawn, Map);
    }

    public static Task<int> SliderYearAsync(IPage page) =>
        page.EvaluateAsync<int>("() => Number(document.querySelector('[data-testid=year-slider] input[type=range]').value)");

    /// <summary>
    /// Presses an arrow key on the year slider; returns the ms from the key press to Plotly's afterplot with a changed z,
    /// and to the frame after the new colours were painted.
    /// </summary>
    public static async Task<(double AfterPlot, double Idle)> SliderStepAsync(IPage page, string key)
    {
        await page.EvaluateAsync("""
            id => {
              const el = document.getElementById(id);
              const input = document.querySelector('[data-testid=year-slider] input[type=range]');
              const before = JSON.stringify(el.data[0].z);
              const probe = window.__probe = { t0: NaN };
              input.addEventListener('keydown', () => { probe.t0 = performance.now(); }, { once: true, capture: true });
              probe.done = new Promise(resolve => {
                const onPlot = () => {
                  if (JSON.stringify(el.data[0].z) === before) return;
                  el.removeListener('plotly_afterplot', onPlot);
                  const afterPlot = performance.now() - probe.t0;
                  // Two animation frames: the frame after the one in which the new colours were painted.
                  requestAnimationFrame(() => requestAnimationFrame(() => resolve([afterPlot, performance.now() - probe.t0])));
                };
                el.on('plotly_afterplot', onPlot);
              });
            }
            """, Map);
        var slider = page.Locator("[data-testid=year-slider] input[type=range]");
        await slider.FocusAsync();
        await slider.PressAsync(key);
        var result = await page.EvaluateAsync<double[]>("() => window.__probe.done");
        return (result[0], result[1]);
    }
}

/// <summary>Counts WebSocket frames reported by the Chrome DevTools Protocol (payload bytes as sent on the wire, unmasked).</summary>
internal sealed class FrameCounter
{
    private readonly object _gate = new();
    private DateTime _last = DateTime.UtcNow;

    public long SentBytes { get; private set; }
    public long ReceivedBytes { get; private set; }
    public int Frames { get; private set; }

    public void Reset()
    {
        lock (_gate)
        {
            SentBytes = 0;
            ReceivedBytes = 0;
            Frames = 0;
            _last = DateTime.UtcNow;
        }
    }

    public void Add(JsonElement? e, bool sent)
    {
        if (e is not { } ev || !ev.TryGetProperty("response", out var response))
        {
            return;
        }

        var opcode = response.GetProperty("opcode").GetInt32();
        var payload = response.GetProperty("payloadData").GetString() ?? "";
        long bytes = opcode == 2 ? Convert.FromBase64String(payload).Length : Encoding.UTF8.GetByteCount(payload);
        lock (_gate)
        {
            if (sent) SentBytes += bytes; else ReceivedBytes += bytes;
            Frames++;
            _last = DateTime.UtcNow;
        }
    }

    /// <summary>Returns once no frame has arrived for 750 ms (the step's exchange is over; SignalR pings come every 15 s).</summary>
    public async Task WaitForQuietAsync()
    {
        while (true)
        {
            DateTime last;
            lock (_gate)
            {
                last = _last;
            }

            var quietFor = DateTime.UtcNow - last;
            if (quietFor >= TimeSpan.FromMilliseconds(750))
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(750) - quietFor);
        }
    }
}
