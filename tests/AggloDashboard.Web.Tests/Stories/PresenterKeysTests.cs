using AggloDashboard.Web.Services;

namespace AggloDashboard.Web.Tests.Stories;

public sealed class PresenterKeysTests
{
    [Theory]
    [InlineData("ArrowRight", PresenterAction.Next)]
    [InlineData("PageDown", PresenterAction.Next)]
    [InlineData("ArrowLeft", PresenterAction.Previous)]
    [InlineData("PageUp", PresenterAction.Previous)]
    [InlineData(" ", PresenterAction.TogglePlay)]
    [InlineData("Escape", PresenterAction.Leave)]
    [InlineData("a", PresenterAction.None)]
    [InlineData("Enter", PresenterAction.None)]
    [InlineData(null, PresenterAction.None)]
    public void Maps_keys_to_actions(string? key, PresenterAction action) => Assert.Equal(action, PresenterKeys.For(key));

    private static readonly StoryView Map = new("/map", "metric=lq.producer_services&year=2023");

    [Fact]
    public void Next_and_previous_step_through_a_story_and_stop_at_its_ends()
    {
        var middle = new PresenterPosition(7, 2, 3, Map, Lang.En);
        Assert.Equal("/present?story=7&slide=3&lang=en", middle.Target(PresenterAction.Next));
        Assert.Equal("/present?story=7&slide=1&lang=en", middle.Target(PresenterAction.Previous));

        Assert.Null((middle with { Slide = 3 }).Target(PresenterAction.Next));
        Assert.Null((middle with { Slide = 1 }).Target(PresenterAction.Previous));
        Assert.Null(middle.Target(PresenterAction.TogglePlay));
    }

    [Fact]
    public void Leaving_opens_the_slides_page_in_the_presenters_language()
    {
        Assert.Equal("/map?metric=lq.producer_services&year=2023&lang=zh", new PresenterPosition(7, 1, 3, Map, Lang.Zh).Target(PresenterAction.Leave));
        Assert.Equal("/map?metric=lq.producer_services&year=2023&lang=en", new PresenterPosition(null, 1, 1, Map, Lang.En).Target(PresenterAction.Leave));
    }

    [Fact]
    public void A_single_view_has_no_next_or_previous_slide()
    {
        var single = new PresenterPosition(null, 1, 1, Map, Lang.En);
        Assert.Null(single.Target(PresenterAction.Next));
        Assert.Null(single.Target(PresenterAction.Previous));
    }

    [Theory]
    [InlineData("http://localhost/map?metric=couple.d&lang=en&year=2010", "/map", "metric=couple.d&year=2010")]
    [InlineData("/trends?lang=zh", "/trends", "")]
    [InlineData("/city/220100?metric=innov.d", "/city/220100", "metric=innov.d")]
    public void A_view_is_a_dashboard_page_and_its_query_without_the_language(string url, string path, string query) =>
        Assert.Equal(new StoryView(path, query), StoryView.Parse(url));

    [Theory]
    [InlineData("/stories")]
    [InlineData("/present?story=1")]
    [InlineData("/import")]
    [InlineData("")]
    public void Pages_that_are_not_views_cannot_be_saved(string url) => Assert.Null(StoryView.Parse(url));
}
