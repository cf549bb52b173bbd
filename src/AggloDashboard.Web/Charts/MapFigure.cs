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
/// grey trace for cities without a value. Both traces list every city in the snapshot's order, each city drawn by the
/// trace where its z is set, so a year step changes nothing but z and the hover values: <see cref="Figure.Step"/>
/// carries those, and a drawn map restyles them without resending locations, names and colour bar. An SVG map on a
/// hidden geo subplot: a restyle redraws the paths in about 20 ms for 9 cities in software rendering, against about
/// 190 ms for the WebGL choroplethmap, and exports as true SVG.
/// </summary>
public static class MapFigure
{
    public const string CityIdKey = "properties.code";

    /// <summary>The map's height in pixels; the geo subplot fits the boundaries into it.</summary>
    public const int Height = 460;

    public static Figure Build(DashboardSnapshot snapshot, MetricInfo metric, int year, Lang lang)
    {
        var values = snapshot.ValuesFor(metric.Code, year);
        var culture = lang.Culture();
        var classes = snapshot.Results.Settings.ClassThresholds;
        var byClass = metric.Scale == MetricScale.CoordinationClasses;
        var names = values.Select(v => (object)lang.Pick(v.City.NameZh, v.City.NameEn)).ToList();
        var locations = values.Select(v => (object)v.City.Code).ToList();

        var z = values.Select(v => v.Value is not { } d ? null! : byClass ? classes.Classify(Math.Clamp(d, 0, 1)).Index : (object)d).ToList();
        var text = values.Select(v => v.Value is { } d ? HoverValue(classes, d, byClass, culture, lang) : "").ToList();
        var missingZ = values.Select(v => v.Value is null ? (object)0 : null!).ToList();

        var main = new Choropleth
        {
            Name = metric.Name(lang),
            GeoJson = snapshot.BoundaryUrl,
            FeatureIdKey = CityIdKey,
            Locations = locations,
            Z = z,
            TextArray = text,
            CustomData = names,
            HoverTemplate = "<b>%{customdata}</b><br>" + metric.Name(lang) + ": %{text}<extra></extra>",
            Marker = new Marker { Line = new Plotly.Blazor.Traces.ChoroplethLib.MarkerLib.Line { Color = "#ffffff", Width = 1 } },
        };

        if (byClass)
        {
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
            main.ColorScale = ChartPalette.Sequential;
            main.ZMin = (decimal)min;
            main.ZMax = (decimal)(max > min ? max : min + 1);
            main.ColorBar = new ColorBar { Len = 0.9m };
        }

        var missing = new Choropleth
        {
            Name = UiText.Get(lang, "label.noData"),
            GeoJson = snapshot.BoundaryUrl,
            FeatureIdKey = CityIdKey,
            Locations = locations,
            Z = missingZ,
            ColorScale = new object[] { new object[] { 0, ChartPalette.Missing }, new object[] { 1, ChartPalette.Missing } },
            ShowScale = false,
            CustomData = names,
            HoverTemplate = "<b>%{customdata}</b><br>" + UiText.Get(lang, "label.noData") + "<extra></extra>",
        };

        // Everything but z and the hover values follows from these: the cities and boundaries (the version), the
        // names, metric and colour bar (metric and language) and the colour range (metric and settings).
        var shape = string.Join("|", snapshot.BoundaryUrl, metric.Code, lang, main.ZMin, main.ZMax);
        var step = new FigureStep(shape, new Dictionary<string, object[]>
        {
            ["z"] = [z, missingZ],
            ["text"] = [text, new List<string>()],
        });

        var data = new List<ITrace> { main, missing };
        var layout = new Layout
        {
            Geo = [Subplot()],
            Margin = new Plotly.Blazor.LayoutLib.Margin { L = 0, R = 0, T = 0, B = 0 },
            Height = Height,
            ShowLegend = false,
            UiRevision = "map",
        };
        return new Figure(data, layout, step);
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

    /// <summary>What the hover shows after the metric's name: the value, and for D its coordination class.</summary>
    private static string HoverValue(CoordinationClasses classes, double value, bool byClass, System.Globalization.CultureInfo culture, Lang lang)
    {
        var shown = ChartFormat.Value(value, culture);
        if (!byClass)
        {
            return shown;
        }

        var c = classes.Classify(Math.Clamp(value, 0, 1));
        return shown + "<br>" + lang.Pick(c.NameZh, c.NameEn);
    }
}
