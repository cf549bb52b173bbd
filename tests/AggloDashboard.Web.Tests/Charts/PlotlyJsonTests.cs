using System.Reflection;
using System.Text.Json;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Charts;
using AggloDashboard.Web.Services;
using Plotly.Blazor;

namespace AggloDashboard.Web.Tests.Charts;

/// <summary>ChartView sends figures as Plotly.Blazor's own interop did, so charts look as they did under it.</summary>
[Collection(DashboardCollection.Name)]
public sealed class PlotlyJsonTests(DashboardFixture fixture)
{
    private DashboardSnapshot S => fixture.Snapshot;

    public static TheoryData<string> Figures => ["map", "bar", "scatter", "static map"];

    private Figure Build(string name) => name switch
    {
        "map" or "static map" => MapFigure.Build(S, S.Catalog.Find(MetricCodes.CouplingD)!, 2015, Lang.En),
        "bar" => RankingFigure.Build(S, S.Catalog.Find(MetricCodes.LqProducerServices)!, 2023, Lang.Zh),
        _ => TrendFigure.Build(S, S.Catalog.Find(MetricCodes.LqManufacturing)!, ["220100", "220200"], 2008, 2012, Lang.En),
    };

    [Theory]
    [MemberData(nameof(Figures))]
    public void A_figure_serializes_to_the_json_plotly_blazor_sends(string name)
    {
        var figure = Build(name);
        var config = name == "static map" ? ChartFormat.StaticConfig() : ChartFormat.Config("chart");

        var ours = PlotlyJson.Figure(figure, config);

        var theirs = PlotlyBlazorJson(figure, config);
        foreach (var part in new[] { "data", "layout", "config" })
        {
            Assert.True(JsonElement.DeepEquals(theirs.GetProperty(part), ours.GetProperty(part)),
                $"{name} {part}:\n{theirs.GetProperty(part)}\n{ours.GetProperty(part)}");
        }
    }

    [Fact]
    public void Nulls_are_left_out_and_names_keep_plotly_spelling()
    {
        var ours = PlotlyJson.Figure(Build("map"), ChartFormat.Config("chart"));

        var trace = ours.GetProperty("data")[0];
        Assert.Equal("choropleth", trace.GetProperty("type").GetString());
        Assert.Equal("properties.code", trace.GetProperty("featureidkey").GetString());
        Assert.False(trace.TryGetProperty("x", out _));
        Assert.True(ours.GetProperty("config").GetProperty("responsive").GetBoolean());
    }

    // What Plotly.Blazor's interop sends for newPlot and react: each part through its internal PrepareJsInterop with
    // its internal serializer options, then through Blazor's JS interop serializer (camel case, which leaves the
    // prepared dictionaries' keys as they are).
    private static JsonElement PlotlyBlazorJson(Figure figure, Config config)
    {
        var assembly = typeof(PlotlyChart).Assembly;
        var options = (JsonSerializerOptions)assembly.GetType("Plotly.Blazor.PlotlyJsInterop")!
            .GetField("SerializerOptions", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        var prepare = assembly.GetType("Plotly.Blazor.Extensions")!
            .GetMethod("PrepareJsInterop", BindingFlags.Public | BindingFlags.Static)!.MakeGenericMethod(typeof(object));
        object? Prepare(object value) => prepare.Invoke(null, [value, options]);

        var sent = new Dictionary<string, object?>
        {
            ["data"] = figure.Data.Select(trace => Prepare(trace)),
            ["layout"] = Prepare(figure.Layout),
            ["config"] = Prepare(config),
        };
        return JsonSerializer.SerializeToElement(sent, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase });
    }
}
