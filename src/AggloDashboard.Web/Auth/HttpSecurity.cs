using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace AggloDashboard.Web.Auth;

/// <summary>Response headers, forwarded headers from a reverse proxy, and the sign-in rate limit.</summary>
public static class HttpSecurity
{
    /// <summary>
    /// Nothing outside the site is loaded. Styles may be inline because MudBlazor and Plotly set style attributes and
    /// add style elements at run time; scripts may not. Images may be data: and blob: URLs: Plotly renders its PNG
    /// and SVG downloads through them. <c>connect-src 'self'</c> covers the circuit's WebSocket on the same host.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string PermissionsPolicy =
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), midi=(), accelerometer=(), gyroscope=(), magnetometer=()";

    public static IServiceCollection AddHttpSecurity(this IServiceCollection services, DashboardOptions options)
    {
        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in Split(options.KnownProxies))
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in Split(options.KnownNetworks))
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsSignInPost(context.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = options.SignInAttemptsPerMinute, Window = TimeSpan.FromMinutes(1) })
                    : RateLimitPartition.GetNoLimiter(""));
            limiter.OnRejected = async (rejected, ct) =>
            {
                rejected.HttpContext.Response.Headers.RetryAfter = "60";
                rejected.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await rejected.HttpContext.Response.WriteAsync(
                    $"{UiText.Get(Lang.Zh, "account.tooManyAttempts")}\n{UiText.Get(Lang.En, "account.tooManyAttempts")}\n", ct);
            };
        });
        return services;
    }

    /// <summary>Forwarded headers (when configured), the security headers on every response, and the sign-in rate limit.</summary>
    public static IApplicationBuilder UseHttpSecurity(this IApplicationBuilder app)
    {
        if (app.ApplicationServices.GetRequiredService<IOptions<DashboardOptions>>().Value.ForwardedHeaders)
        {
            app.UseForwardedHeaders();
        }

        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = PermissionsPolicy;
            return next(context);
        });
        app.UseRateLimiter();
        return app;
    }

    private static bool IsSignInPost(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.Equals(DashboardAuth.LoginPath, StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> Split(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
