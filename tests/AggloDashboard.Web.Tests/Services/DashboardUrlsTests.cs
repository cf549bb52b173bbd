using AggloDashboard.Web.Services;

namespace AggloDashboard.Web.Tests.Services;

public sealed class DashboardUrlsTests
{
    [Fact]
    public void Every_page_keeps_its_state_in_the_query_string()
    {
        var q = new DashboardQuery(2015, "couple.d", ["220100", "220200"], Lang.En);
        Assert.Equal("/?year=2015&metric=couple.d&cities=220100,220200&lang=en", DashboardUrls.Overview(q));
        Assert.Equal("/map?year=2015&metric=couple.d&cities=220100,220200&lang=en", DashboardUrls.Map(q));
        Assert.Equal("/city/220100?year=2015&metric=couple.d&cities=220100,220200&lang=en", DashboardUrls.City("220100", q));
        Assert.Equal("/trends?year=2015&metric=couple.d&cities=220100,220200&lang=en&from=2006&to=2020&multiples=1",
            DashboardUrls.Trends(q, 2006, 2020, smallMultiples: true));
    }

    [Fact]
    public void Defaults_are_left_out_except_the_language()
    {
        Assert.Equal("/?lang=zh", DashboardUrls.Overview(new DashboardQuery()));
    }

    [Fact]
    public void Switching_language_keeps_the_rest_of_the_state()
    {
        var url = DashboardUrls.SwitchLanguage("http://localhost:5000/map?year=2010&metric=coagg&lang=zh", Lang.En);
        Assert.Equal("/map?year=2010&metric=coagg&lang=en", url);
        Assert.Equal("/trends?lang=zh", DashboardUrls.SwitchLanguage("http://localhost:5000/trends", Lang.Zh));
    }

    [Theory]
    [InlineData(null, new string[0])]
    [InlineData("", new string[0])]
    [InlineData("220100, 220200,,220100", new[] { "220100", "220200" })]
    public void City_lists_parse_forgivingly(string? text, string[] expected) =>
        Assert.Equal(expected, DashboardQuery.ParseCities(text));

    [Theory]
    [InlineData("en", Lang.En)]
    [InlineData("EN", Lang.En)]
    [InlineData("zh", Lang.Zh)]
    [InlineData(null, Lang.Zh)]
    [InlineData("fr", Lang.Zh)]
    public void Chinese_is_the_default_language(string? code, Lang lang) => Assert.Equal(lang, LangCodes.Parse(code));
}
