using AggloDashboard.Web.Readings;
using System.Globalization;
using AggloDashboard.Core.ShiftShare;
using AggloDashboard.Web.Services;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;

namespace AggloDashboard.Web.Charts;

/// <summary>
/// The shift-share page's charts (docs/METRICS.md §9): the three components per city as diverging stacked bars with the
/// growth marked, the competitive effect per sector and city, one city's components per sector, and the
/// core–periphery scatter.
/// </summary>
public static class ShiftShareFigures
{
    /// <summary>The components stacked in the bars, in order.</summary>
    public static readonly ShiftShareComponent[] Stacked =
        [ShiftShareComponent.ReferenceShare, ShiftShareComponent.IndustryMix, ShiftShareComponent.Competitive];

    /// <summary>Colours of <see cref="Stacked"/>: reference share muted, industry mix orange, competitive green.</summary>
    public static readonly string[] ComponentColors = ["#9ecae1", "#fd8d3c", "#31a354"];

    /// <summary>More cities than this: the bar chart shows the half with the largest and the half with the smallest growth.</summary>
    public const int MaxBars = 40;

    /// <summary>The cities the bar chart draws: all of them, or the <see cref="MaxBars"/>/2 largest and smallest by growth.</summary>
    public static IReadOnlyList<CityShiftShare> Shown(IReadOnlyList<CityShiftShare> cities)
    {
        if (cities.Count <= MaxBars)
        {
            return cities;
        }

        var ranked = cities.OrderByDescending(c => c.Total.Growth).ToArray();
        return [.. ranked[..(MaxBars / 2)], .. ranked[^(MaxBars / 2)..]];
    }

    /// <summary>One horizontal bar per city (largest growth on top), its components stacked either side of 0, the growth a diamond.</summary>
    public static Figure Components(DashboardSnapshot s, IReadOnlyList<CityShiftShare> cities, Lang lang)
    {
        var ranked = Shown(cities).OrderBy(c => c.Total.Growth).ToArray();
        var names = ranked.Select(c => (object)s.CityName(c.RegionCode, lang)).ToList();
        var data = new List<ITrace>();
        for (var k = 0; k < Stacked.Length; k++)
        {
            var component = Stacked[k];
            var name = ShiftShareText.Component(component, lang);
            data.Add(new Bar
            {
                Name = name,
                Orientation = Plotly.Blazor.Traces.BarLib.OrientationEnum.H,
                X = ranked.Select(c => (object)c.Total[component]).ToList(),
                Y = names,
                Marker = new Plotly.Blazor.Traces.BarLib.Marker { Color = ComponentColors[k] },
                HoverTemplate = "<b>%{y}</b><br>" + name + ": %{x:.4f}<extra></extra>",
            });
        }

        var growth = ShiftShareText.Component(ShiftShareComponent.Growth, lang);
        data.Add(new Scatter
        {
            Name = growth,
            Mode = ModeFlag.Markers,
            X = ranked.Select(c => (object)c.Total.Growth).ToList(),
            Y = names,
            Marker = new Plotly.Blazor.Traces.ScatterLib.Marker
            {
                Color = ChartPalette.Reference, Size = 10, Symbol = Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum.Diamond,
            },
            HoverTemplate = "<b>%{y}</b><br>" + growth + ": %{x:.4f}<extra></extra>",
        });
        return new Figure(data, BarLayout(UiText.Get(lang, "shift.employment"), 170 + 28 * ranked.Length, horizontal: true));
    }

    /// <summary>A sector × city heatmap of the competitive effect on a diverging scale centred on 0 (cities in the given order).</summary>
    public static Figure CompetitiveHeatmap(DashboardSnapshot s, ShiftShareResult result, IReadOnlyList<CityShiftShare> cities, Lang lang)
    {
        var name = ShiftShareText.Component(ShiftShareComponent.Competitive, lang);
        var trace = new HeatMap
        {
            Name = name,
            X = cities.Select(c => (object)s.CityName(c.RegionCode, lang)).ToList(),
            Y = result.Sectors.Select(code => (object)ShiftShareText.Sector(s, code, lang)).ToList(),
            Z = result.Sectors.Select((_, k) => (object)cities.Select(c => c.Sectors[k].Competitive).ToArray()).ToList(),
            // Plotly's RdBu runs blue to red; reversed, a city gaining on the reference is blue and one losing is red.
            ColorScale = "RdBu",
            ReverseScale = true,
            ZMid = 0,
            XGap = 1,
            YGap = 1,
            HoverTemplate = "<b>%{x}</b> · %{y}<br>" + name + ": %{z:.4f}<extra></extra>",
        };
        var layout = new Layout
        {
            Margin = new Margin { L = 10, R = 10, T = 10, B = 10 },
            XAxis = [new XAxis { AutoMargin = Plotly.Blazor.LayoutLib.XAxisLib.AutoMarginFlag.True }],
            YAxis = [new YAxis { AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True }],
            Height = 160 + 36 * result.Sectors.Count,
        };
        return new Figure(new List<ITrace> { trace }, layout);
    }

