namespace AggloDashboard.Web.Tests.Services;

public sealed class UiTextTests
{
    [Fact]
    public void Every_text_exists_in_both_languages()
    {
        Assert.All(UiText.Keys, key =>
        {
            Assert.False(string.IsNullOrWhiteSpace(UiText.Get(Lang.Zh, key)), key);
            Assert.False(string.IsNullOrWhiteSpace(UiText.Get(Lang.En, key)), key);
        });
    }

    [Fact]
    public void An_unknown_key_shows_itself_rather_than_failing() => Assert.Equal("no.such.key", UiText.Get(Lang.En, "no.such.key"));
}
