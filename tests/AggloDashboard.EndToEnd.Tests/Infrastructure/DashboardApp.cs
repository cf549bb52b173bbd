using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AggloDashboard.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The built web app running as a child process on a free 127.0.0.1 port, in Production, over a temporary SQLite
/// file (so it loads the bundled seed data on start). Dispose kills the whole process tree and deletes the file.
/// </summary>
public sealed class DashboardApp : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _tempDir;
    private readonly ConcurrentQueue<string> _log = new();

    private DashboardApp(Process process, string tempDir, Uri baseUrl)
    {
        _process = process;
        _tempDir = tempDir;
        BaseUrl = baseUrl;
    }

    /// <summary>The app's own SQLite file.</summary>
    public string DatabasePath => Path.Combine(_tempDir, "agglo.db");

    /// <summary>The root of the site, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The app's process id, to read its memory.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Null while the app runs, else why it stopped.</summary>
    public string? ExitReason => _process.HasExited ? $"the web app exited with code {_process.ExitCode}" : null;

    /// <summary>Every line the app wrote to stdout and stderr so far.</summary>
    public IReadOnlyList<string> Log => _log.ToArray();

    /// <param name="environment">More settings for the app, e.g. <c>Dashboard__AdminUser</c> or <c>Dashboard__RequireSignIn</c>.</param>
    public static async Task<DashboardApp> StartAsync(string webDll, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        if (!File.Exists(webDll))
        {
            throw new InvalidOperationException($"The web app is not built: {webDll} is missing (run dotnet build first).");
        }

        var tempDir = Path.Combine(Path.GetTempPath(), "agglo-e2e-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(tempDir);
        var port = FreePort();
        var baseUrl = new Uri($"http://127.0.0.1:{port}/");

        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(webDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(webDll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{port}");
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["Dashboard__DatabasePath"] = Path.Combine(tempDir, "agglo.db");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var app = new DashboardApp(process, tempDir, baseUrl);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) app._log.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) app._log.Enqueue(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            await app.WaitUntilAnsweringAsync(timeout);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return app;
    }

    private async Task WaitUntilAnsweringAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    $"The web app exited with code {_process.ExitCode} before answering:\n{string.Join('\n', Log.TakeLast(40))}");
            }

            try
            {
                // The sign-in page answers in every mode; the others redirect when signing in is required.
                using var response = await http.GetAsync(new Uri(BaseUrl, "/account/login"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Still starting.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The web app did not answer at {BaseUrl} within {timeout}:\n{string.Join('\n', Log.TakeLast(40))}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(15));
                await _process.WaitForExitAsync(cts.Token);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        catch (OperationCanceledException)
        {
            // Kill was sent; do not hang the test run on it.
        }
        finally
        {
            _process.Dispose();
            try
            {
                Directory.Delete(_tempDir, recursive: true);
            }
            catch (IOException)
            {
                // A file may still be held for a moment; the temp folder is cleaned by the OS.
            }
        }
    }
}
