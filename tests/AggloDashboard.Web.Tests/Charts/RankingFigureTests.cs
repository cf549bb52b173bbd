using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Charts;
using Plotly.Blazor.Traces;

namespace AggloDashboard.Web.Tests.Charts;

[Collection(DashboardCollection.Name)]
public sealed class RankingFigureTests(DashboardFixture fixture)
{
    [Fact]
    public void Bars_run_from_lowest_to_highest_so_the_highest_is_on_top()
    {
        var metric = fixture.Snapshot.Catalog.Find(MetricCodes.LqProducerServices)!;
        var bar = Assert.IsType<Bar>(Assert.Single(RankingFigure.Build(fixture.Snapshot, metric, 2023, Lang.En).Data));

        var values = bar.X!.Cast<double>().ToArray();
        Assert.Equal(values.Order(), values);
        Assert.Equal("Changchun", bar.Y![^1]);
        Assert.Equal(fixture.Snapshot.Value("220100", 2023, metric.Code), values[^1]);
    }

    [Fact]
    public void Coordination_degrees_take_their_class_colours()
    {
        var metric = fixture.Snapshot.Catalog.Find(MetricCodes.CouplingD)!;
        var bar = (Bar)RankingFigure.Build(fixture.Snapshot, metric, 2023, Lang.Zh).Data[0];

        var colors = (IList<object>)bar.Marker!.Color!;
        var top = (double)bar.X![^1];
        Assert.Equal(ChartPalette.Classes[CoordinationClasses.Default.Classify(top).Index], colors[^1]);
        Assert.Equal("长春市", bar.Y![^1]);
    }

    [Fact]
    public void Viridis_colours_span_the_scale() =>
        Assert.Equal(("#440154", "#21918c", "#fde725"), (ViridisColor.At(0), ViridisColor.At(0.5019607843137255), ViridisColor.At(1)));
}
