using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Charts;
using AggloDashboard.Web.Services;
using AggloDashboard.Web.Views;
using Plotly.Blazor.Traces;

namespace AggloDashboard.Web.Tests.Charts;

[Collection(DashboardCollection.Name)]
public sealed class CoordinationFiguresTests(DashboardFixture fixture)
{
    private DashboardSnapshot S => fixture.Snapshot;

    [Fact]
    public void Subsystem_bars_give_each_city_its_three_scores_of_the_year()
    {
        var figure = CoordinationFigures.Subsystems(S, 2018, Lang.En);

        var bars = figure.Data.Cast<Bar>().ToArray();
        Assert.Equal(["Innovation input", "Innovation output", "Innovation benefit"], bars.Select(b => b.Name));
        Assert.Contains("Innovation input subsystem", bars[0].HoverTemplate);
        foreach (var (bar, metric) in bars.Zip(CityProfileSummary.Subsystems))
        {
            Assert.Equal(S.Cities.Select(c => c.NameEn), bar.X!.Cast<string>());
            Assert.Equal(S.Cities.Select(c => S.Value(c.Code, 2018, metric)), bar.Y!.Cast<double?>());
        }
    }

    [Fact]
    public void The_heatmap_colours_every_city_year_by_the_class_of_its_D()
    {
        var figure = CoordinationFigures.ClassHeatmap(S, MetricCodes.InnovationD, Lang.En);

        var map = Assert.IsType<HeatMap>(Assert.Single(figure.Data));
        Assert.Equal(S.Years.Count, map.X!.Count);
        Assert.Equal(S.Cities.Count, map.Z!.Count);
        Assert.Equal(-0.5m, map.ZMin);
        Assert.Equal(9.5m, map.ZMax);
        for (var i = 0; i < S.Cities.Count; i++)
        {
            var row = (object?[])map.Z[i];
            var text = (object[])map.Text![i];
            for (var j = 0; j < S.Years.Count; j++)
            {
                var d = S.Value(S.Cities[i].Code, S.Years[j], MetricCodes.InnovationD);
                if (d is { } value)
                {
                    var c = CoordinationClasses.Default.Classify(value);
                    Assert.Equal(c.Index, row[j]);
                    Assert.Equal(value.ToString("0.0000", Lang.En.Culture()) + " · " + c.NameEn, text[j]);
                }
                else
                {
                    Assert.Null(row[j]);
                }
            }
        }
    }

    [Fact]
    public void The_coordination_table_has_C_T_D_and_the_class_of_every_city()
    {
        var rows = CoordinationData.Rows(S, 2020, Lang.Zh);

        Assert.Equal(S.Cities.Count, rows.Count);
        var row = rows.Single(r => r.CityCode == "220100");
        Assert.Equal("长春市", row.CityName);
        Assert.Equal(S.Value("220100", 2020, MetricCodes.InnovationC), row.C);
        Assert.Equal(S.Value("220100", 2020, MetricCodes.InnovationT), row.T);
        Assert.Equal(S.Value("220100", 2020, MetricCodes.InnovationD), row.D);
        Assert.Equal(CoordinationClasses.Default.Classify(row.D!.Value), row.Class);
    }

    [Fact]
    public void Every_weight_is_listed_named_with_its_share_of_the_composite()
    {
        var rows = CoordinationData.Weights(S, Lang.En);

        Assert.Equal(S.Results.Weights.Count, rows.Count);
        foreach (var (row, weight) in rows.Zip(S.Results.Weights))
        {
            Assert.Equal(weight.Weight, row.Weight);
            Assert.Equal(weight.Entropy, row.Entropy);
            Assert.NotEqual(row.IndicatorCode, row.IndicatorName);
        }

        foreach (var composite in rows.GroupBy(r => r.Composite))
        {
            Assert.Equal(100, composite.Sum(r => r.SharePercent), 9);
        }

        var indicator = S.Dataset.Indicators.First(i => i.Subsystem == AggloDashboard.Core.Domain.Subsystem.InnovationInput);
        Assert.Equal(indicator.NameEn, rows.Single(r => r.IndicatorCode == indicator.Code).IndicatorName);
        Assert.Equal("Manufacturing location quotient", rows.Single(r => r.IndicatorCode == MetricCodes.LqManufacturing).IndicatorName);
    }
}
