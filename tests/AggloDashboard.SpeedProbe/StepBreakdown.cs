using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AggloDashboard.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The bytes a /map year step receives, split by message (render batches, JS interop calls) and, inside the render
/// batches, by component type, named from the renderer's debug log of the same circuit.
/// </summary>
internal static partial class StepBreakdown
{
    public const string RendererCategory = "Microsoft.AspNetCore.Components.RenderTree.Renderer";

    public static async Task RunAsync(IBrowser browser, BrowserNewContextOptions contextOptions, DashboardApp app, int steps)
    {
        await using var context = await browser.NewContextAsync(contextOptions);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(300_000);
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Network.enable");
        var frames = new List<byte[]>();
        var gate = new object();
        var last = DateTime.UtcNow;
        cdp.Event("Network.webSocketFrameReceived").OnEvent += (_, e) =>
        {
            if (e is { } ev && ev.TryGetProperty("response", out var response))
            {
                var payload = response.GetProperty("payloadData").GetString() ?? "";
                var bytes = response.GetProperty("opcode").GetInt32() == 2 ? Convert.FromBase64String(payload) : Encoding.UTF8.GetBytes(payload);
                lock (gate)
                {
                    frames.Add(bytes);
                    last = DateTime.UtcNow;
                }
            }
        };

        await page.GotoAsync("/map?year=2010&metric=lq.producer_services");
        await Probe.WaitForMapAsync(page);
        await QuietAsync();
        var byType = new Dictionary<string, (long Bytes, int Renders)>();
        var samples = new Dictionary<string, string>();
        var byMessage = new Dictionary<string, long>();
        long total = 0;
        for (var i = 0; i < steps; i++)
        {
            lock (gate)
            {
                frames.Clear();
            }

            // The console logger writes behind: only once it is quiet are the lines after logFrom this step's renders.
            var logFrom = await LogQuietAsync(app);
            await Probe.SliderStepAsync(page, "ArrowRight");
            await QuietAsync();
            await LogQuietAsync(app);
            var types = ComponentTypes(app.Log.Skip(logFrom));
            byte[][] received;
            lock (gate)
            {
                received = frames.ToArray();
            }

            foreach (var frame in received)
            {
                total += frame.Length;
                foreach (var (target, batch, bytes) in RenderBatchBreakdown.Messages(frame))
                {
                    byMessage[target] = byMessage.GetValueOrDefault(target) + bytes;
                    if (batch is null)
                    {
                        continue;
                    }

                    foreach (var (id, (componentBytes, strings)) in RenderBatchBreakdown.BytesByComponent(batch))
                    {
                        var type = types.GetValueOrDefault(id, $"component {id}");
                        var (b, r) = byType.GetValueOrDefault(type);
                        byType[type] = (b + componentBytes, r + 1);
                        if (!samples.ContainsKey(type) && strings.Count > 0)
                        {
                            samples[type] = string.Join(" ", strings.Take(4)).Replace("|", "/").Replace("\n", " ");
                        }
                    }
                }
            }
        }

        // The virtualised value table should hold the rows its scrolling box shows, not the cities of the dataset.
        var rows = await page.Locator("[data-testid=map-values] tbody tr").CountAsync();
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine(string.Create(inv, $"/map year step, mean of {steps} steps: {total / (double)steps / 1024:0.0} KB received; value table: {rows} rows in the page (with the virtualiser's spacers, if any)"));
        Console.WriteLine("| message | KB per step |");
        Console.WriteLine("|---|---|");
        foreach (var (target, bytes) in byMessage.OrderByDescending(m => m.Value))
        {
            Console.WriteLine(string.Create(inv, $"| {target} | {bytes / (double)steps / 1024:0.00} |"));
        }

        Console.WriteLine();
        Console.WriteLine("| component type (render batch diffs) | renders per step | KB per step | strings sent, e.g. |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var (type, (bytes, renders)) in byType.OrderByDescending(t => t.Value.Bytes))
        {
            var sample = samples.GetValueOrDefault(type, "");
            sample = sample.Length > 100 ? sample[..100] + "…" : sample;
            Console.WriteLine(string.Create(inv, $"| {type} | {renders / (double)steps:0.#} | {bytes / (double)steps / 1024:0.00} | {sample} |"));
        }

        async Task QuietAsync()
        {
            while (true)
            {
                DateTime seen;
                lock (gate)
                {
                    seen = last;
                }

                var quietFor = DateTime.UtcNow - seen;
                if (quietFor >= TimeSpan.FromMilliseconds(750))
                {
                    return;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(750) - quietFor);
            }
        }
    }

    /// <summary>Waits until the app has written no line for a second; returns how many it has written.</summary>
    private static async Task<int> LogQuietAsync(DashboardApp app)
    {
        var count = app.Log.Count;
        while (true)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            var now = app.Log.Count;
            if (now == count)
            {
                return now;
            }

            count = now;
        }
    }

    private static Dictionary<int, string> ComponentTypes(IEnumerable<string> log)
    {
        var types = new Dictionary<int, string>();
        // A page request's prerender (another renderer, its own ids) starts with its root component: the circuit's
        // lines are those before it.
        foreach (var line in log.TakeWhile(l => !l.Contains("Initializing root component", StringComparison.Ordinal)))
        {
            if (RenderingLine().Match(line) is { Success: true } m)
            {
                types[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)] = Short(m.Groups[2].Value);
            }
        }

        return types;
    }

    // MudBlazor.MudNavLink, AggloDashboard.Web.Components.Layout.NavMenu -> MudNavLink, NavMenu (generic arity kept).
    private static string Short(string type) => type.Split('[')[0].Split('.')[^1];

    [GeneratedRegex(@"Rendering component (\d+) of type (\S+)")]
    private static partial Regex RenderingLine();
}
