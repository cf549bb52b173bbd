using AggloDashboard.Core.Analytics;
using AggloDashboard.Web.Components.Shared;

namespace AggloDashboard.Web.Tests.Pages;

/// <summary>The card a page shows while an analysis is computed: a running bar, then "n / N years" as it reports.</summary>
[Collection(DashboardCollection.Name)]
public sealed class ComputingCardTests(DashboardFixture fixture) : IAsyncLifetime
{
    private readonly BunitHost _host = new(fixture);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private IRenderedComponent<Computing> Card(Lang lang, ComputingProgress? progress) => _host.Context.Render<Computing>(p => p
        .Add(c => c.Lang, lang).Add(c => c.TextKey, "spatial.computing").Add(c => c.TestId, "moran-computing").Add(c => c.Progress, progress));

    [Fact]
    public void Before_any_report_it_shows_a_running_bar_and_no_count()
    {
        var card = Card(Lang.Zh, new ComputingProgress());

        Assert.Contains("正在计算莫兰指数", card.Markup);
        Assert.NotNull(card.Find(".mud-progress-linear.mud-progress-indeterminate"));
        Assert.Empty(card.FindAll("[data-testid=moran-computing-count]"));
    }

    [Fact]
    public async Task Reports_from_the_computation_thread_show_as_years_done_in_chinese_and_english()
    {
        var progress = new ComputingProgress();
        var zh = Card(Lang.Zh, progress);
        var en = Card(Lang.En, progress);

        await Task.Run(() =>
        {
            progress.Report(new AnalysisProgress(1, 19));
            progress.Report(new AnalysisProgress(7, 19));
        });

        zh.WaitForAssertion(() => Assert.Equal("已算完 7 / 19 个年份", zh.Find("[data-testid=moran-computing-count]").TextContent));
        en.WaitForAssertion(() => Assert.Equal("7 / 19 years done", en.Find("[data-testid=moran-computing-count]").TextContent));
        Assert.Empty(en.FindAll(".mud-progress-indeterminate"));
    }

    [Fact]
    public async Task A_card_given_another_progress_follows_only_the_new_one()
    {
        var old = new ComputingProgress();
        var card = Card(Lang.En, old);
        var current = new ComputingProgress();
        card.Render(p => p.Add(c => c.Progress, current));

        await Task.Run(() => old.Report(new AnalysisProgress(3, 19)));
        Assert.Empty(card.FindAll("[data-testid=moran-computing-count]"));
        await Task.Run(() => current.Report(new AnalysisProgress(2, 19)));
        card.WaitForAssertion(() => Assert.Equal("2 / 19 years done", card.Find("[data-testid=moran-computing-count]").TextContent));
    }
}
