using System.Runtime;
using System.Runtime.InteropServices;

namespace AggloDashboard.Web.Hosting;

/// <summary>
/// Gives memory back to the system once the server has gone quiet after heavy work (<see cref="MemoryTrimRule"/>):
/// one compacting collection that decommits what the heap no longer needs, then glibc's <c>malloc_trim</c> for the
/// native heap (SQLite's pages, the runtime's own allocations), which otherwise keeps freed arenas.
/// </summary>
public sealed partial class IdleMemoryTrim(ILogger<IdleMemoryTrim> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private static bool s_mallocTrimMissing;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        var allocated = GC.GetTotalAllocatedBytes();
        var atLastTrim = 0L;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var now = GC.GetTotalAllocatedBytes();
            var info = GC.GetGCMemoryInfo();
            if (MemoryTrimRule.ShouldTrim(now - allocated, now - atLastTrim, info.TotalCommittedBytes, info.HeapSizeBytes))
            {
                Trim(info.TotalCommittedBytes);
                atLastTrim = GC.GetTotalAllocatedBytes();
            }

            allocated = GC.GetTotalAllocatedBytes();
        }
    }

    private void Trim(long committedBefore)
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        TrimNativeHeap();
        LogTrimmed(logger, committedBefore / (1024 * 1024), GC.GetGCMemoryInfo().TotalCommittedBytes / (1024 * 1024));
    }

    private static void TrimNativeHeap()
    {
        if (!OperatingSystem.IsLinux() || s_mallocTrimMissing)
        {
            return;
        }

        try
        {
            MallocTrim(0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc (musl, for one, has no malloc_trim): the managed trim above still ran.
            s_mallocTrimMissing = true;
        }
    }

    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Quiet after heavy work: GC committed memory {Before} MB -> {After} MB")]
    private static partial void LogTrimmed(ILogger logger, long before, long after);
}
