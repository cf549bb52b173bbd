using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Charts;
using AggloDashboard.Web.Services;
using AggloDashboard.Web.Views;
using Plotly.Blazor.Traces;

namespace AggloDashboard.Web.Tests.Services;

[Collection(DashboardCollection.Name)]
public sealed class CouplingDataTests(DashboardFixture fixture)
{
    private DashboardSnapshot S => fixture.Snapshot;

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.5)]
    [InlineData(0.7)]
    [InlineData(0.9)]
    public void Iso_line_points_lie_on_their_level_of_D(double level)
    {
        var line = CouplingData.IsoLine(MetricSettings.Default, level);

        Assert.NotEmpty(line);
        Assert.All(line, p =>
        {
            Assert.InRange(p.U2, 0, 1);
            Assert.Equal(level, CouplingData.D(MetricSettings.Default, p.U1, p.U2), 1e-9);
        });
    }

    [Fact]
    public void With_equal_alphas_the_iso_line_is_the_known_curve_U1_U2_equals_D_to_the_fourth()
    {
        // Standard form, n = 2, α = ½: C = 2√(U1 U2)/(U1 + U2), T = (U1 + U2)/2, so D = (U1 U2)^¼.
        Assert.All(CouplingData.IsoLine(MetricSettings.Default, 0.5), p => Assert.Equal(Math.Pow(0.5, 4), p.U1 * p.U2, 1e-9));
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.5)]
    [InlineData(0.7)]
    [InlineData(0.9)]
    public void Iso_lines_follow_the_modified_form(double level)
    {
        var settings = MetricSettings.Default with { CouplingForm = CouplingForm.Modified };
        var line = CouplingData.IsoLine(settings, level);

        Assert.NotEmpty(line);
        Assert.All(line, p => Assert.Equal(level, CouplingData.D(settings, p.U1, p.U2), 1e-9));
    }

    [Fact]
    public void Iso_lines_follow_unequal_alphas()
    {
        var settings = new MetricSettings { CouplingAlphas = [0.7, 0.3] };
        Assert.All(CouplingData.IsoLine(settings, 0.7), p => Assert.Equal(0.7, CouplingData.D(settings, p.U1, p.U2), 1e-9));
    }

    [Fact]
    public void Points_carry_the_snapshot_values_and_the_relative_development_type()
    {
        var points = CouplingData.Points(S, 2019, Lang.En);

        Assert.Equal(S.Cities.Count, points.Count);
        foreach (var p in points)
        {
            var u1 = S.Value(p.CityCode, 2019, MetricCodes.AgglomerationU)!.Value;
            var u2 = S.Value(p.CityCode, 2019, MetricCodes.InnovationT)!.Value;
            Assert.Equal(u1, p.U1);
            Assert.Equal(u2, p.U2);
            Assert.Equal(S.Value(p.CityCode, 2019, MetricCodes.CouplingD), p.D);
            Assert.Equal(RelativeDevelopment.Classify(u1, u2), p.Type);
        }
    }

    [Fact]
    public void The_rule_reads_as_the_tolerance_in_use()
    {
        Assert.Equal("|U1 − U2| ≤ 0.1", CouplingData.Rule(MetricSettings.Default));
        Assert.Equal("|U1 − U2| ≤ 0.05", CouplingData.Rule(new MetricSettings { RelativeDevelopmentTolerance = 0.05 }));
    }

    [Fact]
    public void The_synchronous_band_is_the_strip_within_the_tolerance_of_the_diagonal()
    {
        var band = CouplingData.SynchronousBand(0.1);
        Assert.Equal(band[0], band[^1]);
        Assert.All(band, p => Assert.True(Math.Abs(p.U1 - p.U2) <= 0.1 + 1e-12));
    }

    [Fact]
    public void The_scatter_draws_the_band_the_iso_lines_and_the_cities_in_their_class_colours()
    {
        var iso = S.Analyses.IsoLines;
        var figure = CouplingFigures.Scatter(S, 2023, Lang.En, iso);

        Assert.Equal(1 + CouplingData.IsoLevels.Length + 1, figure.Data.Count);
        Assert.Equal(Plotly.Blazor.Traces.ScatterLib.FillEnum.ToSelf, ((Scatter)figure.Data[0]).Fill);
        var cities = (Scatter)figure.Data[^1];
        var points = CouplingData.Points(S, 2023, Lang.En);
        Assert.Equal(points.Select(p => p.U1), cities.X!.Cast<double>());
        Assert.Equal(points.Select(p => p.U2), cities.Y!.Cast<double>());
        Assert.Equal(points.Select(p => ChartPalette.Classes[CoordinationClasses.Default.Classify(p.D!.Value).Index]), cities.Marker!.ColorArray!.Cast<string>());
        Assert.Same(iso, S.Analyses.IsoLines);
    }

    [Fact]
    public void The_gap_chart_and_reading_use_the_aggregates_and_the_overview_trend()
    {
        var figure = CouplingFigures.Gap(S, MetricCodes.CouplingD, Lang.En);
        var cv = (Scatter)figure.Data[0];
        Assert.Equal(S.Years.Select(y => S.Aggregate(y, "cv.couple.d")), cv.Y!.Cast<double?>());
        Assert.Equal(S.Years.Select(y => S.Aggregate(y, "gini.couple.d")), ((Scatter)figure.Data[2]).Y!.Cast<double?>());

        var trend = OverviewSummary.Trend(S, "cv.couple.d", 2023)!.Value;
        var en = CouplingData.GapReading(S, MetricCodes.CouplingD, 2023, Lang.En);
        Assert.StartsWith("From 2005 to 2023, the gap in Agglomeration–innovation coordination D between the cities: CV ", en);
        Assert.EndsWith("the gap is " + UiText.Get(Lang.En, "reading.trend." + OverviewSummary.TrendKey(trend)) + ".", en);
        Assert.Contains(S.Aggregate(2023, "theil.couple.d")!.Value.ToString("0.000", Lang.En.Culture()), en);
        Assert.Contains("泰尔指数", CouplingData.GapReading(S, MetricCodes.CouplingD, 2023, Lang.Zh));
    }
}
