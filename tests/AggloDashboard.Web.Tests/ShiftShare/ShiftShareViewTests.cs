using AggloDashboard.Core.ShiftShare;
using AggloDashboard.Web.Readings;
using AggloDashboard.Web.Services;
using AggloDashboard.Web.Views;

namespace AggloDashboard.Web.Tests.ShiftShare;

[Collection(DashboardCollection.Name)]
public sealed class ShiftShareViewTests(DashboardFixture fixture)
{
    [Fact]
    public void Defaults_to_static_from_the_first_to_the_last_year_for_every_city()
    {
        var view = ShiftShareView.Resolve(fixture.Snapshot, null, null, null, null, Lang.En);

        Assert.Equal((2005, 2023, ShiftShareMethod.Static), (view.From, view.To, view.Method));
        Assert.Null(view.Problem);
        Assert.Equal(fixture.Snapshot.Cities.Select(c => c.Code), view.Cities.Select(c => c.RegionCode));
    }

    [Fact]
    public void Chosen_cities_are_shown_against_the_reference_of_every_city()
    {
        var view = ShiftShareView.Resolve(fixture.Snapshot, 2010, 2020, "dynamic", "220200,220100", Lang.En);
        var all = ShiftShareAnalyses.For(fixture.Snapshot).Result(ShiftShareMethod.Dynamic, 2010, 2020);

        Assert.Equal(ShiftShareMethod.Dynamic, view.Method);
        Assert.Equal(["220200", "220100"], view.Cities.Select(c => c.RegionCode));
        Assert.Same(all, view.Result);
    }

    [Theory]
    [InlineData(1990, 2020, "1990 or 2020 is not a year of the data (2005–2023).", "1990 或 2020 不是数据中的年份（2005–2023）。")]
    [InlineData(2020, 2010, "The base year 2020 must be before the end year 2010.", "起始年 2020 必须早于截止年 2010。")]
    [InlineData(2015, 2015, "The base year 2015 must be before the end year 2015.", "起始年 2015 必须早于截止年 2015。")]
    public void Unusable_years_give_a_message_in_the_language_and_no_result(int from, int to, string en, string zh)
    {
        var view = ShiftShareView.Resolve(fixture.Snapshot, from, to, null, null, Lang.En);

        Assert.Null(view.Result);
        Assert.Empty(view.Cities);
        Assert.Equal(en, view.Problem);
        Assert.Equal(zh, ShiftShareView.Resolve(fixture.Snapshot, from, to, null, null, Lang.Zh).Problem);
    }

    [Fact]
    public void Warnings_name_the_city_the_sector_and_the_year()
    {
        ShiftShareWarning[] warnings =
        [
            new(ShiftShareWarningKind.CityLeftOut, "220800", 2005, 2023, 2023, "emp.ps.it"),
            new(ShiftShareWarningKind.ZeroBaseSector, "220100", 2005, 2023, 2005, "emp.manufacturing"),
        ];

        var lines = ShiftShareText.Warnings(fixture.Snapshot, warnings, Lang.En);

        Assert.Equal(
        [
            "Left out for a missing sector value: Baicheng (Information transmission, software and IT services employment 2023)",
            "Sectors with no employment in the base year (their growth is in no component): Changchun (Manufacturing employment 2005)",
        ], lines);
        Assert.StartsWith("缺少行业就业数据、未参与分解的城市： 白城市", ShiftShareText.Warnings(fixture.Snapshot, warnings, Lang.Zh)[0]);
    }
}
