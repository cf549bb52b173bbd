using System.Net;
using AggloDashboard.EndToEnd.Tests.Infrastructure;

namespace AggloDashboard.EndToEnd.Tests;

/// <summary>Refusals at the HTTP level, whatever a page shows: data management is for administrators only.</summary>
[Collection(AdminAppCollection.Name)]
public sealed class HttpAuthorizationTests(AdminAppFixture fixture)
{
    [Fact]
    public async Task The_import_page_sends_anonymous_visitors_and_viewers_to_sign_in_and_opens_for_an_administrator()
    {
        fixture.EnsureStarted();
        using var anonymous = new SignInClient(fixture.App.BaseUrl);
        using var viewer = new SignInClient(fixture.App.BaseUrl);
        using var admin = new SignInClient(fixture.App.BaseUrl);
        await viewer.SignInAsync(AdminAppFixture.ViewerUser, AdminAppFixture.ViewerPassword);
        await admin.SignInAsync(AdminAppFixture.AdminUser, AdminAppFixture.AdminPassword);

        SignInClient.AssertSentToSignIn(await anonymous.GetAsync("/import"), "/import anonymous");
        SignInClient.AssertSentToSignIn(await viewer.GetAsync("/import"), "/import viewer");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/import")).StatusCode);
    }

    [Fact]
    public async Task The_versions_page_renders_no_activation_or_deletion_for_a_viewer()
    {
        fixture.EnsureStarted();
        using var viewer = new SignInClient(fixture.App.BaseUrl);
        await viewer.SignInAsync(AdminAppFixture.ViewerUser, AdminAppFixture.ViewerPassword);

        using var response = await viewer.GetAsync("/versions");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"versions-table\"", html);
        Assert.DoesNotContain("data-testid=\"activate-", html);
        Assert.DoesNotContain("data-testid=\"delete-", html);
    }

    [Fact]
    public async Task The_sign_in_form_carries_an_antiforgery_token_and_a_post_without_it_is_refused()
    {
        fixture.EnsureStarted();
        using var client = new SignInClient(fixture.App.BaseUrl);

        Assert.NotEmpty(await client.AntiforgeryTokenAsync());
        using var refused = await client.PostLoginAsync(AdminAppFixture.AdminUser, AdminAppFixture.AdminPassword, token: null);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Null(client.Cookies.GetCookies(fixture.App.BaseUrl)["agglo.auth"]);
    }

    [Fact]
    public async Task A_wrong_password_does_not_sign_in()
    {
        fixture.EnsureStarted();
        using var client = new SignInClient(fixture.App.BaseUrl);

        using var response = await client.PostLoginAsync(AdminAppFixture.AdminUser, "not-the-password", await client.AntiforgeryTokenAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"login-error\"", await response.Content.ReadAsStringAsync());
        Assert.Null(client.Cookies.GetCookies(fixture.App.BaseUrl)["agglo.auth"]);
    }
}

/// <summary>With <c>Dashboard:RequireSignIn=true</c> nothing but the sign-in page (and static assets) answers before signing in.</summary>
[Collection(SignInRequiredAppCollection.Name)]
public sealed class RequireSignInTests(SignInRequiredAppFixture fixture)
{
    public static TheoryData<string> Paths() =>
    [
        "/", "/map", "/trends", "/city/220100", "/coordination", "/coupling", "/diagnosis", "/policy", "/methodology",
        "/drivers", "/disparities", "/spatial", "/data", "/data?tab=quality", "/versions", "/import",
        "/import/template.csv", "/import/template.xlsx", "/geo/1.json", "/downloads/metrics-v1.zip", "/downloads/metrics-v1.xlsx",
    ];

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Every_page_and_download_redirects_to_sign_in(string path)
    {
        using var client = new SignInClient(fixture.App.BaseUrl);

        using var response = await client.GetAsync(path);

        SignInClient.AssertSentToSignIn(response, path);
    }

    [Fact]
    public async Task The_sign_in_page_answers_and_signing_in_opens_the_pages()
    {
        using var client = new SignInClient(fixture.App.BaseUrl);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);
        await client.SignInAsync(AdminAppFixture.AdminUser, AdminAppFixture.AdminPassword);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/data")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/import/template.csv")).StatusCode);
    }
}
