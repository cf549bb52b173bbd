using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>
/// One Blazor circuit on /map driven without a browser: it fetches the page, starts the circuit with the page's server
/// component markers over /_blazor (blazorpack), acknowledges render batches and answers the JavaScript calls the way
/// blazor.web.js would (navigation, module imports, MudBlazor's popover count, the chart restyle), and steps the year
/// slider by sending the slider's browser event to the renderer, as blazor.web.js does. Nothing is drawn.
/// </summary>
internal sealed partial class ProtocolCircuit : ILoadCircuit
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(30);

    private readonly HubConnection _hub;
    private readonly Uri _baseUri;
    private readonly TextWriter? _trace;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly object _gate = new();
    private SliderHandler? _slider;
    private long _rendererInterop;
    private long _jsObjects;
    private int _dotNetCalls;
    private int _year;
    private bool _mapDrawn;
    private Step? _step;

    /// <summary>Why the circuit is gone (closed connection, or the server's error), or null while it lives.</summary>
    private volatile string? _failure;

    private ProtocolCircuit(HubConnection hub, Uri baseUri, int year, TextWriter? trace)
    {
        _hub = hub;
        _baseUri = baseUri;
        _year = year;
        _trace = trace;
    }

    public static async Task<ProtocolCircuit> OpenAsync(HttpClient http, Uri baseUri, int year, TextWriter? trace, CancellationToken ct)
    {
        var path = $"map?year={year}&metric=lq.producer_services&lang=en";
        var html = await http.GetStringAsync(new Uri(baseUri, path), ct);
        var markers = ServerMarker().Matches(html).Select(m => JsonNode.Parse(m.Groups[1].Value)!.AsObject())
            .Where(m => (string?)m["type"] == "server").ToList();
        var state = ComponentState().Match(html) is { Success: true } s ? s.Groups[1].Value : "";
        if (markers.Count == 0)
        {
            throw new InvalidOperationException("the page has no server component marker");
        }

        var builder = new HubConnectionBuilder().WithUrl(new Uri(baseUri, "_blazor"), HttpTransportType.WebSockets);
        builder.Services.AddSingleton<IHubProtocol>(new BlazorPackProtocol());
        if (trace is not null)
        {
            builder.Services.AddLogging(logging => logging.AddProvider(new TraceLoggerProvider(trace)));
        }

        var hub = builder.Build();
        var circuit = new ProtocolCircuit(hub, baseUri, year, trace);
        circuit.Listen();
        await hub.StartAsync(ct);
        await hub.InvokeAsync<string>("StartCircuit", baseUri.ToString(), new Uri(baseUri, path).ToString(), "[]", state, ct);
        var operations = new JsonObject
        {
            ["batchId"] = 1,
            ["operations"] = new JsonArray(markers.Select((marker, i) =>
            {
                marker["uniqueId"] = i;
                return (JsonNode)new JsonObject { ["type"] = "add", ["ssrComponentId"] = i + 1, ["marker"] = marker };
            }).ToArray()),
        };
        await hub.SendAsync("UpdateRootComponents", operations.ToJsonString(), state, ct);
        await circuit._ready.Task.WaitAsync(StepTimeout, ct);
        return circuit;
    }

    public Task<bool> DisconnectedAsync() => Task.FromResult(_failure is not null || _hub.State != HubConnectionState.Connected);

    /// <summary>
    /// Sends the slider's event for the next year (back and forth between its ends); returns the ms from sending it to
    /// the server's navigation to the new URL (one round trip) and to the map's new data reaching the client (the chart
    /// restyle, or a whole figure drawn).
    /// </summary>
    public async Task<(double Url, double Redrawn)> StepAsync(CancellationToken ct)
    {
        Step step;
        SliderHandler slider;
        lock (_gate)
        {
            slider = _slider ?? throw new InvalidOperationException("no year slider");
            var direction = _year >= slider.Max ? -1 : _year <= slider.Min ? 1 : _step?.Direction ?? 1;
            step = new Step(direction, _year + direction);
            _step = step;
        }

        var value = step.Year.ToString(CultureInfo.InvariantCulture);
        var descriptor = new JsonObject
        {
            ["eventHandlerId"] = slider.HandlerId,
            ["eventName"] = slider.EventName,
            ["eventFieldInfo"] = new JsonObject { ["componentId"] = slider.ComponentId, ["fieldValue"] = value },
        };
        var args = new JsonArray(descriptor, new JsonObject { ["value"] = value }).ToJsonString();
        var call = Interlocked.Increment(ref _dotNetCalls).ToString(CultureInfo.InvariantCulture);
        step.Clock.Start();
        await _hub.SendAsync("BeginInvokeDotNetFromJS", call, null, "DispatchEventAsync", _rendererInterop, args, ct);
        var result = await step.Done.Task.WaitAsync(StepTimeout, ct);
        _year = step.Year;
        return result;
    }

    public async ValueTask DisposeAsync() => await _hub.DisposeAsync();

    private void Listen()
    {
        _hub.Closed += error =>
        {
            Fail("connection closed" + (error is null ? "" : ": " + error.Message));
            return Task.CompletedTask;
        };
        _hub.On<string>("JS.Error", error => Fail("the server reported: " + error));
        // Where the root components go in a page: nothing to place without a page.
        _hub.On<int, string>("JS.AttachComponent", (_, _) => { });
        _hub.On<long>("JS.EndUpdateRootComponents", _ => { });
        _hub.On<long, byte[]>("JS.RenderBatch", OnRenderBatch);
        _hub.On("JS.BeginInvokeJS", [typeof(long), typeof(string), typeof(string), typeof(int), typeof(long), typeof(int)],
            args => OnBeginInvokeJS((long)args[0]!, (string)args[1]!, (string?)args[2], (int)args[3]!));
        _hub.On<string, bool, string>("JS.EndInvokeDotNet", (call, succeeded, result) =>
        {
            if (!succeeded)
            {
                _step?.Done.TrySetException(new InvalidOperationException($"the server refused the event: {result}"));
            }
        });
    }

    private async Task OnRenderBatch(long batchId, byte[] batch)
    {
        lock (_gate)
        {
            var before = _slider;
            _slider = RenderBatchReader.Slider(batch, _slider);
            if (_slider != before)
            {
                _trace?.WriteLine($"slider: component {_slider!.ComponentId}, on{_slider.EventName} handler {_slider.HandlerId}, {_slider.Min} to {_slider.Max}");
            }
        }

        await _hub.SendAsync("OnRenderCompleted", batchId, null);
    }

    private async Task OnBeginInvokeJS(long handle, string identifier, string? argsJson, int resultType)
    {
        _trace?.WriteLine($"JS {identifier} ({argsJson?.Length ?? 0} chars, result type {resultType})");
        var result = "null";
        if (identifier == "Blazor._internal.attachWebRendererInterop")
        {
            // The renderer's own .NET object, which receives the browser's events.
            _rendererInterop = JsonNode.Parse(argsJson!)![1]!["__dotNetObject"]!.GetValue<long>();
        }
        else if (identifier.EndsWith("navigationManager.navigateTo", StringComparison.Ordinal))
        {
            var uri = new Uri(_baseUri, JsonNode.Parse(argsJson!)![0]!.GetValue<string>()).ToString();
            if (_step is { } step && !uri.Contains($"year={step.Year}&", StringComparison.Ordinal) && !uri.EndsWith($"year={step.Year}", StringComparison.Ordinal))
            {
                step.Done.TrySetException(new InvalidOperationException($"the slider sent {uri}, not year {step.Year}"));
            }

            _step?.UrlAt(_step.Clock.Elapsed.TotalMilliseconds);
            await Reply(handle, result);
            await _hub.SendAsync("OnLocationChanged", uri, null, false);
            return;
        }
        else if (identifier.Contains("countProviders", StringComparison.Ordinal))
        {
            result = "1";
        }
        else if (resultType == 1)
        {
            result = $"{{\"__jsObjectId\":{Interlocked.Increment(ref _jsObjects)}}}";
        }
        else if (identifier == "restyle")
        {
            // ChartView's restyle of a drawn chart: true, as the page's drawn map answers.
            result = "true";
            OnMapData();
        }
        else if (identifier == "draw")
        {
            OnMapData();
        }

        await Reply(handle, result);
    }

    private void OnMapData()
    {
        lock (_gate)
        {
            if (!_mapDrawn && _slider is not null)
            {
                _mapDrawn = true;
                _ready.TrySetResult();
            }

            if (_step is { Url: not null } step)
            {
                step.Done.TrySetResult((step.Url.Value, step.Clock.Elapsed.TotalMilliseconds));
            }
        }
    }

    private Task Reply(long handle, string resultJson) =>
        handle == 0 ? Task.CompletedTask : _hub.SendAsync("EndInvokeJSFromDotNet", handle, true, $"[{handle},true,{resultJson}]");

    private void Fail(string why)
    {
        _failure ??= why;
        _ready.TrySetException(new InvalidOperationException(why));
        _step?.Done.TrySetException(new InvalidOperationException(why));
    }

    [GeneratedRegex("<!--Blazor:(\\{.*?\\})-->", RegexOptions.Singleline)]
    private static partial Regex ServerMarker();

    [GeneratedRegex("<!--Blazor-Server-Component-State:(.*?)-->", RegexOptions.Singleline)]
    private static partial Regex ComponentState();

    private sealed class Step(int direction, int year)
    {
        public int Direction { get; } = direction;

        /// <summary>The year the step moves the slider to.</summary>
        public int Year { get; } = year;

        public Stopwatch Clock { get; } = new();

        public double? Url { get; private set; }

        public TaskCompletionSource<(double Url, double Redrawn)> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void UrlAt(double ms) => Url ??= ms;
    }
}

/// <summary>The SignalR client's warnings (e.g. a message it could not bind), for --trace.</summary>
internal sealed class TraceLoggerProvider(TextWriter trace) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new TraceLogger(trace, categoryName);

    public void Dispose()
    {
    }

    private sealed class TraceLogger(TextWriter trace, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                trace.WriteLine($"{logLevel} {category}: {formatter(state, exception)} {exception?.Message}");
            }
        }
    }
}
