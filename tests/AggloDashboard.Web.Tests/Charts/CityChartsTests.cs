using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Charts;
using AggloDashboard.Web.Services;
using AggloDashboard.Web.Views;
using Plotly.Blazor.Traces;

namespace AggloDashboard.Web.Tests.Charts;

[Collection(DashboardCollection.Name)]
public sealed class CityChartsTests(DashboardFixture fixture)
{
    private DashboardSnapshot S => fixture.Snapshot;

    [Fact]
    public void Subsystem_bars_show_the_three_scores_in_the_first_and_the_chosen_year()
    {
        var figure = SubsystemFigure.Build(S, "220300", 2018, Lang.En);

        Assert.Equal(2, figure.Data.Count);
        var bars = figure.Data.Cast<Bar>().ToArray();
        Assert.Equal(["2005", "2018"], bars.Select(b => b.Name));
        Assert.Equal(["Innovation input subsystem", "Innovation output subsystem", "Innovation benefit subsystem"], bars[0].X!.Cast<string>());
        foreach (var (bar, year) in bars.Zip([2005, 2018]))
        {
            Assert.Equal(
                CityProfileSummary.Subsystems.Select(m => S.Value("220300", year, m)),
                bar.Y!.Cast<double?>());
        }
    }

    [Fact]
    public void Subsystem_bars_show_one_year_when_the_chosen_year_is_the_first()
    {
        var figure = SubsystemFigure.Build(S, "220300", S.Years[0], Lang.Zh);

        var bar = Assert.IsType<Bar>(Assert.Single(figure.Data));
        Assert.Equal("创新投入子系统", bar.X![0]);
    }

    [Fact]
    public void Class_strip_has_one_row_per_D_metric_and_the_class_index_of_every_year()
    {
        var figure = ClassStripFigure.Build(S, "220100", Lang.En);

        var strip = Assert.IsType<HeatMap>(Assert.Single(figure.Data));
        Assert.Equal(S.Years, strip.X!.Cast<int>());
        Assert.Equal(["Innovation coordination degree D", "Agglomeration–innovation coordination D"], strip.Y!.Cast<string>());
        string[] metrics = [MetricCodes.InnovationD, MetricCodes.CouplingD];
        for (var r = 0; r < metrics.Length; r++)
        {
            var row = ((IEnumerable<object?>)strip.Z![r]).ToArray();
            var names = ((IEnumerable<object>)strip.CustomData![r]).Cast<string>().ToArray();
            for (var i = 0; i < S.Years.Count; i++)
            {
                var d = S.Value("220100", S.Years[i], metrics[r]);
                var expected = d is { } v ? CoordinationClasses.Default.Classify(v) : null;
                Assert.Equal(expected?.Index, (int?)row[i]);
                if (expected is not null)
                {
                    Assert.StartsWith(expected.NameEn, names[i], StringComparison.Ordinal);
                }
            }
        }
    }
}
