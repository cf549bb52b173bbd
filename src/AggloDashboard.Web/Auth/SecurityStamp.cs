using System.Globalization;
using System.Security.Claims;
using AggloDashboard.Data.Store;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace AggloDashboard.Web.Auth;

/// <summary>
/// The sign-in cookie carries the user's security stamp; a cookie whose stamp is no longer the stored one (password
/// changed, sessions revoked, user removed) signs no one in.
/// </summary>
public static class SecurityStamp
{
    public const string ClaimType = "agglo:security-stamp";

    /// <summary>True when the principal's stamp is still the stored one of its user.</summary>
    public static async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, UserStore users, CancellationToken cancellationToken)
    {
        if (!int.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || principal.FindFirstValue(ClaimType) is not { Length: > 0 } stamp)
        {
            return false;
        }

        return await users.SecurityStampAsync(id, cancellationToken) == stamp;
    }

    /// <summary>Checks the cookie on every request and signs it out when the stamp changed.</summary>
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var users = context.HttpContext.RequestServices.GetRequiredService<UserStore>();
        if (context.Principal is { } principal && await IsCurrentAsync(principal, users, context.HttpContext.RequestAborted))
        {
            return;
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}

/// <summary>
/// An open circuit keeps the user it started with; this checks the stamp every minute, so a revoked session loses
/// its rights in an open page too.
/// </summary>
internal sealed class SecurityStampRevalidator(ILoggerFactory loggerFactory, UserStore users)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        authenticationState.User.Identity?.IsAuthenticated == true
            ? SecurityStamp.IsCurrentAsync(authenticationState.User, users, cancellationToken)
            : Task.FromResult(true);
}
