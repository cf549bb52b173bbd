using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Components.Layout;
using AggloDashboard.Web.Components.Pages;
using AggloDashboard.Web.Components.Shared;
using MudBlazor;

namespace AggloDashboard.Web.Tests.Pages;

[Collection(DashboardCollection.Name)]
public sealed class SettingsPageTests(DashboardFixture fixture) : IAsyncLifetime
{
    private readonly BunitHost _host = new(fixture);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private IRenderedComponent<Settings> Open(string url)
    {
        _host.Navigation.NavigateTo(url);
        var page = _host.Context.Render<Settings>();
        // Settings other than the default ones are computed on the thread pool when first asked for.
        page.WaitForElement("[data-testid=tolerance]");
        return page;
    }

    private static string Return(string url) => "&return=" + Uri.EscapeDataString(url);

    [Fact]
    public void The_panel_starts_at_the_settings_in_the_url()
    {
        var page = Open("/settings?lang=en&ccd=modified&tol=0.2&alpha=0.5,0.3,0.2" + Return("/coupling?year=2015&lang=en"));

        Assert.Equal(CouplingForm.Modified, page.FindComponent<CouplingFormPicker>().Instance.Value);
        Assert.Equal("0.2", page.Find("[data-testid=tolerance]").GetAttribute("value"));
        Assert.Equal("0.5", page.Find("[data-testid=alpha-0]").GetAttribute("value"));
        Assert.Equal(10, page.FindAll("[data-testid^=class-bound-]").Count);
    }

    [Fact]
    public async Task Apply_returns_to_the_page_with_the_chosen_settings()
    {
        var page = Open("/settings?lang=en" + Return("/coupling?year=2015&lang=en"));

        page.Find("[data-testid=alpha-0]").Change("0.5");
        page.Find("[data-testid=alpha-1]").Change("0.25");
        page.Find("[data-testid=alpha-2]").Change("0.25");
        page.Find("[data-testid=tolerance]").Change("0.05");
        page.Find("[data-testid=weighting-equal]").Click();
        await page.Find("[data-testid=settings-apply]").ClickAsync(new());

        Assert.EndsWith("/coupling?year=2015&lang=en&alpha=0.5,0.25,0.25&weighting=equal&tol=0.05", Uri.UnescapeDataString(_host.Navigation.Uri));
    }

    [Fact]
    public async Task Values_that_break_a_rule_are_explained_and_nothing_changes()
    {
        var page = Open("/settings?lang=en" + Return("/coupling?year=2015&lang=en"));
        var before = _host.Navigation.Uri;

        page.Find("[data-testid=calpha-0]").Change("0.9");
        await page.Find("[data-testid=settings-apply]").ClickAsync(new());

        Assert.Equal(before, _host.Navigation.Uri);
        Assert.Contains("Agglomeration × innovation α: the weights must sum to 1", page.Find("[data-testid=settings-form-problems]").TextContent);
    }

    [Fact]
    public async Task User_weights_list_every_indicator_and_reset_clears_every_setting()
    {
        var page = Open("/settings?lang=en&weighting=equal&tol=0.3" + Return("/coordination?year=2012&lang=en"));

        page.Find("[data-testid=weighting-user]").Click();
        page.WaitForAssertion(() => Assert.Equal(fixture.Snapshot.Results.Weights.Count, page.FindAll("[data-testid^=user-weight-]").Count));

        await page.Find("[data-testid=settings-reset]").ClickAsync(new());
        Assert.EndsWith("/coordination?year=2012&lang=en", _host.Navigation.Uri);
    }

    [Fact]
    public void A_return_address_outside_the_app_is_not_followed()
    {
        var page = Open("/settings?lang=en&return=" + Uri.EscapeDataString("//evil.example/x"));

        Assert.Equal("/?lang=en", page.Find("[data-testid=settings-cancel]").GetAttribute("href"));
    }

