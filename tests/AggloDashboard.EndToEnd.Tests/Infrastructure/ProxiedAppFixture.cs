using System.Reflection;

namespace AggloDashboard.EndToEnd.Tests.Infrastructure;

/// <summary>
/// An app of its own as it runs behind a TLS reverse proxy (<c>Dashboard__ForwardedHeaders=true</c>), with a low
/// sign-in rate limit. The tests stand in for the proxy: they send X-Forwarded-For and X-Forwarded-Proto from loopback.
/// </summary>
public sealed class ProxiedAppFixture : IAsyncLifetime
{
    public const int SignInAttemptsPerMinute = 5;

    public DashboardApp App { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        var root = RepoPaths.FindRoot();
        var configuration = typeof(ProxiedAppFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "BuildConfiguration")?.Value ?? "Debug";
        App = await DashboardApp.StartAsync(RepoPaths.WebDll(root, configuration), TimeSpan.FromSeconds(90),
            new Dictionary<string, string>
            {
                ["Dashboard__ForwardedHeaders"] = "true",
                ["Dashboard__SignInAttemptsPerMinute"] = SignInAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Dashboard__AdminUser"] = AdminAppFixture.AdminUser,
                ["Dashboard__AdminPassword"] = AdminAppFixture.AdminPassword,
            });
    }

    public async Task DisposeAsync()
    {
        if (App is not null)
        {
            await App.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ProxiedAppCollection : ICollectionFixture<ProxiedAppFixture>
{
    public const string Name = "proxied app";
}
