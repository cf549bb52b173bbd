using System.Security.Claims;
using AggloDashboard.Data.Store;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;

namespace AggloDashboard.Web.Auth;

/// <summary>
/// Cookie sign-in with the store's users; administrators manage data, everyone else only browses. The cookie is
/// HttpOnly, SameSite=Strict, Secure over HTTPS and checked against the user's security stamp on every request.
/// </summary>
public static class DashboardAuth
{
    public const string AdministratorRole = "Administrator";
    public const string AdministratorPolicy = "Administrator";
    public const string LoginPath = "/account/login";
    public const string LogoutPath = "/account/logout";

    public static IServiceCollection AddDashboardAuth(this IServiceCollection services, DashboardOptions options)
    {
        // Behind a TLS proxy the app may see plain HTTP from the proxy; the browser's side is HTTPS all the same.
        var secure = options.ForwardedHeaders ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                cookie.LoginPath = LoginPath;
                cookie.AccessDeniedPath = LoginPath;
                cookie.Cookie.Name = "agglo.auth";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = secure;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.SlidingExpiration = true;
                cookie.Events.OnValidatePrincipal = SecurityStamp.ValidatePrincipalAsync;
            });
        services.AddAntiforgery(antiforgery =>
        {
            // Not Always: antiforgery would then throw on any plain-HTTP request, e.g. a proxy's health check. Behind a
            // TLS proxy the forwarded scheme makes the request HTTPS, so the cookie is Secure there.
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // HttpSecurity sends X-Frame-Options: DENY on every response.
            antiforgery.SuppressXFrameOptionsHeader = true;
        });
        services.AddScoped<AuthenticationStateProvider, SecurityStampRevalidator>();
        services.AddHttpSecurity(options);
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
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, user.UserName),
            new(ClaimTypes.NameIdentifier, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(SecurityStamp.ClaimType, user.SecurityStamp),
        };
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

        try
        {
            await users.AddAsync(options.AdminUser, options.AdminPassword, isAdministrator: true, "system", ct);
        }
        catch (UserRejectedException e)
        {
            logger.LogError("Did not create the first administrator {User}: {Reason}. Set a stronger Dashboard__AdminPassword " +
                            "(at least {Length} characters, not containing the user name) and restart", options.AdminUser, e.Message,
                PasswordRule.MinimumLength);
            return;
        }

        logger.LogInformation("Created the first administrator {User} from the environment", options.AdminUser);
    }
}
