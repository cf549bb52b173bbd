using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

/// <summary>
/// The server's memory while one tab opens every visitor page of the dataset: its resident memory (VmRSS) after each
/// page, and, when <c>dotnet-gcdump</c> and <c>dotnet-counters</c> are installed, its managed heap after a full garbage
/// collection (the dump forces one), the types that hold most of it, and the memory the GC keeps committed after that
/// collection with the free space left between the large objects (LOH fragmentation), which RSS also counts.
/// </summary>
internal sealed partial class MemoryWalk(int processId, bool heap, TextWriter log)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public List<(string Label, double RssMb, double? HeapMb, double? RssAfterGcMb, GcCommitted? Gc)> Rows { get; } = [];

    /// <summary>Reads the memory now under <paramref name="label"/>; with a heap report, the heap's largest types go to the log.</summary>
    public async Task ReadAsync(string label, bool topTypes = false)
    {
        var rss = Probe.ServerMemoryMb(processId, "VmRSS");
        double? heapMb = null;
        double? rssAfterGc = null;
        GcCommitted? gc = null;
        if (heap)
        {
            var report = await HeapReportAsync();
            heapMb = report is null ? null : TotalMb(report);
            rssAfterGc = Probe.ServerMemoryMb(processId, "VmRSS");
            gc = await GcCountersAsync();
            if (topTypes && report is not null)
            {
                log.WriteLine($"Largest types on the managed heap, {label}:");
                foreach (var line in report.Split('\n').Take(64))
                {
                    log.WriteLine("    " + line.TrimEnd());
                }
            }
        }

        Rows.Add((label, rss, heapMb, rssAfterGc, gc));
        log.WriteLine($"  memory {label}: RSS {Mb(rss)}, heap after GC {Mb(heapMb)}, RSS after GC {Mb(rssAfterGc)}, "
            + $"GC committed {Mb(gc?.CommittedMb)}, LOH free {Mb(gc?.LohFreeMb)}");
    }

    public void WriteTable(double peakMb)
    {
        Console.WriteLine();
        Console.WriteLine("| server memory | RSS | live managed heap (full GC) | RSS after that GC | GC committed | of which LOH free space |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var (label, rss, heapMb, after, gc) in Rows)
        {
            Console.WriteLine($"| {label} | {Mb(rss)} | {Mb(heapMb)} | {Mb(after)} | {Mb(gc?.CommittedMb)} | {Mb(gc?.LohFreeMb)} |");
        }

        Console.WriteLine($"| peak (VmHWM) | {Mb(peakMb)} | | | | |");
    }

    private static string Mb(double? value) => value is { } v ? string.Create(Inv, $"{v:0} MB") : "—";

    internal sealed record GcCommitted(double CommittedMb, double? LohFreeMb);

    /// <summary>
    /// The GC's committed memory and LOH fragmentation after its last collection, as <c>dotnet-counters</c> reads them
    /// over a few seconds (its last reading of each), or null if it failed.
    /// </summary>
    private async Task<GcCommitted?> GcCountersAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), $"agglo-probe-counters-{processId}.csv");
        File.Delete(file);
        var output = await RunAsync("dotnet-counters", "collect", "-p", processId.ToString(Inv), "--duration", "00:00:00:04",
            "--refresh-interval", "1", "-f", "csv", "-o", file);
        if (output is null || !File.Exists(file))
        {
            return null;
        }

        double? Last(string counter) => File.ReadLines(file).Where(l => l.Contains("," + counter + ",", StringComparison.Ordinal))
            .Select(l => (double?)double.Parse(l.Split(',')[^1], Inv) / (1024 * 1024)).LastOrDefault();
        var committed = Last("dotnet.gc.last_collection.memory.committed_size (By)");
        var lohFree = Last("dotnet.gc.last_collection.heap.fragmentation.size (By)[gc.heap.generation=loh]");
        File.Delete(file);
        return committed is { } c ? new GcCommitted(c, lohFree) : null;
    }

    private Task<string?> HeapReportAsync() => RunAsync("dotnet-gcdump", "report", "-p", processId.ToString(Inv));

    /// <summary>A tool's standard output, or null if it failed (said in the log).</summary>
    private async Task<string?> RunAsync(string tool, params string[] arguments)
    {
        var info = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in arguments)
        {
            info.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                log.WriteLine($"  ({tool} failed: {(await error).Trim()})");
                return null;
            }

            return await output;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            log.WriteLine($"  ({tool} is not installed: dotnet tool install -g {tool}; heap not measured)");
            heap = false;
            return null;
        }
    }

    /// <summary>The report's total (a line such as "  412,345,678  GC Heap bytes"), in MB.</summary>
    private static double? TotalMb(string report)
    {
        var match = TotalLine().Match(report);
        return match.Success
            ? long.Parse(match.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), Inv) / (1024.0 * 1024.0)
            : null;
    }

    [GeneratedRegex(@"([\d,]+)\s+GC Heap bytes", RegexOptions.IgnoreCase)]
    private static partial Regex TotalLine();
}
