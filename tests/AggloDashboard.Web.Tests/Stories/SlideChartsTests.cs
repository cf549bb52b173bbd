using AggloDashboard.Data.Stories;
using AggloDashboard.Web.Services;
using AggloDashboard.Web.Views;
using Plotly.Blazor.Traces;

namespace AggloDashboard.Web.Tests.Stories;

[Collection(DashboardCollection.Name)]
public sealed class SlideChartsTests(DashboardFixture fixture)
{
    private readonly SlideCharts _charts = new(fixture.Data);

    public static TheoryData<string> Pages() => new([.. StoryPages.Paths, "/city/220100"]);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_a_story_can_show_gives_large_charts_and_a_title(string path)
    {
        var content = await _charts.BuildAsync(new StoryView(path, ""), Lang.En, null, CancellationToken.None);

        Assert.NotEmpty(content.Title);
        Assert.NotEmpty(content.Charts);
        Assert.All(content.Charts, c => Assert.Null(c.Figure.Layout.Height));
        Assert.All(content.Charts, c => Assert.Equal(SlideCharts.FontSize, c.Figure.Layout.Font!.Size));
        Assert.Equal(content.Charts.Count, content.Charts.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public async Task The_year_animation_replaces_the_views_year_on_year_dependent_slides_only()
    {
        var map = await _charts.BuildAsync(new StoryView("/map", "metric=couple.d&year=2010"), Lang.En, 2015, CancellationToken.None);
        Assert.Equal(2015, map.Year);
        Assert.Equal(fixture.Snapshot.Years, map.Years);
        Assert.IsType<Choropleth>(map.Charts[0].Figure.Data[0]);

        var trend = await _charts.BuildAsync(new StoryView("/trends", "metric=innov.d&cities=220100"), Lang.En, 2015, CancellationToken.None);
        Assert.Null(trend.Year);
        Assert.Equal(["Changchun", "Mean of cities"], trend.Charts[0].Figure.Data.Cast<Scatter>().Select(t => t.Name));
    }
}
