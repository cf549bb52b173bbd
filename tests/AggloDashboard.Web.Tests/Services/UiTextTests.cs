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
    public void An_unknown_key_throws_naming_the_key_unless_missing_keys_are_reported()
    {
        var thrown = Assert.Throws<KeyNotFoundException>(() => UiText.Get(Lang.En, "no.such.key"));
        Assert.Contains("no.such.key", thrown.Message);

        var reported = new List<string>();
        UiText.ReportMissingKeys(reported.Add);
        try
        {
            Assert.Equal("no.such.key", UiText.Get(Lang.Zh, "no.such.key"));
            Assert.Equal(["no.such.key"], reported);
        }
        finally
        {
            UiText.ReportMissingKeys(null);
        }
    }

    [Fact]
    public void Both_gives_Chinese_then_English() =>
        Assert.Equal("登录 · Sign in", UiText.Both("account.signIn", " · "));
}
