using AggloDashboard.Data.Store;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace AggloDashboard.Data.Tests.Store;

/// <summary>Lockout, unknown names, the password rule, password changes, removal and revoked sessions, on a clock the test moves.</summary>
public sealed class UserStoreSecurityTests : IAsyncLifetime
{
    private const string Password = "a long enough secret";
    private StoreLocation? _location;
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero));
    private readonly CountingHasher _hasher = new();
    private ServiceProvider _services = default!;

    private UserStore Users => _services.GetRequiredService<UserStore>();

    public Task InitializeAsync() => Task.CompletedTask;

    private async Task StartAsync(StoreProvider provider)
    {
        _location = await TemporaryStore.NewLocationAsync(provider);
        _services = new ServiceCollection()
            .AddSingleton<TimeProvider>(_clock)
            .AddSingleton<IPasswordHasher<UserAccount>>(_hasher)
            .AddDatasetStore(_location)
            .BuildServiceProvider();
        await _services.GetRequiredService<DatasetStore>().MigrateAsync(CancellationToken.None);
        await Users.AddAsync("alice", Password, isAdministrator: true, "test", CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_location is null)
            return;
        await _services.DisposeAsync();
        TemporaryStore.Delete(_location);
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task Five_wrong_passwords_lock_the_user_for_15_minutes_and_the_right_password_is_refused_meanwhile(StoreProvider provider)
    {
        await StartAsync(provider);
        for (var i = 1; i < SignInLockout.MaxFailures; i++)
        {
            Assert.Equal(SignInStatus.Failed, (await SignInAsync("alice", "wrong password " + i)).Status);
        }

        var fifth = await SignInAsync("alice", "wrong password 5");
        _clock.Advance(TimeSpan.FromMinutes(14));
        var whileLocked = await SignInAsync("alice", Password);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var after = await SignInAsync("alice", Password);

        Assert.Equal(SignInStatus.LockedOut, fifth.Status);
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 8, 15, 0, TimeSpan.Zero), fifth.LockedUntil);
        Assert.Null(fifth.User);
        Assert.Equal(SignInStatus.LockedOut, whileLocked.Status);
        Assert.Equal(fifth.LockedUntil, whileLocked.LockedUntil);
        Assert.Null(whileLocked.User);
        Assert.Equal(SignInStatus.Succeeded, after.Status);
        Assert.Equal("alice", after.User!.UserName);
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task Wrong_passwords_further_apart_than_the_window_or_before_a_success_do_not_add_up(StoreProvider provider)
    {
        await StartAsync(provider);
        for (var i = 0; i < 4; i++)
        {
            await SignInAsync("alice", "wrong");
        }

        _clock.Advance(SignInLockout.Window);
        for (var i = 0; i < 4; i++)
        {
            await SignInAsync("alice", "wrong");
        }

        Assert.Equal(SignInStatus.Succeeded, (await SignInAsync("alice", Password)).Status);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(SignInStatus.Failed, (await SignInAsync("alice", "wrong")).Status);
        }
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task An_unknown_name_is_verified_against_the_dummy_hash_and_answers_and_locks_like_a_wrong_password(StoreProvider provider)
    {
        await StartAsync(provider);
        var known = new List<SignInOutcome>();
        var unknown = new List<SignInOutcome>();
        for (var i = 0; i < SignInLockout.MaxFailures + 1; i++)
        {
            known.Add(await SignInAsync("alice", "wrong"));
            _hasher.Verified.Clear();
            unknown.Add(await SignInAsync("mallory", "wrong"));
            Assert.Equal([Users.DummyPasswordHash], _hasher.Verified);
        }

        Assert.Equal(known, unknown);
        Assert.Equal(SignInStatus.LockedOut, unknown[^1].Status);
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task Failures_and_the_lock_they_start_are_in_the_audit_log_with_the_address(StoreProvider provider)
    {
        await StartAsync(provider);
        for (var i = 0; i < SignInLockout.MaxFailures; i++)
        {
            await SignInAsync("alice", "wrong");
        }

        await SignInAsync("alice", Password);
        await SignInAsync("nobody", "wrong");

        var log = await Users.ListAuditAsync(100, CancellationToken.None);
        var failures = log.Where(e => e.Action == AuditActions.SignInFailed).ToList();
        Assert.Equal(7, failures.Count);
        Assert.Equal(5, failures.Count(e => e is { UserName: "alice", Detail: "wrong password from 192.0.2.7" }));
        Assert.Contains(failures, e => e is { UserName: "alice", Detail: "attempt while locked from 192.0.2.7" });
        Assert.Contains(failures, e => e is { UserName: "nobody", Detail: "unknown user name from 192.0.2.7" });
        var lockout = Assert.Single(log, e => e.Action == AuditActions.Lockout);
        Assert.Equal("alice", lockout.UserName);
        Assert.Contains("locked until 2026-11-29 08:15:00Z", lockout.Detail);
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task A_read_only_store_answers_sign_ins_as_usual_and_says_what_it_could_not_record(StoreProvider provider)
    {
        await StartAsync(provider);
        await SignInAsync("alice", "wrong");
        _services.GetRequiredService<StoreAccess>().RefuseWrites("test");

        var wrong = new List<SignInOutcome>();
        for (var i = 0; i < SignInLockout.MaxFailures; i++)
        {
            wrong.Add(await SignInAsync("alice", "wrong"));
        }

        var unknown = await SignInAsync("nobody", "wrong");
        var right = await SignInAsync("alice", Password);

        // Wrong passwords cannot be counted, so none locks; the answer is the usual one.
        Assert.All(wrong, o => Assert.Equal(SignInStatus.Failed, o.Status));
        Assert.All(wrong, o => Assert.Equal(StoreFault.ReadOnly, o.NotRecorded));
        Assert.Equal(SignInStatus.Failed, unknown.Status);
        Assert.Equal(StoreFault.ReadOnly, unknown.NotRecorded);
        Assert.Equal(SignInStatus.Succeeded, right.Status);
        Assert.Equal("alice", right.User!.UserName);
        Assert.Equal(StoreFault.ReadOnly, right.NotRecorded);
        Assert.Single(await Users.ListAuditAsync(100, CancellationToken.None), e => e.Action == AuditActions.SignInFailed);
    }

    [Theory]
    [InlineData("bob", "elevenchars", "at least 12 characters")]
    [InlineData("bob", "my name is BOB really", "must not contain the user name")]
    public async Task A_weak_password_is_refused(string name, string password, string message)
    {
        await StartAsync(StoreProvider.Sqlite);
        var refused = await Assert.ThrowsAsync<UserRejectedException>(() =>
            Users.AddAsync(name, password, isAdministrator: false, "test", CancellationToken.None));

        Assert.Contains(message, refused.Message);
        Assert.Contains(message, (await Assert.ThrowsAsync<UserRejectedException>(() =>
            Users.ChangePasswordAsync("alice", password.Replace("bob", "alice", StringComparison.OrdinalIgnoreCase), "test", CancellationToken.None))).Message);
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task A_changed_password_replaces_the_old_one_lifts_the_lock_and_changes_the_stamp(StoreProvider provider)
    {
        await StartAsync(provider);
        var alice = (await SignInAsync("alice", Password)).User!;
        for (var i = 0; i < SignInLockout.MaxFailures; i++)
        {
            await SignInAsync("alice", "wrong");
        }

        await Users.ChangePasswordAsync("ALICE", "a brand new passphrase", "test", CancellationToken.None);

        Assert.NotEqual(alice.SecurityStamp, await Users.SecurityStampAsync(alice.Id, CancellationToken.None));
        Assert.Equal(SignInStatus.Failed, (await SignInAsync("alice", Password)).Status);
        Assert.Equal(SignInStatus.Succeeded, (await SignInAsync("alice", "a brand new passphrase")).Status);
        await Assert.ThrowsAsync<UserRejectedException>(() => Users.ChangePasswordAsync("carol", "a brand new passphrase", "test", CancellationToken.None));
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task Revoking_changes_the_stamp_of_one_user_or_of_everyone(StoreProvider provider)
    {
        await StartAsync(provider);
        var bob = await Users.AddAsync("bob", Password, isAdministrator: false, "test", CancellationToken.None);
        var alice = (await SignInAsync("alice", Password)).User!;

        Assert.Equal(["bob"], await Users.RevokeSessionsAsync("bob", "test", CancellationToken.None));
        Assert.Equal(alice.SecurityStamp, await Users.SecurityStampAsync(alice.Id, CancellationToken.None));
        Assert.NotEqual(bob.SecurityStamp, await Users.SecurityStampAsync(bob.Id, CancellationToken.None));
        Assert.Equal(["alice", "bob"], (await Users.RevokeSessionsAsync(null, "test", CancellationToken.None)).Order());
        Assert.NotEqual(alice.SecurityStamp, await Users.SecurityStampAsync(alice.Id, CancellationToken.None));
        Assert.Contains(await Users.ListAuditAsync(10, CancellationToken.None), e => e is { Action: AuditActions.RevokeSessions, Detail: "bob" });
    }

    [Theory]
    [ClassData(typeof(StoreProviders))]
    public async Task A_removed_user_cannot_sign_in_and_the_last_administrator_cannot_be_removed(StoreProvider provider)
    {
        await StartAsync(provider);
        var bob = await Users.AddAsync("bob", Password, isAdministrator: false, "test", CancellationToken.None);

        await Users.RemoveAsync("bob", "test", CancellationToken.None);
        var last = await Assert.ThrowsAsync<UserRejectedException>(() => Users.RemoveAsync("alice", "test", CancellationToken.None));

        Assert.Null(await Users.SecurityStampAsync(bob.Id, CancellationToken.None));
        Assert.Equal(SignInStatus.Failed, (await SignInAsync("bob", Password)).Status);
        Assert.Contains("last administrator", last.Message);
    }

    private Task<SignInOutcome> SignInAsync(string name, string password) =>
        Users.SignInAsync(name, password, "192.0.2.7", CancellationToken.None);

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        private DateTimeOffset _now = now;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }

    /// <summary>Identity's hasher, noting every hash a password is verified against.</summary>
    private sealed class CountingHasher : IPasswordHasher<UserAccount>
    {
        private readonly PasswordHasher<UserAccount> _inner = new();

        public List<string> Verified { get; } = [];

        public string HashPassword(UserAccount user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(UserAccount user, string hashedPassword, string providedPassword)
        {
            Verified.Add(hashedPassword);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
