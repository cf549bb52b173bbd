using System.Reflection;

namespace AggloDashboard.EndToEnd.Tests.Infrastructure;

/// <summary>An app of its own started with <c>Dashboard__RequireSignIn=true</c>, for HTTP-level checks (no browser).</summary>
public sealed class SignInRequiredAppFixture : IAsyncLifetime
{
    public DashboardApp App { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        var root = RepoPaths.FindRoot();
        var configuration = typeof(SignInRequiredAppFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "BuildConfiguration")?.Value ?? "Debug";
        App = await DashboardApp.StartAsync(RepoPaths.WebDll(root, configuration), TimeSpan.FromSeconds(90),
            new Dictionary<string, string>
            {
                ["Dashboard__RequireSignIn"] = "true",
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
public sealed class SignInRequiredAppCollection : ICollectionFixture<SignInRequiredAppFixture>
{
    public const string Name = "sign-in required app";
}
