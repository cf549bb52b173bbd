using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Charts;
using AggloDashboard.Web.Services;
using AggloDashboard.Web.Views;
using Plotly.Blazor.Traces;

namespace AggloDashboard.Web.Tests.Charts;

[Collection(DashboardCollection.Name)]
public sealed class TrendFigureTests(DashboardFixture fixture)
{
    private DashboardSnapshot S => fixture.Snapshot;

    private MetricInfo Metric(string code) => S.Catalog.Find(code)!;

    [Fact]
    public void Draws_one_line_per_city_with_the_snapshots_values_and_the_mean_of_cities_last()
    {
        string[] cities = ["220200", "220100"];
        var figure = TrendFigure.Build(S, Metric(MetricCodes.LqManufacturing), cities, 2008, 2012, Lang.En);

        Assert.Equal(3, figure.Data.Count);
        for (var i = 0; i < cities.Length; i++)
        {
            var trace = Assert.IsType<Scatter>(figure.Data[i]);
            Assert.Equal(S.CityName(cities[i], Lang.En), trace.Name);
            Assert.Equal([2008, 2009, 2010, 2011, 2012], trace.X!.Cast<int>());
            Assert.Equal(Enumerable.Range(2008, 5).Select(y => S.Value(cities[i], y, MetricCodes.LqManufacturing)), trace.Y!.Cast<double?>());
            Assert.Contains(S.CityName(cities[i], Lang.En), trace.HoverTemplate, StringComparison.Ordinal);
        }

        var mean = Assert.IsType<Scatter>(figure.Data[2]);
        Assert.Equal("Mean of cities", mean.Name);
        Assert.Equal("dash", mean.Line!.Dash);
        Assert.Equal(ChartPalette.Reference, mean.Line.Color);
        var expected = Enumerable.Range(2008, 5)
            .Select(y => S.Cities.Select(c => S.Value(c.Code, y, MetricCodes.LqManufacturing)).Where(v => v is not null).Average()).ToArray();
        Assert.Equal(expected.Length, mean.Y!.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i]!.Value, (double)mean.Y[i]!, 12);
        }
    }

    [Fact]
    public void Colours_each_city_by_its_position_in_the_dataset()
    {
        var figure = TrendFigure.Build(S, Metric(MetricCodes.CouplingD), ["222400", "220300"], 2005, 2023, Lang.Zh);

        Assert.Equal(ChartPalette.City(8), ((Scatter)figure.Data[0]).Line!.Color);
        Assert.Equal(ChartPalette.City(2), ((Scatter)figure.Data[1]).Line!.Color);
        Assert.Equal("延边朝鲜族自治州", ((Scatter)figure.Data[0]).Name);
        Assert.Equal("各市平均", ((Scatter)figure.Data[2]).Name);
    }

    [Fact]
    public void Small_multiples_give_each_city_its_own_subplot_with_the_reference_line_and_a_shared_y_range()
    {
        var cities = S.Cities.Select(c => c.Code).ToArray();
        var figure = TrendFigure.Build(S, Metric(MetricCodes.InnovationT), cities, 2005, 2023, Lang.En, smallMultiples: true);

        Assert.Equal(2 * cities.Length, figure.Data.Count);
        var axes = figure.Data.Cast<Scatter>().Select(t => t.YAxis).Distinct().ToArray();
        Assert.Equal(cities.Length, axes.Length);
        for (var k = 0; k < cities.Length; k++)
        {
            var city = (Scatter)figure.Data[2 * k];
            var mean = (Scatter)figure.Data[2 * k + 1];
            Assert.Equal(S.CityName(cities[k], Lang.En), city.Name);
            Assert.Equal("Mean of cities", mean.Name);
            Assert.Equal(city.XAxis, mean.XAxis);
            Assert.Equal(city.YAxis, mean.YAxis);
        }

        Assert.Equal(cities.Length, figure.Layout.YAxis!.Count);
        var first = figure.Layout.YAxis[0].Range!;
        Assert.All(figure.Layout.YAxis, y => Assert.Equal(first, y.Range));
        Assert.Equal(3, figure.Layout.Grid!.Columns);
        Assert.Equal(3, figure.Layout.Grid.Rows);
        Assert.Equal(cities.Length, figure.Layout.Annotations!.Count);
        Assert.Equal(1, figure.Data.Cast<Scatter>().Count(t => t.ShowLegend == true));
    }

    [Fact]
    public void The_shared_y_range_holds_every_value_and_the_mean()
    {
        var years = TrendData.YearsBetween(S, 2005, 2023);
        var series = TrendData.Series(S, MetricCodes.Coagglomeration, ["220100", "220600"], years);
        var mean = TrendData.MeanOfCities(S, MetricCodes.Coagglomeration, years);

        var (lo, hi) = TrendFigure.YRange(series, mean);

        var all = series.SelectMany(s => s.Values).Concat(mean).OfType<double>().ToArray();
        Assert.True(lo < all.Min());
        Assert.True(hi > all.Max());
    }

    [Fact]
    public void Shades_the_coordination_classes_behind_D_metrics_only()
    {
        var d = TrendFigure.Build(S, Metric(MetricCodes.InnovationD), ["220100"], 2005, 2023, Lang.En);
        var lq = TrendFigure.Build(S, Metric(MetricCodes.LqManufacturing), ["220100"], 2005, 2023, Lang.En);

        Assert.NotEmpty(d.Layout.Shapes!);
        Assert.Empty(lq.Layout.Shapes!);
    }

    [Fact]
    public void Class_bands_cover_exactly_the_classes_the_range_passes_through()
    {
        var bands = TrendFigure.ClassBands(0.35, 0.62, "x domain", "y", CoordinationClasses.Default);

        Assert.Equal(["mild disorder", "on the verge of disorder", "barely coordinated", "primary coordination"], bands.Select(b => b.Name));
        Assert.Equal(0.35, (double)bands[0].Y0!);
        Assert.Equal(0.62, (double)bands[^1].Y1!, 12);
        Assert.Equal(ChartPalette.Classes[3], bands[0].FillColor);
    }
}
