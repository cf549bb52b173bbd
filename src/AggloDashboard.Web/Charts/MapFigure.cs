using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Services;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ChoroplethMapLib;
using MapLayout = Plotly.Blazor.LayoutLib.Map;

namespace AggloDashboard.Web.Charts;

/// <summary>
/// The province map of one metric in one year: a choroplethmap trace over the boundary file (fetched once by URL,
/// never sent through the circuit), coloured on the metric's all-years range or by coordination class for D, and a
/// grey trace for cities without a value.
/// </summary>
public static class MapFigure
{
    public const string CityIdKey = "properties.code";

    /// <summary>The map's height in pixels; <see cref="GeoView.Fit"/> fits the boundaries into it.</summary>
    public const int Height = 460;

    public static Figure Build(DashboardSnapshot snapshot, MetricInfo metric, int year, Lang lang)
    {
        var values = snapshot.ValuesFor(metric.Code, year);
        var present = values.Where(v => v.Value is not null).ToArray();
        var missing = values.Where(v => v.Value is null).ToArray();
        var culture = lang.Culture();
        var classes = CoordinationClasses.Default;

        var main = new ChoroplethMap
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
            Marker = new Marker { Line = new Plotly.Blazor.Traces.ChoroplethMapLib.MarkerLib.Line { Color = "#ffffff", Width = 1 } },
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
            data.Add(new ChoroplethMap
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
            Map = [Subplot(snapshot)],
            Margin = new Plotly.Blazor.LayoutLib.Margin { L = 0, R = 0, T = 0, B = 0 },
            Height = Height,
            ShowLegend = false,
            UiRevision = "map",
        };
        return new Figure(data, layout);
    }

    /// <summary>
    /// The map subplot every province map shares: no tiles (white-bg works offline), centred and zoomed to fit
    /// the boundaries in <see cref="Height"/>.
    /// </summary>
    public static MapLayout Subplot(DashboardSnapshot snapshot)
    {
        var view = snapshot.MapView ?? new GeoView(0, 0, 1);
        return new MapLayout
        {
            Style = "white-bg",
            Center = new Plotly.Blazor.LayoutLib.MapLib.Center { Lat = (decimal)view.CenterLat, Lon = (decimal)view.CenterLon },
            Zoom = (decimal)view.Zoom,
        };
    }

    private static string ClassName(CoordinationClasses classes, double value, Lang lang)
    {
        var c = classes.Classify(Math.Clamp(value, 0, 1));
        return lang.Pick(c.NameZh, c.NameEn);
    }
}
