using AggloDashboard.Core.Analytics;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Charts;
using Plotly.Blazor.Traces;

namespace AggloDashboard.Web.Tests.Charts;

[Collection(DashboardCollection.Name)]
public sealed class SpatialFiguresTests(DashboardFixture fixture)
{
    private AnalyticsResults Default => fixture.Snapshot.Analyses.Analytics.Default;

    private MoranRow[] QueenMoran(string metric) =>
        Default.Moran.Where(m => m.Metric == metric && m.Weights == SpatialWeights.QueenName).OrderBy(m => m.Year).ToArray();

    [Fact]
    public void The_moran_chart_draws_i_and_its_expectation_and_marks_the_significant_years()
    {
        var rows = QueenMoran(MetricCodes.CouplingD);
        var figure = SpatialFigures.Moran(rows, Lang.En);

        var i = (Scatter)figure.Data[0];
        var expected = (Scatter)figure.Data[1];
        Assert.Equal(rows.Select(r => (object)r.Year), i.X);
        Assert.Equal(rows.Select(r => (object)r.Result.I), i.Y);
        Assert.Equal(rows.Select(r => (object)(-1.0 / (r.Result.N - 1))), expected.Y);
        Assert.Equal(rows.Select(r => (object)(r.Result.PseudoP < 0.05 ? SpatialFigures.Significant : SpatialFigures.NotSignificantMarker)),
            (IEnumerable<object>)i.Marker!.Color!);
        Assert.Equal("Moran's I", i.Name);
    }

    [Fact]
    public void Every_lisa_category_gets_its_own_colour_and_each_city_sits_in_its_category_s_trace()
    {
        foreach (var metric in AnalyticsOptions.Default.Metrics)
        {
            foreach (var year in fixture.Snapshot.Years)
            {
                var rows = Default.Lisa.Where(l => l.Metric == metric && l.Year == year).ToArray();
                var figure = SpatialFigures.Lisa(fixture.Snapshot, rows, Lang.En);

                var placed = new List<string>();
                foreach (var trace in figure.Data.Cast<Choropleth>())
                {
                    var color = (string)((object[])((object[])trace.ColorScale!)[0])[1];
                    Assert.Equal(color, (string)((object[])((object[])trace.ColorScale!)[1])[1]);
                    if (color == SpatialFigures.NoLisa)
                    {
                        Assert.DoesNotContain(rows, r => trace.Locations!.Contains(r.Result.Code));
                        continue;
                    }

                    foreach (var code in trace.Locations!.Cast<string>())
                    {
                        var cluster = rows.Single(r => r.Result.Code == code).Result.Cluster;
                        Assert.Equal(SpatialFigures.ColorOf(cluster), color);
                        Assert.Equal(SpatialFigures.ClusterName(cluster, Lang.En), trace.Name);
                        placed.Add(code);
                    }
                }

                Assert.Equal(rows.Select(r => r.Result.Code).Order(), placed.Order());
                Assert.Equal(9, figure.Data.Cast<Choropleth>().Sum(t => t.Locations!.Count));
            }
        }
    }

    [Fact]
    public void The_lisa_colours_are_red_blue_pink_light_blue_and_grey_with_bilingual_names()
    {
        Assert.Equal("#d7191c", SpatialFigures.ColorOf(LisaCluster.HighHigh));
        Assert.Equal("#2c7bb6", SpatialFigures.ColorOf(LisaCluster.LowLow));
        Assert.Equal("#f4a6c8", SpatialFigures.ColorOf(LisaCluster.HighLow));
        Assert.Equal("#abd9e9", SpatialFigures.ColorOf(LisaCluster.LowHigh));
        Assert.Equal("#bdbdbd", SpatialFigures.ColorOf(LisaCluster.NotSignificant));
        Assert.Equal("高—高集聚", SpatialFigures.ClusterName(LisaCluster.HighHigh, Lang.Zh));
        Assert.Equal("Not significant", SpatialFigures.ClusterName(LisaCluster.NotSignificant, Lang.En));
    }

    [Fact]
    public void Cities_without_a_lisa_value_are_drawn_pale_as_no_data()
    {
        var rows = Default.Lisa.Where(l => l.Metric == MetricCodes.CouplingD && l.Year == 2020 && l.Result.Code != "220100").ToArray();
        var figure = SpatialFigures.Lisa(fixture.Snapshot, rows, Lang.En);

        var last = (Choropleth)figure.Data[^1];
        Assert.Equal(["220100"], last.Locations!.Cast<string>());
        Assert.Equal("No data for this year", last.Name);
        Assert.Equal(fixture.Snapshot.BoundaryUrl, last.GeoJson);
    }
}