    [Fact]
    public async Task Pages_compute_with_the_url_settings_and_their_links_carry_them()
    {
        _host.Navigation.NavigateTo("/coupling?year=2015&lang=en&tol=0.3");
        var page = _host.Context.Render<Coupling>();

        var wide = await fixture.Data.GetCurrentAsync(MetricSettings.Default with { RelativeDevelopmentTolerance = 0.3 });
        Assert.Contains("0.3", page.Find("[data-testid=coupling-rule]").TextContent);
        Assert.Equal(0.3, wide.Results.Settings.RelativeDevelopmentTolerance);
        Assert.All(page.FindAll("a[href^='/city/']"), a => Assert.Contains("tol=0.3", a.GetAttribute("href")));
    }

    [Fact]
    public void The_menu_and_the_notice_carry_and_state_the_settings()
    {
        var settings = MetricSettings.Default with { Weighting = IndicatorWeighting.Equal };
        var menu = _host.Context.Render<NavMenu>(p => p.Add(m => m.Lang, Lang.En).Add(m => m.Snapshot, fixture.Snapshot).Add(m => m.Settings, settings));
        Assert.Equal("/map?lang=en&weighting=equal", menu.Find("[data-testid=nav-map]").GetAttribute("href"));
        Assert.Equal("/methodology?lang=en&weighting=equal", menu.Find("[data-testid=nav-methodology]").GetAttribute("href"));

        var notice = _host.Context.Render<SettingsNotice>(p => p.Add(n => n.Lang, Lang.En).Add(n => n.Settings, settings)
            .Add(n => n.CurrentUrl, "/map?year=2015&lang=en&weighting=equal")
            .Add(n => n.Problems, [new SettingProblem("tol", "9", "应为 0 到 1 之间的数", "must be a number from 0 to 1")]));
        Assert.Contains("Indicator weights: equal", notice.Find("[data-testid=settings-notice]").TextContent);
        Assert.Equal("/map?year=2015&lang=en", notice.Find("[data-testid=settings-reset-link]").GetAttribute("href"));
        Assert.Contains("tol=9: must be a number from 0 to 1", notice.Find("[data-testid=settings-problems]").TextContent);
    }

    [Fact]
    public void A_scope_is_named_with_its_prefectures_and_reference_region()
    {
        var settings = MetricSettings.Default with { Scope = ["220100", "220200", "220300"] };

        var notice = _host.Context.Render<SettingsNotice>(p => p.Add(n => n.Lang, Lang.En).Add(n => n.Settings, settings).Add(n => n.CurrentUrl, "/?lang=en"));

        notice.WaitForAssertion(() => Assert.Contains("Scope: Changchun, Jilin, Siping (3 prefectures; the reference region is the prefectures in scope)",
            notice.Find("[data-testid=settings-notice]").TextContent));
    }

    [Fact]
    public async Task A_scopes_unknown_codes_are_dropped_with_a_problem_and_the_scope_is_computed_alone()
    {
        var data = fixture.Data;

        var resolution = await data.ResolveAsync(MetricSettingsText.ParseText("scope=220100,220200,229900"));
        var single = await data.ResolveAsync(MetricSettingsText.ParseText("scope=220100"));

        Assert.Equal(("scope", "229900"), (Assert.Single(resolution.Problems).Parameter, resolution.Problems[0].Value));
        Assert.Equal(["220100", "220200"], resolution.Snapshot.Dataset.Prefectures.Select(r => r.Code));
        Assert.Equal(9, single.Snapshot.Dataset.Prefectures.Count());
        Assert.Contains(single.Problems, p => p.ReasonEn.StartsWith("a scope needs at least 2 prefectures", StringComparison.Ordinal));
    }

    [Fact]
    public void Default_settings_show_no_notice()
    {
        var notice = _host.Context.Render<SettingsNotice>(p => p.Add(n => n.Lang, Lang.En).Add(n => n.CurrentUrl, "/map?lang=en"));

        Assert.Empty(notice.FindAll("[data-testid=settings-notice]"));
        Assert.Empty(notice.FindAll("[data-testid=settings-problems]"));
    }
}
