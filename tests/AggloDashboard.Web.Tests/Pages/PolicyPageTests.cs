using AggloDashboard.Core.Policy;
using AggloDashboard.Data.Policy;
using AggloDashboard.Web.Components.Pages;
using AggloDashboard.Web.Components.Shared;
using AggloDashboard.Web.Views;

namespace AggloDashboard.Web.Tests.Pages;

[Collection(DashboardCollection.Name)]
public sealed class PolicyPageTests(DashboardFixture fixture) : IAsyncLifetime
{
    private readonly BunitHost _host = new(fixture);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private IRenderedComponent<Policy> Open(string url)
    {
        _host.Navigation.NavigateTo(url);
        return _host.Context.Render<Policy>().WhenComputed();
    }

    [Fact]
    public void The_cards_show_the_rules_the_engine_fired_for_every_city()
    {
        var expected = PolicyEngine.Evaluate(PolicyRuleFile.LoadDefault(), fixture.Snapshot.Results).Where(t => t.Year == 2023).ToArray();

        var rows = PolicyData.ForYear(fixture.Snapshot, fixture.Snapshot.Analyses.Typologies, 2023, Lang.En);

        Assert.Equal(fixture.Snapshot.Cities.Select(c => c.Code), rows.Select(r => r.CityCode));
        foreach (var row in rows)
        {
            Assert.Equal(expected.Single(t => t.RegionCode == row.CityCode).Fired.Select(f => f.Rule.Id), row.Fired.Select(f => f.Rule.Id));
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void Every_city_has_a_typology_with_its_rule_id_evidence_and_directions(string lang)
    {
        var language = LangCodes.Parse(lang);
        var page = Open($"/policy?lang={lang}");

        Assert.Contains("2023", page.Find("[data-testid=page-title]").TextContent);
        foreach (var city in PolicyData.ForYear(fixture.Snapshot, fixture.Snapshot.Analyses.Typologies, 2023, language))
        {
            var card = page.Find($"[data-testid=policy-{city.CityCode}]");
            var typologies = card.QuerySelectorAll("[data-testid=typology]");
            Assert.Equal(city.Fired.Count, typologies.Length);
            Assert.NotEmpty(typologies);
            foreach (var (fired, element) in city.Fired.Zip(typologies))
            {
                Assert.Contains(PolicyData.Text(fired.Rule.Typology, language), element.TextContent);
                Assert.Equal(fired.Rule.Id, element.QuerySelector("[data-testid=rule-id]")!.TextContent.Trim());
                var evidence = element.QuerySelectorAll("[data-testid=evidence] li");
                Assert.NotEmpty(evidence);
                foreach (var e in fired.Evidence)
                {
                    Assert.Contains(evidence, li => li.TextContent == PolicyData.Text(e.Text, language));
                }

                Assert.Equal(fired.Directions.Select(d => PolicyData.Text(d.Name, language)),
                    element.QuerySelectorAll("[data-testid=directions] li").Select(li => li.TextContent));
            }
        }
    }

    [Fact]
    public async Task The_year_comes_from_the_url_and_a_new_one_keeps_the_language()
    {
        var page = Open("/policy?year=2010&lang=en");
        Assert.Contains("City typologies and policy directions · 2010", page.Find("[data-testid=page-title]").TextContent);

        await page.InvokeAsync(() => page.FindComponent<YearPicker>().Instance.ValueChanged.InvokeAsync(2012));

        Assert.EndsWith("/policy?year=2012&lang=en", _host.Navigation.Uri);
    }

    [Fact]
    public void The_typologies_download_as_csv()
    {
        var page = Open("/policy?year=2020&lang=en");

        page.Find("[data-testid=policy-csv]").Click();

        var call = Assert.Single(_host.Context.JSInterop.Invocations, i => i.Identifier == Downloaded.Identifier);
        Assert.Equal("policy-2020.csv", call.Arguments[0]);
        var lines = Downloaded.Text(call).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var fired = PolicyData.ForYear(fixture.Snapshot, fixture.Snapshot.Analyses.Typologies, 2020, Lang.En).Sum(c => c.Fired.Count);
        Assert.Equal(fired + 1, lines.Length);
    }
}
