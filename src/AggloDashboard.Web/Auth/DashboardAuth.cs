using System.Security.Claims;
using AggloDashboard.Data.Store;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace AggloDashboard.Web.Auth;

/// <summary>Cookie sign-in with the store's users; administrators manage data, everyone else only browses.</summary>
public static class DashboardAuth
{
    public const string AdministratorRole = "Administrator";
    public const string AdministratorPolicy = "Administrator";
    public const string LoginPath = "/account/login";
    public const string LogoutPath = "/account/logout";

    public static IServiceCollection AddDashboardAuth(this IServiceCollection services, DashboardOptions options)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                cookie.LoginPath = LoginPath;
                cookie.AccessDeniedPath = LoginPath;
                cookie.Cookie.Name = "agglo.auth";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.SlidingExpiration = true;
            });
        services.AddAuthorization(authorization =>
        {
            authorization.AddPolicy(AdministratorPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(AdministratorRole));
            if (options.RequireSignIn)
            {
                authorization.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
            }
        });
        services.AddCascadingAuthenticationState();
        return services;
    }

    public static ClaimsPrincipal PrincipalOf(UserAccount user)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, user.UserName), new(ClaimTypes.NameIdentifier, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
        if (user.IsAdministrator)
        {
            claims.Add(new Claim(ClaimTypes.Role, AdministratorRole));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    public static bool IsAdministrator(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true && user.IsInRole(AdministratorRole);

    /// <summary>
    /// Creates the first administrator from <c>Dashboard__AdminUser</c> and <c>Dashboard__AdminPassword</c> when the
    /// store has no user yet. Without them no one can sign in until <c>agglo user add</c> adds someone: there is no
    /// default password.
    /// </summary>
    public static async Task EnsureFirstAdministratorAsync(IServiceProvider services, CancellationToken ct)
    {
        var options = services.GetRequiredService<IOptions<DashboardOptions>>().Value;
        var users = services.GetRequiredService<UserStore>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DashboardAuth));
        if (await users.AnyUserAsync(ct))
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(options.AdminUser) || string.IsNullOrEmpty(options.AdminPassword))
        {
            logger.LogWarning("No user can sign in yet: set Dashboard__AdminUser and Dashboard__AdminPassword for the first start, " +
                              "or run `agglo user add --db <file> --name <name>`");
            return;
        }

        await users.AddAsync(options.AdminUser, options.AdminPassword, isAdministrator: true, "system", ct);
        logger.LogInformation("Created the first administrator {User} from the environment", options.AdminUser);
    }
}
