using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Charts;
using AggloDashboard.Web.Services;
using Plotly.Blazor.Traces;

namespace AggloDashboard.Web.Tests.Charts;

[Collection(DashboardCollection.Name)]
public sealed class MapFigureTests(DashboardFixture fixture)
{
    private DashboardSnapshotView S => new(fixture.Snapshot);

    [Fact]
    public void A_continuous_metric_colours_every_city_by_its_value_on_the_all_years_range()
    {
        var metric = S.Metric(MetricCodes.LqProducerServices);
        var figure = MapFigure.Build(fixture.Snapshot, metric, 2015, Lang.Zh);

        var trace = Assert.IsType<Choropleth>(figure.Data[0]);
        Assert.Equal(fixture.Snapshot.Cities.Select(c => (object)c.Code), trace.Locations);
        Assert.Equal(fixture.Snapshot.Cities.Select(c => (object)fixture.Snapshot.Value(c.Code, 2015, metric.Code)!.Value), trace.Z);
        var (min, max) = fixture.Snapshot.Range(metric.Code);
        Assert.Equal((decimal)min, trace.ZMin);
        Assert.Equal((decimal)max, trace.ZMax);
        Assert.Equal(ChartPalette.Sequential, trace.ColorScale);
        Assert.Equal(fixture.Snapshot.BoundaryUrl, trace.GeoJson);
        Assert.Equal("properties.code", trace.FeatureIdKey);
    }

    [Fact]
    public void Coordination_degrees_are_drawn_as_the_ten_classes_with_bilingual_names()
    {
        var metric = S.Metric(MetricCodes.CouplingD);
        var zh = (Choropleth)MapFigure.Build(fixture.Snapshot, metric, 2023, Lang.Zh).Data[0];
        var en = (Choropleth)MapFigure.Build(fixture.Snapshot, metric, 2023, Lang.En).Data[0];

        var changchun = zh.Locations!.IndexOf("220100");
        var d = fixture.Snapshot.Value("220100", 2023, metric.Code)!.Value;
        Assert.Equal(CoordinationClasses.Default.Classify(d).Index, zh.Z![changchun]);
        Assert.Equal(-0.5m, zh.ZMin);
        Assert.Equal(9.5m, zh.ZMax);
        Assert.Equal(10, zh.ColorBar!.TickText!.Count);
        Assert.Equal("极度失调", zh.ColorBar.TickText[0]);
        Assert.Equal("quality coordination", en.ColorBar!.TickText![9]);
    }

    [Fact]
    public void Cities_without_a_value_are_drawn_by_the_grey_no_data_trace()
    {
        // Baishan's 2005 technology-contract turnover is missing in the seed, so it has no innovation D that year.
        var figure = MapFigure.Build(fixture.Snapshot, S.Metric(MetricCodes.InnovationD), 2005, Lang.En);

        Assert.Equal(2, figure.Data.Count);
        var main = (Choropleth)figure.Data[0];
        var missing = (Choropleth)figure.Data[1];
        Assert.Equal(main.Locations, missing.Locations);
        var baishan = main.Locations!.IndexOf("220600");
        Assert.Equal([baishan], Drawn(missing));
        Assert.Equal("No data for this year", missing.Name);
        Assert.DoesNotContain(baishan, Drawn(main));
        Assert.Equal(main.Locations.Count - 1, Drawn(main).Count);
    }

    [Fact]
    public void Two_years_of_one_metric_differ_only_in_the_step_values()
    {
        var metric = S.Metric(MetricCodes.InnovationD);
        var y2005 = MapFigure.Build(fixture.Snapshot, metric, 2005, Lang.Zh);
        var y2023 = MapFigure.Build(fixture.Snapshot, metric, 2023, Lang.Zh);

        Assert.Equal(y2005.Step!.Shape, y2023.Step!.Shape);
        Assert.Equal(["text", "z"], y2023.Step.Attributes.Keys.Order());
        var (main, missing) = ((Choropleth)y2023.Data[0], (Choropleth)y2023.Data[1]);
        Assert.Equal(main.Z, (IEnumerable<object>)y2023.Step.Attributes["z"][0]);
        Assert.Equal(missing.Z, (IEnumerable<object>)y2023.Step.Attributes["z"][1]);
        Assert.Equal(main.TextArray, (IEnumerable<string>)y2023.Step.Attributes["text"][0]);
        Assert.Equal(main.Locations, ((Choropleth)y2005.Data[0]).Locations);
        Assert.Equal(main.CustomData, ((Choropleth)y2005.Data[0]).CustomData);
        Assert.Equal(main.HoverTemplate, ((Choropleth)y2005.Data[0]).HoverTemplate);

        var changchun = main.Locations!.IndexOf("220100");
        var d = fixture.Snapshot.Value("220100", 2023, metric.Code)!.Value;
        Assert.Equal(ChartFormat.Value(d, Lang.Zh.Culture()) + "<br>" + CoordinationClasses.Default.Classify(d).NameZh, main.TextArray![changchun]);
    }

