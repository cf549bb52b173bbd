using System.Reflection;
using System.Security.Claims;
using System.Text;
using AggloDashboard.Data.Import;
using AggloDashboard.Data.Store;
using AggloDashboard.Web.Auth;
using AggloDashboard.Web.Components.Layout;
using AggloDashboard.Web.Components.Pages;
using AggloDashboard.Web.Components.Pages.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace AggloDashboard.Web.Tests.Data;

public sealed class DataManagementTests : IAsyncLifetime
{
    private const string Edit = "region_code,year,indicator,value\n220100,2023,emp.total,999\n";
    private DataManagementHost _host = default!;

    public async Task InitializeAsync() => _host = await DataManagementHost.CreateAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static ImportRequest Csv(string text) => new("edit.csv", Encoding.UTF8.GetBytes(text), ImportShape.Long);

    public static TheoryData<string> Outsiders() => ["anonymous", "viewer"];

    private static ClaimsPrincipal Outsider(string who) => who == "viewer" ? DataManagementHost.Viewer : DataManagementHost.Anonymous;

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task Only_an_administrator_may_preview_commit_or_activate(string who)
    {
        var before = await _host.StateAsync();
        var preview = await _host.Management.PreviewAsync(DataManagementHost.Administrator, Csv(Edit), CancellationToken.None);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _host.Management.PreviewAsync(Outsider(who), Csv(Edit), CancellationToken.None));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _host.Management.CommitAsync(Outsider(who), preview, CancellationToken.None));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _host.Management.ActivateAsync(Outsider(who), before.Id, CancellationToken.None));

        Assert.Equal(before, await _host.StateAsync());
        Assert.Empty(await _host.Management.ListAuditAsync(CancellationToken.None));
    }

    [Fact]
    public void The_import_page_requires_the_administrator_policy_and_the_login_page_is_static()
    {
        var authorize = typeof(Import).GetCustomAttribute<AuthorizeAttribute>();
        Assert.Equal(DashboardAuth.AdministratorPolicy, authorize?.Policy);
        Assert.NotNull(typeof(Login).GetCustomAttribute<Microsoft.AspNetCore.Components.ExcludeFromInteractiveRoutingAttribute>());
    }

    [Fact]
    public async Task A_commit_switches_every_page_to_the_new_version_and_activation_rolls_back()
    {
        var seed = await _host.StateAsync();
        var preview = await _host.Management.PreviewAsync(DataManagementHost.Administrator, Csv(Edit), CancellationToken.None);

        var version = await _host.Management.CommitAsync(DataManagementHost.Administrator, preview, CancellationToken.None);

        var current = await _host.Data.GetCurrentAsync();
        Assert.Equal(version.Id, current.Version.Id);
        Assert.Contains(current.Dataset.Observations, o => o is { RegionCode: "220100", Year: 2023, IndicatorCode: "emp.total", Value: 999 });
        var listing = await _host.Management.ListVersionsAsync(CancellationToken.None);
        Assert.Equal("0 new, 1 changed, 0 removed", listing.Single(l => l.Version.Id == version.Id).DiffFromPrevious);

        await _host.Management.ActivateAsync(DataManagementHost.Administrator, seed.Id, CancellationToken.None);

        Assert.Equal(seed, await _host.StateAsync() with { Count = 1 });
        var audit = await _host.Management.ListAuditAsync(CancellationToken.None);
        Assert.Equal([(AuditActions.Activate, seed.Id), (AuditActions.Import, version.Id)],
            audit.Select(a => (a.Action, a.VersionId ?? 0)).ToArray());
        Assert.All(audit, a => Assert.Equal("admin", a.UserName));
    }

    [Fact]
    public async Task The_versions_page_offers_activation_to_administrators_only()
    {
        var preview = await _host.Management.PreviewAsync(DataManagementHost.Administrator, Csv(Edit), CancellationToken.None);
        var version = await _host.Management.CommitAsync(DataManagementHost.Administrator, preview, CancellationToken.None);

        var anonymous = _host.Context.Render<Versions>();
        Assert.Contains($"#{version.Id}", anonymous.WaitForElement("[data-testid=versions-showing]").TextContent);
        Assert.Empty(anonymous.FindAll("[data-testid^=activate-]"));

        _host.SignInAdministrator();
        var page = _host.Context.Render<Versions>();
        page.WaitForElement("[data-testid=activate-1]").Click();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=version-active-1]")));
        Assert.Equal(1, (await _host.Data.GetCurrentAsync()).Version.Id);
        Assert.Contains("#1", page.Find("[data-testid=versions-showing]").TextContent);
        Assert.Contains("activate", page.Find("[data-testid=audit-log]").TextContent);
    }

    [Fact]
    public async Task The_import_page_previews_an_upload_and_commits_it()
    {
        _host.SignInAdministrator();
        var page = _host.Context.Render<Import>();

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(Edit + "229900,2023,emp.total,1\n", "edit.csv"));
        await page.InvokeAsync(() => page.Find("[data-testid=import-preview]").Click());
        page.WaitForAssertion(() =>
        {
            Assert.Contains("'229900' is not a code in regions.csv", page.Find("[data-testid=import-problems]").TextContent);
            Assert.True(page.Find("[data-testid=import-commit]").HasAttribute("disabled"));
        });

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(Edit, "edit.csv"));
        await page.InvokeAsync(() => page.Find("[data-testid=import-preview]").Click());
        page.WaitForAssertion(() => Assert.Contains("0 new, 1 changed, 0 removed", page.Find("[data-testid=import-diff]").TextContent.Replace("新增", "new").Replace("修改", "changed").Replace("删除", "removed")));
        await page.InvokeAsync(() => page.Find("[data-testid=import-commit]").Click());

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=import-committed]")));
        Assert.Equal(2, (await _host.Data.GetCurrentAsync()).Version.Id);
    }

    [Fact]
    public async Task The_import_page_shows_the_yearbook_mapping_for_review()
    {
        _host.SignInAdministrator();
        _host.Context.Services.GetRequiredService<Bunit.TestDoubles.BunitNavigationManager>().NavigateTo("/import?lang=en");
        var page = _host.Context.Render<Import>();
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("城市,城镇单位就业人员,研发强度\n长春市,151,2.5\n", "2022.csv"));
        var shape = page.FindComponent<MudBlazor.MudSelect<ImportShape>>().Instance;
        await page.InvokeAsync(() => shape.ValueChanged.InvokeAsync(ImportShape.Yearbook));
        await page.InvokeAsync(() => page.Find("[data-testid=import-preview]").Click());

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll(".mapping-select").Count));
        Assert.Equal("emp.total", page.Find("select[data-header=城镇单位就业人员]").GetAttribute("value"));
        page.Find("select[data-header=研发强度]").Change("inn.rd_personnel");
        await page.InvokeAsync(() => page.Find("[data-testid=import-apply-mapping]").Click());

        page.WaitForAssertion(() => Assert.Contains("2 values", page.Find("[data-testid=import-summary]").TextContent));
        Assert.Equal(1, (await _host.Data.GetCurrentAsync()).Version.Id);
    }

    [Fact]
    public async Task The_import_page_shows_how_a_printed_workbook_was_read_before_anything_is_committed()
    {
        _host.SignInAdministrator();
        var book = Path.Combine(DashboardFixture.SeedDataPath, "examples", "jilin-statistical-yearbook-example.xlsx");
        var page = _host.Context.Render<Import>();
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(await File.ReadAllBytesAsync(book), "jilin-statistical-yearbook-example.xlsx"));

        await page.InvokeAsync(() => page.Find("[data-testid=import-preview]").Click());

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=import-layout]").Count), TimeSpan.FromSeconds(10));
        var first = page.FindAll("[data-testid=import-layout]")[0];
        Assert.Equal("2022年", first.QuerySelector("[data-testid=import-layout-name]")!.TextContent);
        Assert.Contains("第 1–2 行已跳过：标题、单位行", first.QuerySelector("[data-testid=import-layout-rows]")!.TextContent);
        Assert.Contains("人 → 万人 ÷10,000", first.QuerySelector("[data-testid=import-layout-columns]")!.TextContent);
        Assert.Contains("相符", first.QuerySelector("[data-testid=import-layout-totals]")!.TextContent);
        Assert.Equal("emp.total", page.Find("select[data-header='城镇非私营单位从业人员 / 合计']").GetAttribute("value"));
        Assert.Contains("0 新增, 2 修改, 0 删除", page.Find("[data-testid=import-diff]").TextContent);
        Assert.Equal(1, (await _host.Data.GetCurrentAsync()).Version.Id);
    }

    [Fact]
    public void The_menu_offers_import_to_administrators_only()
    {
        var anonymous = _host.Context.Render<NavMenu>();
        Assert.Empty(anonymous.FindAll("[data-testid=nav-import]"));
        Assert.NotNull(anonymous.Find("[data-testid=nav-login]"));
        Assert.NotNull(anonymous.Find("[data-testid=nav-versions]"));

        _host.SignInAdministrator();
        var admin = _host.Context.Render<NavMenu>();
        Assert.NotNull(admin.Find("[data-testid=nav-import]"));
        Assert.Contains("admin", admin.Find("[data-testid=nav-logout]").TextContent);
    }

    [Theory]
    [InlineData("/versions?lang=en", "/versions?lang=en")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData(null, "/")]
    public void Login_redirects_only_to_a_path_on_this_site(string? returnUrl, string expected) =>
        Assert.Equal(expected, Login.LocalReturnUrl(returnUrl));
}
