using System.Net;
using System.Text.RegularExpressions;

namespace AggloDashboard.EndToEnd.Tests.Infrastructure;

/// <summary>An HTTP client of a running app that keeps cookies and does not follow redirects, so refusals show as they are.</summary>
public sealed partial class SignInClient : IDisposable
{
    private readonly HttpClient _http;

    public SignInClient(Uri baseUrl)
    {
        Cookies = new CookieContainer();
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = baseUrl };
    }

    public CookieContainer Cookies { get; }

    public Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(path);

    /// <summary>The sign-in form's antiforgery token, read from the form as a browser gets it.</summary>
    public async Task<string> AntiforgeryTokenAsync()
    {
        var html = await _http.GetStringAsync("/account/login");
        var match = TokenInput().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("the sign-in form has no antiforgery token");
    }

    /// <summary>Posts the sign-in form; <paramref name="token"/> null leaves the antiforgery token out.</summary>
    public async Task<HttpResponseMessage> PostLoginAsync(string user, string password, string? token)
    {
        var fields = new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.UserName"] = user,
            ["Input.Password"] = password,
        };
        if (token is not null)
        {
            fields["__RequestVerificationToken"] = token;
        }

        return await _http.PostAsync("/account/login", new FormUrlEncodedContent(fields));
    }

    public async Task SignInAsync(string user, string password)
    {
        using var response = await PostLoginAsync(user, password, await AntiforgeryTokenAsync());
        if (Cookies.GetCookies(_http.BaseAddress!)["agglo.auth"] is null)
        {
            throw new InvalidOperationException($"signing in as {user} failed: {(int)response.StatusCode}");
        }
    }

    /// <summary>The response is a redirect to the sign-in page.</summary>
    public static void AssertSentToSignIn(HttpResponseMessage response, string what)
    {
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found, $"{what}: {(int)response.StatusCode}");
        var location = response.Headers.Location!;
        var path = location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0];
        Assert.Equal("/account/login", path);
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