    /// <summary>One city's components per sector (its total first), stacked, with each sector's growth a diamond.</summary>
    public static Figure City(DashboardSnapshot s, ShiftShareResult result, CityShiftShare city, Lang lang)
    {
        var terms = new[] { city.Total }.Concat(city.Sectors).ToArray();
        var names = new[] { ShiftShareText.Sector(s, null, lang) }.Concat(result.Sectors.Select(code => ShiftShareText.Sector(s, code, lang)))
            .Select(n => (object)n).ToList();
        var data = new List<ITrace>();
        for (var k = 0; k < Stacked.Length; k++)
        {
            var component = Stacked[k];
            var name = ShiftShareText.Component(component, lang);
            data.Add(new Bar
            {
                Name = name,
                X = names,
                Y = terms.Select(t => (object)t[component]).ToList(),
                Marker = new Plotly.Blazor.Traces.BarLib.Marker { Color = ComponentColors[k] },
                HoverTemplate = "<b>%{x}</b><br>" + name + ": %{y:.4f}<extra></extra>",
            });
        }

        var growth = ShiftShareText.Component(ShiftShareComponent.Growth, lang);
        data.Add(new Scatter
        {
            Name = growth,
            Mode = ModeFlag.Markers,
            X = names,
            Y = terms.Select(t => (object)t.Growth).ToList(),
            Marker = new Plotly.Blazor.Traces.ScatterLib.Marker
            {
                Color = ChartPalette.Reference, Size = 10, Symbol = Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum.Diamond,
            },
            HoverTemplate = "<b>%{x}</b><br>" + growth + ": %{y:.4f}<extra></extra>",
        });
        return new Figure(data, BarLayout(UiText.Get(lang, "shift.employment"), 380, horizontal: false));
    }

    /// <summary>Each city's change in the manufacturing and producer-services quotients against its distance to the capital.</summary>
    public static Figure CorePeriphery(DashboardSnapshot s, IReadOnlyList<CorePeripheryPoint> points, int from, int to, Lang lang)
    {
        var names = points.Select(p => s.CityName(p.RegionCode, lang)).ToList();
        var series = new (string Key, Func<CorePeripheryPoint, double> Change, string Color)[]
        {
            ("shift.cp.mfg", p => p.ManufacturingChange, ChartPalette.City(3)),
            ("shift.cp.ps", p => p.ProducerServicesChange, ChartPalette.City(0)),
        };
        var data = series.Select(x => (ITrace)new Scatter
        {
            Name = UiText.Get(lang, x.Key),
            Mode = ModeFlag.Markers,
            X = points.Select(p => (object)p.DistanceKm).ToList(),
            Y = points.Select(p => (object)x.Change(p)).ToList(),
            TextArray = names,
            Marker = new Plotly.Blazor.Traces.ScatterLib.Marker { Color = x.Color, Size = 10 },
            HoverTemplate = "<b>%{text}</b><br>%{x:.0f} km<br>" + UiText.Get(lang, x.Key) + ": %{y:+.4f}<extra></extra>",
        }).ToList();
        var layout = new Layout
        {
            Margin = new Margin { L = 60, R = 10, T = 40, B = 50 },
            XAxis = [new XAxis { Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = UiText.Get(lang, "shift.cp.distance") }, RangeMode = Plotly.Blazor.LayoutLib.XAxisLib.RangeModeEnum.ToZero }],
            YAxis = [new YAxis
            {
                Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title
                {
                    Text = string.Format(CultureInfo.InvariantCulture, UiText.Get(lang, "shift.cp.change"), from, to),
                },
                ZeroLine = true,
            }],
            HoverMode = HoverModeEnum.Closest,
            ShowLegend = true,
            Legend = [new Legend { Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H, Y = 1.08m }],
            Height = 400,
        };
        return new Figure(data, layout);
    }

    private static Layout BarLayout(string valueTitle, int height, bool horizontal) => new()
    {
        BarMode = BarModeEnum.Relative,
        Margin = new Margin { L = 10, R = 10, T = 70, B = 40 },
        XAxis = [new XAxis
        {
            AutoMargin = Plotly.Blazor.LayoutLib.XAxisLib.AutoMarginFlag.True,
            Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = horizontal ? valueTitle : "" },
        }],
        YAxis = [new YAxis
        {
            AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True,
            Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = horizontal ? "" : valueTitle },
        }],
        HoverMode = HoverModeEnum.Closest,
        ShowLegend = true,
        Legend = [new Legend { Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H, X = 0, Y = 1.02m, YAnchor = Plotly.Blazor.LayoutLib.LegendLib.YAnchorEnum.Bottom }],
        Height = height,
    };
}
