using AggloDashboard.Web.Readings;
using System.Diagnostics;
using AggloDashboard.Data.Store;
using AggloDashboard.Web.Tests.Data;
using Microsoft.Data.Sqlite;

namespace AggloDashboard.Web.Tests.Store;

/// <summary>A locked or full store refuses a change within seconds with a message, and the change can be retried.</summary>
public sealed class StoreFaultTests : IAsyncLifetime
{
    private DataManagementHost _host = default!;

    public async Task InitializeAsync() => _host = await DataManagementHost.CreateAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>Another process's write transaction on the same file, held until disposed.</summary>
    private SqliteConnection HoldWriteLock()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _host.DatabasePath, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "BEGIN IMMEDIATE";
        command.ExecuteNonQuery();
        return connection;
    }

    [Fact]
    public async Task An_activation_against_a_held_write_lock_fails_as_busy_within_seconds_and_succeeds_on_retry()
    {
        await _host.CommitEditAsync(999);
        var watch = Stopwatch.StartNew();
        StoreUnavailableException refused;
        using (HoldWriteLock())
        {
            refused = await Assert.ThrowsAsync<StoreUnavailableException>(() =>
                _host.Management.ActivateAsync(DataManagementHost.Administrator, 1, CancellationToken.None));
        }

        Assert.Equal(StoreFault.Busy, refused.Fault);
        Assert.InRange(watch.Elapsed.TotalSeconds, StoreAccess.BusyTimeoutSeconds - 1, StoreAccess.BusyTimeoutSeconds + 3);
        Assert.Equal("The data store is busy; nothing was changed. Please try again in a moment.", StoreFaultText.For(refused.Fault, Lang.En));
        Assert.Equal(2, (await _host.StateAsync()).Id);

        await _host.Management.ActivateAsync(DataManagementHost.Administrator, 1, CancellationToken.None);
        Assert.Equal(1, (await _host.StateAsync()).Id);
    }

    [Fact]
    public async Task Creating_a_story_against_a_held_write_lock_gives_the_busy_message_and_succeeds_on_retry()
    {
        Exception failure;
        using (HoldWriteLock())
        {
            failure = await Assert.ThrowsAnyAsync<Exception>(() => _host.Stories.CreateAsync(new AggloDashboard.Data.Stories.StoryActor("admin", true), "locked", CancellationToken.None));
        }

        Assert.StartsWith("数据存储繁忙", StoreFaultText.For(failure, Lang.Zh));
        Assert.Equal("locked", (await _host.Stories.CreateAsync(new AggloDashboard.Data.Stories.StoryActor("admin", true), "locked", CancellationToken.None)).Name);
    }

    [Fact]
    public async Task A_full_store_is_told_apart_and_nothing_is_written()
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _host.DatabasePath, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA max_page_count = 1; SELECT page_count FROM pragma_page_count();";
        await command.ExecuteScalarAsync();
        command.CommandText = "CREATE TABLE filler (x TEXT); INSERT INTO filler VALUES ('" + new string('x', 100_000) + "')";

        var refused = await Assert.ThrowsAsync<StoreUnavailableException>(() => StoreFaults.GuardAsync(() => command.ExecuteNonQueryAsync()));

        Assert.Equal(StoreFault.Full, refused.Fault);
        Assert.Equal("数据存储已满，未做任何更改。请释放磁盘空间后重试。", StoreFaultText.For(refused, Lang.Zh));
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'filler'";
        Assert.Equal(0L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public void Other_errors_are_no_store_fault() =>
        Assert.Null(StoreFaultText.For(new InvalidOperationException("x", new SqliteException("constraint", 19)), Lang.En));
}
