using System.Security.Claims;
using AggloDashboard.Data.Store;
using AggloDashboard.Web.Auth;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AggloDashboard.Web.Tests.Auth;

/// <summary>The first administrator from the environment follows the password rule; a cookie's stamp must be the stored one.</summary>
public sealed class FirstAdministratorAndStampTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"agglo-auth-test-{Guid.NewGuid():N}.db");
    private readonly List<(LogLevel Level, string Message)> _log = [];
    private ServiceProvider _services = default!;

    private UserStore Users => _services.GetRequiredService<UserStore>();

    public async Task InitializeAsync()
    {
        _services = new ServiceCollection()
            .AddDatasetStore(_path)
            .AddLogging(logging => logging.AddProvider(new ListLoggerProvider(_log)))
            .BuildServiceProvider();
        await _services.GetRequiredService<DatasetStore>().MigrateAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    [Theory]
    [InlineData("admin", "too-short")]
    [InlineData("admin", "the-admin-password")]
    public async Task A_weak_first_administrator_password_creates_no_one_and_says_why(string user, string password)
    {
        await EnsureFirstAdministratorAsync(user, password);

        Assert.False(await Users.AnyUserAsync(CancellationToken.None));
        var (level, message) = Assert.Single(_log, e => e.Level >= LogLevel.Warning);
        Assert.Equal(LogLevel.Error, level);
        Assert.Contains("Did not create the first administrator admin", message);
        Assert.Contains("Dashboard__AdminPassword", message);
    }

    [Fact]
    public async Task A_strong_first_administrator_password_creates_the_administrator()
    {
        await EnsureFirstAdministratorAsync("admin", "a-long-enough-secret");

        Assert.Equal(SignInStatus.Succeeded, (await Users.SignInAsync("admin", "a-long-enough-secret", "test", CancellationToken.None)).Status);
        Assert.DoesNotContain(_log, e => e.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task A_principal_is_current_until_its_user_is_revoked_changed_or_removed()
    {
        var alice = await Users.AddAsync("alice", "a-long-enough-secret", isAdministrator: true, "test", CancellationToken.None);
        var bob = await Users.AddAsync("bob", "a-long-enough-secret", isAdministrator: false, "test", CancellationToken.None);
        var carol = await Users.AddAsync("carol", "a-long-enough-secret", isAdministrator: false, "test", CancellationToken.None);
        var withoutStamp = new ClaimsPrincipal(new ClaimsIdentity(
            DashboardAuth.PrincipalOf(alice).Claims.Where(c => c.Type != SecurityStamp.ClaimType), "test"));

        Assert.True(await SecurityStamp.IsCurrentAsync(DashboardAuth.PrincipalOf(alice), Users, CancellationToken.None));
        Assert.False(await SecurityStamp.IsCurrentAsync(withoutStamp, Users, CancellationToken.None));
        await Users.RevokeSessionsAsync("alice", "test", CancellationToken.None);
        await Users.ChangePasswordAsync("bob", "another-long-secret", "test", CancellationToken.None);
        await Users.RemoveAsync("carol", "test", CancellationToken.None);
        Assert.False(await SecurityStamp.IsCurrentAsync(DashboardAuth.PrincipalOf(alice), Users, CancellationToken.None));
        Assert.False(await SecurityStamp.IsCurrentAsync(DashboardAuth.PrincipalOf(bob), Users, CancellationToken.None));
        Assert.False(await SecurityStamp.IsCurrentAsync(DashboardAuth.PrincipalOf(carol), Users, CancellationToken.None));
    }

    private async Task EnsureFirstAdministratorAsync(string user, string password)
    {
        using var scope = new ServiceCollection()
            .AddSingleton(Users)
            .AddSingleton(_services.GetRequiredService<ILoggerFactory>())
            .AddSingleton(Options.Create(new DashboardOptions { AdminUser = user, AdminPassword = password }))
            .BuildServiceProvider();
        await DashboardAuth.EnsureFirstAdministratorAsync(scope, CancellationToken.None);
    }

    private sealed class ListLoggerProvider(List<(LogLevel, string)> entries) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(entries);

        public void Dispose()
        {
        }

        private sealed class ListLogger(List<(LogLevel, string)> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (entries)
                {
                    entries.Add((logLevel, formatter(state, exception)));
                }
            }
        }
    }
}