    [Fact]
    public void Another_metric_language_or_colour_range_is_another_shape()
    {
        var shape = MapFigure.Build(fixture.Snapshot, S.Metric(MetricCodes.Coagglomeration), 2010, Lang.Zh).Step!.Shape;

        Assert.NotEqual(shape, MapFigure.Build(fixture.Snapshot, S.Metric(MetricCodes.LqManufacturing), 2010, Lang.Zh).Step!.Shape);
        Assert.NotEqual(shape, MapFigure.Build(fixture.Snapshot, S.Metric(MetricCodes.Coagglomeration), 2010, Lang.En).Step!.Shape);
    }

    private static List<int> Drawn(Choropleth trace) => trace.Z!.Select((z, i) => (z, i)).Where(p => p.z is not null).Select(p => p.i).ToList();

    [Fact]
    public void The_view_fits_the_cities_with_no_base_map_in_a_fixed_height()
    {
        var figure = MapFigure.Build(fixture.Snapshot, S.Metric(MetricCodes.CouplingD), 2023, Lang.Zh);
        var geo = Assert.Single(figure.Layout.Geo!);
        Assert.Equal(Plotly.Blazor.LayoutLib.GeoLib.FitBoundsEnum.Locations, geo.FitBounds);
        Assert.False(geo.Visible);
        Assert.Equal(MapFigure.Height, figure.Layout.Height);
        Assert.Equal(fixture.Snapshot.BoundaryUrl, ((Choropleth)figure.Data[0]).GeoJson);
    }

    [Fact]
    public void Base_map_topojson_is_asked_of_the_app_never_of_a_cdn()
    {
        Assert.Equal("/topojson/", Web.Charts.ChartFormat.Config("x").TopoJsonUrl);
        var stub = Path.Combine(AppContext.BaseDirectory, "wwwroot-assets", "topojson", "world_110m.json");
        Assert.True(File.Exists(stub), stub);
        Assert.Contains("\"Topology\"", File.ReadAllText(stub));
    }

    [Fact]
    public async Task Class_colours_follow_the_class_bounds_in_use()
    {
        var shifted = new CoordinationClasses([0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 1.0]);
        var snapshot = await fixture.Data.GetCurrentAsync(MetricSettings.Default with { ClassThresholds = shifted });
        var metric = snapshot.Catalog.Find(MetricCodes.CouplingD)!;

        var map = (Choropleth)MapFigure.Build(snapshot, metric, 2023, Lang.En).Data[0];
        var bars = (Bar)RankingFigure.Build(snapshot, metric, 2023, Lang.En).Data[0];

        var values = snapshot.ValuesFor(MetricCodes.CouplingD, 2023).Select(v => v.Value!.Value).ToArray();
        Assert.Equal(values.Select(v => (object)shifted.Classify(v).Index), map.Z!);
        Assert.Equal(values.Order().Select(v => (object)ChartPalette.Classes[shifted.Classify(v).Index]), (IEnumerable<object>)bars.Marker!.Color!);
        Assert.NotEqual(values.Select(v => CoordinationClasses.Default.Classify(v).Index), values.Select(v => shifted.Classify(v).Index));
    }
}

/// <summary>Small conveniences over the snapshot for chart tests.</summary>
internal sealed record DashboardSnapshotView(Web.Services.DashboardSnapshot Snapshot)
{
    public Web.Services.MetricInfo Metric(string code) => Snapshot.Catalog.Find(code) ?? throw new ArgumentException(code);
}
