namespace AggloDashboard.Web.Hosting;

/// <summary>
/// When an idle server gives memory back: the garbage collector keeps memory it committed for heavy work (a national
/// dataset's first analyses leave about 100 MB of it free) for later allocations, and gives it back only as later
/// collections run, which on a quiet server they rarely do. Figures in docs/PERFORMANCE.md "Server memory".
/// </summary>
public static class MemoryTrimRule
{
    /// <summary>At most this much allocated over one interval still counts as quiet (a few circuits' year steps).</summary>
    public const long QuietAllocationBytes = 8L * 1024 * 1024;

    /// <summary>Free committed memory below this is not worth a full blocking collection.</summary>
    public const long WorthwhileSlackBytes = 48L * 1024 * 1024;

    /// <summary>
    /// Whether to trim now: the server allocated at most <see cref="QuietAllocationBytes"/> over the last interval, the
    /// collector holds at least <see cref="WorthwhileSlackBytes"/> more than its heap (both as of its last collection),
    /// and at least that much has been allocated since the last trim, so a trim that could not give memory back is not
    /// repeated on every interval of a quiet server. Negative inputs count as zero.
    /// </summary>
    public static bool ShouldTrim(long allocatedInInterval, long allocatedSinceLastTrim, long committedBytes, long heapBytes) =>
        Math.Max(0, allocatedInInterval) <= QuietAllocationBytes
        && Math.Max(0, allocatedSinceLastTrim) >= WorthwhileSlackBytes
        && Math.Max(0, committedBytes) - Math.Max(0, heapBytes) >= WorthwhileSlackBytes;
}
