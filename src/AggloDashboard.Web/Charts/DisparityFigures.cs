using AggloDashboard.Core.Analytics;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Services;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;

namespace AggloDashboard.Web.Charts;

/// <summary>The disparities page's charts: sigma convergence lines, province concentration lines, Krugman bars.</summary>
public static class DisparityFigures
{
    /// <summary>The Ellison–Glaeser and EGK codes drawn on the concentration chart, in legend order.</summary>
    public static readonly string[] ConcentrationCodes =
        [MetricCodes.EgManufacturing, MetricCodes.EgProducerServices, MetricCodes.EgkCoagglomeration];

    /// <summary>CV, Theil T and Gini of the metric across cities, one line each, over the years.</summary>
    public static Figure Sigma(IReadOnlyList<SigmaPoint> points, Lang lang)
    {
        var years = points.Select(p => (object)p.Year).ToList();
        var data = new List<ITrace>
        {
            Line(UiText.Get(lang, "disp.cv"), years, points.Select(p => p.Cv), ChartPalette.City(0)),
            Line(UiText.Get(lang, "disp.theil"), years, points.Select(p => p.Theil), ChartPalette.City(1)),
            Line(UiText.Get(lang, "disp.gini"), years, points.Select(p => p.Gini), ChartPalette.City(2)),
        };
        return new Figure(data, YearLayout(lang, UiText.Get(lang, "disp.inequality")));
    }

    /// <summary>eg.manufacturing, eg.producer_services and egk.coagg over the years (the province aggregates).</summary>
    public static Figure Concentration(DashboardSnapshot snapshot, Lang lang)
    {
        var data = new List<ITrace>();
        for (var k = 0; k < ConcentrationCodes.Length; k++)
        {
            var code = ConcentrationCodes[k];
            var points = snapshot.Years.Select(y => (Year: y, Value: snapshot.Aggregate(y, code))).Where(p => p.Value is not null).ToArray();
            data.Add(Line(UiText.Get(lang, "disp." + code), points.Select(p => (object)p.Year).ToList(),
                points.Select(p => p.Value!.Value), ChartPalette.City(3 + k)));
        }

        return new Figure(data, YearLayout(lang, UiText.Get(lang, "disp.index")));
    }

    /// <summary>The Krugman specialisation index of every city in a year, highest on top.</summary>
    public static Figure Krugman(DashboardSnapshot snapshot, IReadOnlyList<RegionMetricValue> krugman, int year, Lang lang)
    {
        var ranked = krugman.Where(k => k.Year == year).OrderBy(k => k.Value).ToArray();
        var culture = lang.Culture();
        var bar = new Bar
        {
            Orientation = Plotly.Blazor.Traces.BarLib.OrientationEnum.H,
            X = ranked.Select(k => (object)k.Value).ToList(),
            Y = ranked.Select(k => (object)snapshot.CityName(k.RegionCode, lang)).ToList(),
            TextArray = ranked.Select(k => ChartFormat.Value(k.Value, culture)).ToList(),
            TextPosition = Plotly.Blazor.Traces.BarLib.TextPositionEnum.Auto,
            Marker = new Plotly.Blazor.Traces.BarLib.Marker { Color = ChartPalette.City(4) },
            CustomData = ranked.Select(k => (object)k.RegionCode).ToList(),
            HoverTemplate = "<b>%{y}</b><br>" + UiText.Get(lang, "disp.krugman") + ": %{text}<extra></extra>",
            Name = UiText.Get(lang, "disp.krugman"),
        };
        var layout = new Layout
        {
            Margin = new Margin { L = 10, R = 10, T = 10, B = 40 },
            XAxis = [new XAxis { Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = UiText.Get(lang, "disp.krugman") } }],
            YAxis = [new YAxis { AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True }],
            Height = 120 + 36 * ranked.Length,
            ShowLegend = false,
        };
        return new Figure(new List<ITrace> { bar }, layout);
    }

    private static Scatter Line(string name, IList<object> years, IEnumerable<double> values, string color) => new()
    {
        Name = name,
        Mode = ModeFlag.Lines | ModeFlag.Markers,
        X = years,
        Y = values.Select(v => (object)v).ToList(),
        Line = new Line { Color = color, Width = 2 },
        HoverTemplate = "%{x}: %{y:.4f}<extra>" + name + "</extra>",
    };

    private static Layout YearLayout(Lang lang, string yTitle) => new()
    {
        Margin = new Margin { L = 60, R = 10, T = 60, B = 40 },
        XAxis = [new XAxis { Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = UiText.Get(lang, "label.year") }, TickFormat = "d" }],
        YAxis = [new YAxis { Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = yTitle } }],
        HoverMode = HoverModeEnum.XUnified,
        ShowLegend = true,
        Legend = [new Legend
        {
            Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H,
            X = 0, Y = 1, YAnchor = Plotly.Blazor.LayoutLib.LegendLib.YAnchorEnum.Bottom,
        }],
        Height = 340,
    };
}
