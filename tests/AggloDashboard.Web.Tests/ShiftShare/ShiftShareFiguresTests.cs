using AggloDashboard.Core.ShiftShare;
using AggloDashboard.Web.Charts;
using AggloDashboard.Web.Services;
using Plotly.Blazor.Traces;

namespace AggloDashboard.Web.Tests.ShiftShare;

[Collection(DashboardCollection.Name)]
public sealed class ShiftShareFiguresTests(DashboardFixture fixture)
{
    private ShiftShareResult Static => ShiftShareAnalyses.For(fixture.Snapshot).Result(ShiftShareMethod.Static, 2005, 2023);

    [Fact]
    public void Bars_stack_the_three_components_per_city_with_the_largest_growth_on_top_and_mark_the_growth()
    {
        var figure = ShiftShareFigures.Components(fixture.Snapshot, Static.Cities, Lang.En);
        var ranked = Static.Cities.OrderBy(c => c.Total.Growth).ToArray();

        Assert.Equal(4, figure.Data.Count);
        var bars = figure.Data.Take(3).Cast<Bar>().ToArray();
        Assert.Equal(["Reference share", "Industry mix", "Competitive effect"], bars.Select(b => b.Name));
        Assert.Equal(ranked.Select(c => (object)c.Total.ReferenceShare), bars[0].X);
        Assert.Equal(ranked.Select(c => (object)c.Total.Competitive), bars[2].X);
        Assert.Equal(ranked.Select(c => (object)fixture.Snapshot.CityName(c.RegionCode, Lang.En)), bars[0].Y);
        var growth = Assert.IsType<Scatter>(figure.Data[3]);
        Assert.Equal(ranked.Select(c => (object)c.Total.Growth), growth.X);
        Assert.Equal(Plotly.Blazor.LayoutLib.BarModeEnum.Relative, figure.Layout.BarMode);
        Assert.Equal("参照增长份额", ShiftShareFigures.Components(fixture.Snapshot, Static.Cities, Lang.Zh).Data[0] is Bar b ? b.Name : null);
    }

    [Fact]
    public void With_many_cities_the_bars_show_the_largest_and_smallest_changes()
    {
        var many = Enumerable.Range(0, 367).Select(i => new CityShiftShare($"{100000 + i}", ShiftShareTerms.Zero with { Growth = i }, [])).ToArray();

        var shown = ShiftShareFigures.Shown(many);

        Assert.Equal(ShiftShareFigures.MaxBars, shown.Count);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => 366.0 - i).Concat(Enumerable.Range(0, 20).Select(i => 19.0 - i)),
            shown.Select(c => c.Total.Growth));
        Assert.Same(Static.Cities, ShiftShareFigures.Shown(Static.Cities));
    }

    [Fact]
    public void The_heatmap_holds_each_sector_s_competitive_effect_per_city_centred_on_zero()
    {
        var figure = ShiftShareFigures.CompetitiveHeatmap(fixture.Snapshot, Static, Static.Cities, Lang.En);
        var heatmap = Assert.IsType<HeatMap>(Assert.Single(figure.Data));
        var rows = heatmap.Z.Cast<double[]>().ToArray();

        Assert.Equal(Static.Sectors.Count, rows.Length);
        Assert.Equal(Static.Cities.Select(c => c.Sectors[0].Competitive), rows[0]);
        Assert.Equal(0m, heatmap.ZMid);
        Assert.Equal("Manufacturing employment", heatmap.Y[0]);
        Assert.Equal(9, heatmap.X.Count);
    }

    [Fact]
    public void A_city_s_figure_has_its_total_and_each_sector()
    {
        var city = Static.City("220100")!;
        var figure = ShiftShareFigures.City(fixture.Snapshot, Static, city, Lang.En);

        var industryMix = (Bar)figure.Data[1];
        Assert.Equal(new[] { city.Total }.Concat(city.Sectors).Select(t => (object)t.IndustryMix), industryMix.Y);
        Assert.Equal("Total", industryMix.X[0]);
        Assert.Equal(1 + Static.Sectors.Count, industryMix.X.Count);
    }

    [Fact]
    public void The_core_periphery_chart_draws_both_quotients_against_the_distance()
    {
        CorePeripheryPoint[] points = [new("220100", "220100", 0, 0.1, -0.2), new("220200", "220100", 95, 0.3, 0.05)];

        var figure = ShiftShareFigures.CorePeriphery(fixture.Snapshot, points, 2005, 2023, Lang.En);

        var traces = figure.Data.Cast<Scatter>().ToArray();
        Assert.Equal(["Manufacturing LQ", "Producer-services LQ"], traces.Select(t => t.Name));
        Assert.Equal([0.0, 95.0], traces[0].X.Cast<double>());
        Assert.Equal([0.1, 0.3], traces[0].Y.Cast<double>());
        Assert.Equal([-0.2, 0.05], traces[1].Y.Cast<double>());
        Assert.Equal(["Changchun", "Jilin"], traces[0].TextArray);
        Assert.Equal("Change in the location quotient (2005–2023)", figure.Layout.YAxis[0].Title.Text);
    }
}
