using AggloDashboard.Core.Metrics;
using System.Text;
using AggloDashboard.Web.Services;

namespace AggloDashboard.Web.Tests.Data;

/// <summary>Requests for any version's numbers or boundaries cannot grow the server's memory past the caches' bounds.</summary>
public sealed class SnapshotCacheBoundTests : IAsyncLifetime
{
    private DataManagementHost _host = default!;

    // One MiB: less than one seed snapshot, so the bound by memory, not by count, decides.
    public async Task InitializeAsync() => _host = await DataManagementHost.CreateAsync(o => o.SnapshotCacheMegabytes = 1);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Snapshots_of_every_version_keep_only_what_the_memory_bound_allows()
    {
        var versions = new[] { 1, (await _host.CommitEditAsync(1)).Id, (await _host.CommitEditAsync(2)).Id };

        foreach (var id in versions)
        {
            Assert.Equal(id, (await _host.Data.ResolveAsync(id, new ParsedSettings(MetricSettings.Default, []), CancellationToken.None)).Snapshot.Version.Id);
        }

        var (count, bytes) = _host.Data.CacheSize;
        Assert.Equal(1, count);
        Assert.True(bytes > 1024 * 1024, $"a seed snapshot is estimated at {bytes} bytes");
        Assert.Equal(versions[^1], (await _host.Data.GetCurrentAsync()).Version.Id);
    }

    [Fact]
    public async Task Boundaries_of_a_version_come_from_its_boundary_text_alone_keyed_by_content_hash()
    {
        var files = new BoundaryFiles(_host.Store);
        var edited = await _host.CommitEditAsync(7);
        var before = _host.Data.CacheSize.Count;
        var first = await _host.Store.GetVersionAsync(1, CancellationToken.None);

        var file = await files.GetAsync(first!, CancellationToken.None);
        var again = await files.GetAsync(edited, CancellationToken.None);

        Assert.Equal(before, _host.Data.CacheSize.Count);
        Assert.Equal(first!.ContentHash, file!.ContentHash);
        Assert.Equal(edited.ContentHash, again!.ContentHash);
        Assert.StartsWith("{", Encoding.UTF8.GetString(file.Bytes));
        Assert.Equal(2, files.Count);
        Assert.Equal($"/geo/1.json?h={first.ContentHash[..16]}", BoundaryFiles.UrlOf(first));
    }

    [Fact]
    public async Task A_diff_is_computed_once_per_pair_of_contents()
    {
        await _host.CommitEditAsync(3);
        await _host.CommitEditAsync(4);

        var listed = await _host.Management.ListVersionsAsync(CancellationToken.None);
        await _host.Management.ListVersionsAsync(CancellationToken.None);

        Assert.Equal(2, _host.Management.CachedDiffCount);
        Assert.Equal(2, listed.Count(l => l.DiffFromPrevious is not null));
    }
}
