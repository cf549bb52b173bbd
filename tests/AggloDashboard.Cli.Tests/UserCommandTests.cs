using AggloDashboard.Data.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AggloDashboard.Cli.Tests;

/// <summary><c>user add|passwd|remove|sessions</c>: the password rule, and each change reaching the store and its audit log.</summary>
public sealed class UserCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _variable = "AGGLO_TEST_PW_" + Guid.NewGuid().ToString("N");

    private string Db => _temp.File("agglo.db");

    [Fact]
    public void User_add_refuses_a_password_containing_the_user_name()
    {
        var run = WithPassword("Dr-Alice-in-wonderland", () => CliRun.Of("user", "add", "--db", Db, "--name", "alice", "--password-env", _variable));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("must not contain the user name", run.Error);
    }

    [Fact]
    public async Task User_passwd_replaces_the_password_and_changes_the_security_stamp()
    {
        AddUser("alice", admin: true);
        var before = await StampAsync("alice");

        var weak = WithPassword("short", () => CliRun.Of("user", "passwd", "--db", Db, "--name", "alice", "--password-env", _variable));
        var run = WithPassword("another long secret", () => CliRun.Of("user", "passwd", "--db", Db, "--name", "alice", "--password-env", _variable));
        var unknown = WithPassword("another long secret", () => CliRun.Of("user", "passwd", "--db", Db, "--name", "bob", "--password-env", _variable));

        Assert.Equal(1, weak.ExitCode);
        Assert.Contains("at least 12 characters", weak.Error);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("changed the password of 'alice'", run.Output);
        Assert.Contains("no user named 'bob'", unknown.Error);
        Assert.NotEqual(before, await StampAsync("alice"));
        await WithUsersAsync(async users =>
        {
            Assert.Equal(SignInStatus.Failed, (await users.SignInAsync("alice", "a long first secret", "test", CancellationToken.None)).Status);
            Assert.Equal(SignInStatus.Succeeded, (await users.SignInAsync("alice", "another long secret", "test", CancellationToken.None)).Status);
        });
    }

    [Fact]
    public async Task User_remove_removes_a_user_but_not_the_last_administrator()
    {
        AddUser("alice", admin: true);
        AddUser("bob", admin: false);

        var removed = CliRun.Of("user", "remove", "--db", Db, "--name", "bob");
        var last = CliRun.Of("user", "remove", "--db", Db, "--name", "alice");

        Assert.Equal(0, removed.ExitCode);
        Assert.Contains("removed 'bob'", removed.Output);
        Assert.Equal(1, last.ExitCode);
        Assert.Contains("last administrator", last.Error);
        Assert.Null(await StampAsync("bob"));
        Assert.NotNull(await StampAsync("alice"));
    }

    [Fact]
    public async Task User_sessions_revoke_changes_the_stamp_of_one_user_or_of_all_and_needs_the_flag()
    {
        AddUser("alice", admin: true);
        AddUser("bob", admin: false);
        var alice = await StampAsync("alice");
        var bob = await StampAsync("bob");

        var withoutFlag = CliRun.Of("user", "sessions", "--db", Db, "--name", "bob");
        var one = CliRun.Of("user", "sessions", "--db", Db, "--name", "bob", "--revoke");
        var bobAfterOne = await StampAsync("bob");
        Assert.Equal(alice, await StampAsync("alice"));
        var all = CliRun.Of("user", "sessions", "--db", Db, "--revoke");

        Assert.Equal(1, withoutFlag.ExitCode);
        Assert.Contains("add --revoke", withoutFlag.Error);
        Assert.Contains("signed out the sessions of 1 user(s): 'bob'", one.Output);
        Assert.NotEqual(bob, bobAfterOne);
        Assert.Contains("signed out the sessions of 2 user(s)", all.Output);
        Assert.NotEqual(alice, await StampAsync("alice"));
        Assert.NotEqual(bobAfterOne, await StampAsync("bob"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    private void AddUser(string name, bool admin)
    {
        var args = new List<string> { "user", "add", "--db", Db, "--name", name, "--password-env", _variable };
        if (!admin)
        {
            args.Add("--viewer");
        }

        Assert.Equal(0, WithPassword("a long first secret", () => CliRun.Of([.. args])).ExitCode);
    }

    private CliRun WithPassword(string password, Func<CliRun> run)
    {
        Environment.SetEnvironmentVariable(_variable, password);
        try
        {
            return run();
        }
        finally
        {
            Environment.SetEnvironmentVariable(_variable, null);
        }
    }

    /// <summary>The user's security stamp as stored, or null when there is no such user.</summary>
    private async Task<string?> StampAsync(string name)
    {
        await using var services = new ServiceCollection().AddDatasetStore(Db).BuildServiceProvider();
        await using var context = await services.GetRequiredService<IDbContextFactory<AggloDbContext>>().CreateDbContextAsync();
        var stamp = await context.Users.Where(u => u.UserName == name).Select(u => u.SecurityStamp).SingleOrDefaultAsync();
        SqliteConnection.ClearAllPools();
        return stamp;
    }

    private async Task WithUsersAsync(Func<UserStore, Task> action)
    {
        await using (var services = new ServiceCollection().AddDatasetStore(Db).BuildServiceProvider())
        {
            await action(services.GetRequiredService<UserStore>());
        }

        SqliteConnection.ClearAllPools();
    }
}
