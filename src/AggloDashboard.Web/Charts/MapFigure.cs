using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Services;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ChoroplethLib;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.LayoutLib.GeoLib;

namespace AggloDashboard.Web.Charts;

/// <summary>
/// The province map of one metric in one year: a choropleth trace over the boundary file (fetched once by URL,
/// never sent through the circuit), coloured on the metric's all-years range or by coordination class for D, and a
/// grey trace for cities without a value. An SVG map on a hidden geo subplot: a year step restyles nine paths
/// (about 20 ms in software rendering, against about 190 ms for the WebGL choroplethmap) and exports as true SVG.
/// </summary>
public static class MapFigure
{
    public const string CityIdKey = "properties.code";

    /// <summary>The map's height in pixels; the geo subplot fits the boundaries into it.</summary>
    public const int Height = 460;

    public static Figure Build(DashboardSnapshot snapshot, MetricInfo metric, int year, Lang lang)
    {
        var values = snapshot.ValuesFor(metric.Code, year);
        var present = values.Where(v => v.Value is not null).ToArray();
        var missing = values.Where(v => v.Value is null).ToArray();
        var culture = lang.Culture();
        var classes = snapshot.Results.Settings.ClassThresholds;

        var main = new Choropleth
        {
            Name = metric.Name(lang),
            GeoJson = snapshot.BoundaryUrl,
            FeatureIdKey = CityIdKey,
            Locations = present.Select(v => (object)v.City.Code).ToList(),
            CustomData = present.Select(v => (object)new object[]
            {
                lang.Pick(v.City.NameZh, v.City.NameEn),
                ChartFormat.Value(v.Value!.Value, culture),
                ClassName(classes, v.Value.Value, lang),
            }).ToList(),
            HoverTemplate = "<b>%{customdata[0]}</b><br>" + metric.Name(lang) + ": %{customdata[1]}" +
                            (metric.Scale == MetricScale.CoordinationClasses ? "<br>%{customdata[2]}" : "") + "<extra></extra>",
            Marker = new Marker { Line = new Plotly.Blazor.Traces.ChoroplethLib.MarkerLib.Line { Color = "#ffffff", Width = 1 } },
        };

        if (metric.Scale == MetricScale.CoordinationClasses)
        {
            main.Z = present.Select(v => (object)classes.Classify(Math.Clamp(v.Value!.Value, 0, 1)).Index).ToList();
            main.ColorScale = ChartPalette.ClassColorScale();
            main.ZMin = -0.5m;
            main.ZMax = 9.5m;
            main.ColorBar = new ColorBar
            {
                TickVals = Enumerable.Range(0, classes.Classes.Count).Select(i => (object)i).ToList(),
                TickText = classes.Classes.Select(c => (object)lang.Pick(c.NameZh, c.NameEn)).ToList(),
                Len = 0.9m,
            };
        }
        else
        {
            var (min, max) = snapshot.Range(metric.Code);
            main.Z = present.Select(v => (object)v.Value!.Value).ToList();
            main.ColorScale = ChartPalette.Sequential;
            main.ZMin = (decimal)min;
            main.ZMax = (decimal)(max > min ? max : min + 1);
            main.ColorBar = new ColorBar { Len = 0.9m };
        }

        var data = new List<ITrace> { main };
        if (missing.Length > 0)
        {
            data.Add(new Choropleth
            {
                Name = UiText.Get(lang, "label.noData"),
                GeoJson = snapshot.BoundaryUrl,
                FeatureIdKey = CityIdKey,
                Locations = missing.Select(v => (object)v.City.Code).ToList(),
                Z = missing.Select(_ => (object)0).ToList(),
                ColorScale = new object[] { new object[] { 0, ChartPalette.Missing }, new object[] { 1, ChartPalette.Missing } },
                ShowScale = false,
                CustomData = missing.Select(v => (object)lang.Pick(v.City.NameZh, v.City.NameEn)).ToList(),
                HoverTemplate = "<b>%{customdata}</b><br>" + UiText.Get(lang, "label.noData") + "<extra></extra>",
            });
        }

        var layout = new Layout
        {
            Geo = [Subplot()],
            Margin = new Plotly.Blazor.LayoutLib.Margin { L = 0, R = 0, T = 0, B = 0 },
            Height = Height,
            ShowLegend = false,
            UiRevision = "map",
        };
        return new Figure(data, layout);
    }

    /// <summary>
    /// The geo subplot every province map shares: no base map (its layers hidden, so only the local topojson stub of
    /// <see cref="ChartFormat.TopoJsonUrl"/> is asked for), Mercator, fitted to the drawn cities.
    /// </summary>
    public static Geo Subplot() => new()
    {
        Visible = false,
        FitBounds = FitBoundsEnum.Locations,
        Projection = new Projection { Type = Plotly.Blazor.LayoutLib.GeoLib.ProjectionLib.TypeEnum.Mercator },
        BgColor = "rgba(0,0,0,0)",
    };

    private static string ClassName(CoordinationClasses classes, double value, Lang lang)
    {
        var c = classes.Classify(Math.Clamp(value, 0, 1));
        return lang.Pick(c.NameZh, c.NameEn);
    }
}
