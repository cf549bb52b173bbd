using System.Text.RegularExpressions;

namespace AggloDashboard.Web.Tests.Services;

public sealed partial class UiTextPlaceholderTests
{
    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [Fact]
    public void Both_languages_of_a_text_take_the_same_placeholders()
    {
        Assert.All(UiText.Keys, key =>
        {
            var zh = Placeholder().Matches(UiText.Get(Lang.Zh, key)).Select(m => m.Value).Distinct().Order();
            var en = Placeholder().Matches(UiText.Get(Lang.En, key)).Select(m => m.Value).Distinct().Order();
            Assert.True(zh.SequenceEqual(en), key);
        });
    }
}
