using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using AggloDashboard.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;

namespace AggloDashboard.EndToEnd.Tests;

/// <summary>Lockout, equal answers for unknown names, revoked sessions, response headers and the content security policy.</summary>
[Collection(AdminAppCollection.Name)]
public sealed partial class SignInSecurityTests(AdminAppFixture fixture, ITestOutputHelper output)
{
    private const string Password = "quiet-orchard-lamp-93";

    /// <summary>Every page of the dashboard, as a signed-in administrator sees it.</summary>
    private static readonly string[] Pages =
    [
        "/", "/map", "/trends", "/city/220100", "/city/220100/report", "/coordination", "/coupling", "/diagnosis", "/policy",
        "/methodology", "/drivers", "/disparities", "/spatial", "/shift-share", "/data", "/data?tab=quality", "/settings",
        "/stories", "/stories/1", "/present?story=1&slide=1", "/present?view=%2Fmap%3Fyear%3D2015", "/versions", "/import",
        "/account/login", "/account/logout", "/error",
    ];

    [Theory]
    [InlineData("/")]
    [InlineData("/account/login")]
    [InlineData("/css/app.css")]
    [InlineData("/_framework/blazor.web.js")]
    [InlineData("/geo/1.json")]
    public async Task Every_response_carries_the_security_headers_and_no_server_header(string path)
    {
        fixture.EnsureStarted();
        using var client = new SignInClient(fixture.App.BaseUrl);

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; " +
            "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
            Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=(), microphone=(), geolocation=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Over_plain_http_the_sign_in_cookie_is_http_only_and_strict_but_not_secure()
    {
        fixture.EnsureStarted();
        using var client = new SignInClient(fixture.App.BaseUrl);

        using var response = await client.PostLoginAsync(AdminAppFixture.AdminUser, AdminAppFixture.AdminPassword, await client.AntiforgeryTokenAsync());

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("agglo.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("; secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_the_right_one_is_refused_with_the_time_and_the_audit_log_has_both()
    {
        fixture.EnsureStarted();
        var user = "e2e-locked-" + Guid.NewGuid().ToString("N")[..8];
        await fixture.RunUserCommandAsync("add", "--name", user, "--viewer", "--password", Password);
        using var client = new SignInClient(fixture.App.BaseUrl);

        var clock = Stopwatch.StartNew();
        var answers = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await client.PostLoginAsync(user, "wrong-password-" + i, await client.AntiforgeryTokenAsync());
            answers.Add(await wrong.Content.ReadAsStringAsync());
        }

        output.WriteLine($"5 wrong passwords to the lock: {clock.ElapsedMilliseconds} ms");
        using var right = await client.PostLoginAsync(user, Password, await client.AntiforgeryTokenAsync());
        var refused = WebUtility.HtmlDecode(await right.Content.ReadAsStringAsync());

        Assert.All(answers.Take(4), html => Assert.Contains("data-testid=\"login-error\"", html));
        Assert.Contains("data-testid=\"login-locked\"", answers[4]);
        var until = LockedUntil().Match(refused);
        Assert.True(until.Success, refused);
        var time = DateTimeOffset.Parse(until.Groups[1].Value + "Z", System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(time - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        Assert.Contains("锁定至", refused);
        Assert.Null(client.Cookies.GetCookies(fixture.App.BaseUrl)["agglo.auth"]);

        using var admin = new SignInClient(fixture.App.BaseUrl);
        await admin.SignInAsync(AdminAppFixture.AdminUser, AdminAppFixture.AdminPassword);
        var audit = await (await admin.GetAsync("/versions")).Content.ReadAsStringAsync();
        Assert.Matches($"<td>{user}</td>\\s*<td>lockout</td>", audit);
        Assert.Matches($"<td>{user}</td>\\s*<td>sign-in-failed</td>\\s*<td></td>\\s*<td>attempt while locked from 127.0.0.1</td>", audit);
    }

    [Fact]
    public async Task An_unknown_user_name_gets_the_same_answer_as_a_wrong_password()
    {
        fixture.EnsureStarted();
        var user = "e2e-known-" + Guid.NewGuid().ToString("N")[..8];
        await fixture.RunUserCommandAsync("add", "--name", user, "--viewer", "--password", Password);
        using var client = new SignInClient(fixture.App.BaseUrl);
        var known = new List<long>();
        var unknown = new List<long>();
        string? knownAnswer = null;
        string? unknownAnswer = null;

        for (var i = 0; i < 3; i++)
        {
            (knownAnswer, var knownTime) = await TimedErrorAsync(client, user);
            (unknownAnswer, var unknownTime) = await TimedErrorAsync(client, "e2e-nobody-" + i);
            known.Add(knownTime);
            unknown.Add(unknownTime);
        }

        output.WriteLine($"wrong password {string.Join(", ", known)} ms; unknown user name {string.Join(", ", unknown)} ms");
        Assert.NotNull(knownAnswer);
        Assert.Equal(knownAnswer, unknownAnswer);
    }

    [Fact]
    public async Task Revoked_sessions_a_changed_password_and_a_removed_user_end_an_open_session()
    {
        fixture.EnsureStarted();
        var user = "e2e-sessions-" + Guid.NewGuid().ToString("N")[..8];
        await fixture.RunUserCommandAsync("add", "--name", user, "--password", Password);
        using var client = new SignInClient(fixture.App.BaseUrl);

        await client.SignInAsync(user, Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/import")).StatusCode);
        Assert.Contains("signed out the sessions of 1 user(s)", await fixture.RunUserCommandAsync("sessions", "--name", user, "--revoke"));
        SignInClient.AssertSentToSignIn(await client.GetAsync("/import"), "after sessions --revoke");

        await client.SignInAsync(user, Password);
        await fixture.RunUserCommandAsync("passwd", "--name", user, "--password", "a-new-" + Password);
        SignInClient.AssertSentToSignIn(await client.GetAsync("/import"), "after passwd");
        await Assert.ThrowsAsync<InvalidOperationException>(() => client.SignInAsync(user, Password));

        await client.SignInAsync(user, "a-new-" + Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/import")).StatusCode);
        await fixture.RunUserCommandAsync("remove", "--name", user);
        SignInClient.AssertSentToSignIn(await client.GetAsync("/import"), "after remove");
    }

    [Fact]
    public async Task The_sign_in_page_says_until_when_an_account_is_locked()
    {
        var user = "e2e-browser-" + Guid.NewGuid().ToString("N")[..8];
        await using var session = await fixture.OpenAsync(nameof(The_sign_in_page_says_until_when_an_account_is_locked));
        await fixture.RunUserCommandAsync("add", "--name", user, "--viewer", "--password", Password);
        var page = session.Page;

        for (var i = 0; i < 6; i++)
        {
            await page.GotoAsync("/account/login");
            await page.GetByTestId("login-user").FillAsync(user);
            await page.GetByTestId("login-password").FillAsync(i < 5 ? "wrong-password-" + i : Password);
            await page.GetByTestId("login-submit").ClickAsync();
            await page.WaitForLoadStateAsync();
        }

        var message = page.GetByTestId("login-locked");
        await Assertions.Expect(message).ToContainTextAsync("锁定至");
        await Assertions.Expect(message).ToContainTextAsync(new Regex(@"locked until \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC"));
        Assert.EndsWith("/account/login", new Uri(page.Url).AbsolutePath);
        await session.ScreenshotAsync("locked");
        session.AssertClean();
    }

    [Fact]
    public async Task Every_page_runs_under_the_content_security_policy_without_a_violation()
    {
        await using var session = await fixture.OpenAsync(nameof(Every_page_runs_under_the_content_security_policy_without_a_violation));
        var page = session.Page;
        await session.Context.AddInitScriptAsync(
            "window.__cspViolations = []; document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(" +
            "e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber));");
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Refused to", StringComparison.Ordinal) || message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                refused.Add(message.Text);
            }
        };
        await AdminAppFixture.SignInAsAdministratorAsync(session);

        var violations = new List<string>();
        foreach (var path in Pages)
        {
            await session.OpenPageAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            // Charts draw after the circuit is up; give them time to run their scripts and styles.
            await page.WaitForTimeoutAsync(1500);
            violations.AddRange((await page.EvaluateAsync<string[]>("() => window.__cspViolations")).Select(v => $"{path}: {v}"));
        }

        Assert.Empty(violations);
        Assert.Empty(refused);
        session.AssertClean();
    }

    private static async Task<(string Answer, long Milliseconds)> TimedErrorAsync(SignInClient client, string user)
    {
        var token = await client.AntiforgeryTokenAsync();
        var clock = Stopwatch.StartNew();
        using var response = await client.PostLoginAsync(user, "not-the-password-at-all", token);
        var html = await response.Content.ReadAsStringAsync();
        var elapsed = clock.ElapsedMilliseconds;
        return (ErrorParagraph().Match(html).Value, elapsed);
    }

    [GeneratedRegex(@"locked until (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) UTC")]
    private static partial Regex LockedUntil();

    [GeneratedRegex("<p class=\"login-error\".*?</p>", RegexOptions.Singleline)]
    private static partial Regex ErrorParagraph();
}

/// <summary>Behind a TLS proxy: forwarded addresses and scheme, secure cookies, and the sign-in rate limit per address.</summary>
[Collection(ProxiedAppCollection.Name)]
public sealed partial class ProxiedSignInTests(ProxiedAppFixture fixture)
{
    [Fact]
    public async Task Sign_in_posts_beyond_the_limit_from_one_forwarded_address_get_429_and_other_addresses_do_not()
    {
        using var http = ProxiedClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < ProxiedAppFixture.SignInAttemptsPerMinute; i++)
        {
            using var response = await PostAsync(http, "203.0.113.10", cookie: null, token: null);
            statuses.Add(response.StatusCode);
        }

        using var limited = await PostAsync(http, "203.0.113.10", cookie: null, token: null);
        using var other = await PostAsync(http, "203.0.113.11", cookie: null, token: null);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.BadRequest, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("60", limited.Headers.GetValues("Retry-After").Single());
        var text = await limited.Content.ReadAsStringAsync();
        Assert.Contains("请一分钟后再试", text);
        Assert.Contains("Too many sign-in attempts from this address", text);
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
    }

    [Fact]
    public async Task Behind_a_tls_proxy_the_antiforgery_and_sign_in_cookies_are_secure_and_the_session_works()
    {
        using var http = ProxiedClient();
        using var form = await SendAsync(http, HttpMethod.Get, "/account/login", "203.0.113.20", cookie: null);
        var antiforgery = Assert.Single(form.Headers.GetValues("Set-Cookie"));
        var token = WebUtility.HtmlDecode(TokenInput().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value);

        using var signIn = await PostAsync(http, "203.0.113.20", antiforgery.Split(';')[0], token);
        var auth = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("agglo.auth=", StringComparison.Ordinal));
        using var import = await SendAsync(http, HttpMethod.Get, "/import", "203.0.113.20", auth.Split(';')[0]);

        Assert.Contains("; secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("; secure", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; samesite=strict", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
    }

    /// <summary>A client that handles cookies itself: the cookies are Secure and the test speaks plain HTTP to the app, as a proxy does.</summary>
    private HttpClient ProxiedClient() =>
        new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = fixture.App.BaseUrl };

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, string clientAddress, string? cookie, string? token)
    {
        var fields = new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.UserName"] = AdminAppFixture.AdminUser,
            ["Input.Password"] = AdminAppFixture.AdminPassword,
        };
        if (token is not null)
        {
            fields["__RequestVerificationToken"] = token;
        }

        return SendAsync(http, HttpMethod.Post, "/account/login", clientAddress, cookie, new FormUrlEncodedContent(fields));
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, string clientAddress, string? cookie,
        HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add("X-Forwarded-For", clientAddress);
        request.Headers.Add("X-Forwarded-Proto", "https");
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return http.SendAsync(request);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
