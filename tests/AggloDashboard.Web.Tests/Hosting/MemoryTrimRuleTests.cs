using AggloDashboard.Web.Hosting;
using FsCheck.Xunit;

namespace AggloDashboard.Web.Tests.Hosting;

public sealed class MemoryTrimRuleTests
{
    private const long Mb = 1024 * 1024;

    [Theory]
    // Quiet after heavy work, 100 MB free committed memory: trim.
    [InlineData(1, 500, 400, 300, true)]
    // Still busy (a page's analyses allocating): wait.
    [InlineData(64, 500, 400, 300, false)]
    // Little free committed memory: not worth a blocking collection.
    [InlineData(1, 500, 330, 300, false)]
    // A trim that could not give the memory back is not repeated until more work has been done.
    [InlineData(1, 10, 400, 300, false)]
    // The bounds themselves count.
    [InlineData(8, 48, 348, 300, true)]
    public void Trims_only_a_quiet_server_holding_much_free_memory_after_new_work(
        long intervalMb, long sinceTrimMb, long committedMb, long heapMb, bool expected) =>
        Assert.Equal(expected, MemoryTrimRule.ShouldTrim(intervalMb * Mb, sinceTrimMb * Mb, committedMb * Mb, heapMb * Mb));

    [Property]
    public bool Never_trims_while_the_server_allocates_more_than_the_quiet_amount(uint extraKb, uint sinceMb, uint committedMb, uint heapMb) =>
        !MemoryTrimRule.ShouldTrim(MemoryTrimRule.QuietAllocationBytes + 1 + extraKb * 1024L, sinceMb * Mb, committedMb * Mb, heapMb * Mb);

    [Property]
    public bool Never_trims_when_the_heap_fills_what_is_committed(uint intervalKb, uint sinceMb, uint committedMb, uint extraMb) =>
        !MemoryTrimRule.ShouldTrim(intervalKb * 1024L, sinceMb * Mb, committedMb * Mb, (committedMb + (long)extraMb) * Mb);
}
