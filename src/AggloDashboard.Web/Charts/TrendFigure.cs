using AggloDashboard.Web.Views;
using System.Globalization;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Services;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;

namespace AggloDashboard.Web.Charts;

/// <summary>
/// A metric over time for some cities (lines + markers, in each city's fixed colour) with the mean of cities as a
/// dashed reference line; optionally one small subplot per city on a shared y range. For D metrics the coordination
/// classes the lines pass through are shaded lightly behind them. A dataset of more than
/// <see cref="CityDirectory.ManyCities"/> cities adds the band between the cities' first and third quartiles, and
/// more cities than that asked for draw no line each (the mean and the band summarise them).
/// </summary>
public static class TrendFigure
{
    public const int MultiplesColumns = 3;
    public const int MultiplesRowHeight = 200;
    public const double BandOpacity = 0.12;

    public static Figure Build(DashboardSnapshot s, MetricInfo metric, IReadOnlyList<string> cityCodes, int from, int to, Lang lang,
        bool smallMultiples = false)
    {
        var years = TrendData.YearsBetween(s, from, to);
        var series = TrendData.Series(s, metric.Code, cityCodes.Count > CityDirectory.ManyCities ? [] : cityCodes, years);
        var mean = TrendData.MeanOfCities(s, metric.Code, years);
        var band = CityDirectory.HasMany(s) ? TrendData.QuartilesOfCities(s, metric.Code, years) : null;
        return smallMultiples && series.Count > 0
            ? Multiples(metric, series, years, mean, lang, s.Results.Settings.ClassThresholds)
            : Single(metric, series, years, mean, band, lang, s.Results.Settings.ClassThresholds);
    }

    private static Figure Single(MetricInfo metric, IReadOnlyList<TrendSeries> series, IReadOnlyList<int> years, IReadOnlyList<double?> mean,
        IReadOnlyList<(double? Q1, double? Q3)>? band, Lang lang, CoordinationClasses classes)
    {
        var data = new List<ITrace>();
        if (band is not null)
        {
            data.AddRange(BandTraces(years, band, metric, lang));
        }

        data.AddRange(series.Select(c => CityTrace(c, metric, lang, "x", "y", showLegend: true)));
        data.Add(MeanTrace(years, mean, metric, lang, "x", "y", showLegend: true));
        var (lo, hi) = YRange(series, band is null ? mean : mean.Concat(band.Select(b => b.Q1)).Concat(band.Select(b => b.Q3)).ToArray());
        var layout = new Layout
        {
            Margin = new Margin { L = 60, R = 10, T = 10, B = 40 },
            XAxis = [new XAxis { Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = UiText.Get(lang, "label.year") }, DTick = 1, TickFormat = "d" }],
            YAxis = [new YAxis { Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = metric.Name(lang) } }],
            HoverMode = HoverModeEnum.Closest,
            ShowLegend = true,
            Shapes = metric.Scale == MetricScale.CoordinationClasses ? ClassBands(lo, hi, "x domain", "y", classes) : [],
        };
        return new Figure(data, layout);
    }

    private static Figure Multiples(MetricInfo metric, IReadOnlyList<TrendSeries> series, IReadOnlyList<int> years, IReadOnlyList<double?> mean, Lang lang, CoordinationClasses classes)
    {
        var n = series.Count;
        var columns = Math.Min(MultiplesColumns, n);
        var rows = (n + columns - 1) / columns;
        var (lo, hi) = YRange(series, mean);
        var range = new List<object> { lo, hi };
        var data = new List<ITrace>();
        var xAxes = new List<XAxis>();
        var yAxes = new List<YAxis>();
        var annotations = new List<Annotation>();
        var shapes = new List<Shape>();
        for (var k = 0; k < n; k++)
        {
            var suffix = k == 0 ? "" : (k + 1).ToString(CultureInfo.InvariantCulture);
            data.Add(CityTrace(series[k], metric, lang, "x" + suffix, "y" + suffix, showLegend: false));
            data.Add(MeanTrace(years, mean, metric, lang, "x" + suffix, "y" + suffix, showLegend: k == 0));
            xAxes.Add(new XAxis { TickFormat = "d", NTicks = 6, Anchor = "y" + suffix });
            yAxes.Add(new YAxis { Range = range, Anchor = "x" + suffix });
            annotations.Add(new Annotation
            {
                Text = "<b>" + lang.Pick(series[k].City.NameZh, series[k].City.NameEn) + "</b>",
                XRef = "x" + suffix + " domain",
                YRef = "y" + suffix + " domain",
                X = 0.5m,
                Y = 1m,
                YAnchor = Plotly.Blazor.LayoutLib.AnnotationLib.YAnchorEnum.Bottom,
                ShowArrow = false,
            });
            if (metric.Scale == MetricScale.CoordinationClasses)
            {
                shapes.AddRange(ClassBands(lo, hi, "x" + suffix + " domain", "y" + suffix, classes));
            }
        }

        var layout = new Layout
        {
            Grid = new Grid { Rows = rows, Columns = columns, Pattern = Plotly.Blazor.LayoutLib.GridLib.PatternEnum.Independent, YGap = 0.35m, XGap = 0.12m },
            XAxis = xAxes,
            YAxis = yAxes,
            Annotations = annotations,
            Shapes = shapes,
            Height = rows * MultiplesRowHeight + 60,
            Margin = new Margin { L = 50, R = 10, T = 30, B = 30 },
            HoverMode = HoverModeEnum.Closest,
            ShowLegend = true,
            Legend = [new Legend { Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H, Y = -0.05m, YAnchor = Plotly.Blazor.LayoutLib.LegendLib.YAnchorEnum.Top }],
        };
        return new Figure(data, layout);
    }

    private static Scatter CityTrace(TrendSeries c, MetricInfo metric, Lang lang, string xAxis, string yAxis, bool showLegend)
    {
        var name = lang.Pick(c.City.NameZh, c.City.NameEn);
        var color = ChartPalette.City(Math.Max(0, c.CityIndex));
        return new Scatter
        {
            Name = name,
            Mode = ModeFlag.Lines | ModeFlag.Markers,
            X = c.Years.Select(y => (object)y).ToList(),
            Y = c.Values.Select(v => (object?)v).ToList()!,
            Line = new Line { Color = color, Width = 2 },
            Marker = new Marker { Color = color, Size = 5 },
            CustomData = c.Years.Select(_ => (object)c.City.Code).ToList(),
            HoverTemplate = "<b>" + name + "</b><br>%{x}<br>" + metric.Name(lang) + ": %{y:.4f}<extra></extra>",
            XAxis = xAxis,
            YAxis = yAxis,
            ShowLegend = showLegend,
        };
    }

    private static Scatter MeanTrace(IReadOnlyList<int> years, IReadOnlyList<double?> mean, MetricInfo metric, Lang lang, string xAxis, string yAxis, bool showLegend)
    {
        var name = UiText.Get(lang, "label.provinceMean");
        return new Scatter
        {
            Name = name,
            Mode = ModeFlag.Lines,
            X = years.Select(y => (object)y).ToList(),
            Y = mean.Select(v => (object?)v).ToList()!,
            Line = new Line { Color = ChartPalette.Reference, Width = 1.5m, Dash = "dash" },
            HoverTemplate = "<b>" + name + "</b><br>%{x}<br>" + metric.Name(lang) + ": %{y:.4f}<extra></extra>",
            LegendGroup = "mean",
            XAxis = xAxis,
            YAxis = yAxis,
            ShowLegend = showLegend,
        };
    }

    /// <summary>The interquartile band: the first quartile as an invisible edge, the third filled down to it.</summary>
    private static IEnumerable<Scatter> BandTraces(IReadOnlyList<int> years, IReadOnlyList<(double? Q1, double? Q3)> band, MetricInfo metric, Lang lang)
    {
        var name = UiText.Get(lang, "trends.iqr");
        var x = years.Select(y => (object)y).ToList();
        yield return new Scatter
        {
            Name = name + " Q1",
            Mode = ModeFlag.Lines,
            X = x,
            Y = band.Select(b => (object?)b.Q1).ToList()!,
            Line = new Line { Width = 0, Color = ChartPalette.Reference },
            HoverTemplate = "Q1 %{x}: %{y:.4f}<extra></extra>",
            LegendGroup = "iqr",
            ShowLegend = false,
        };
        yield return new Scatter
        {
            Name = name,
            Mode = ModeFlag.Lines,
            X = x,
            Y = band.Select(b => (object?)b.Q3).ToList()!,
            Fill = FillEnum.ToNextY,
            FillColor = "rgba(120,120,120,0.2)",
            Line = new Line { Width = 0, Color = ChartPalette.Reference },
            HoverTemplate = "Q3 %{x}: %{y:.4f}<extra></extra>",
            LegendGroup = "iqr",
            ShowLegend = true,
        };
    }

    /// <summary>The y range that holds every shown value and the mean, padded by 5 %.</summary>
    public static (double Lo, double Hi) YRange(IReadOnlyList<TrendSeries> series, IReadOnlyList<double?> mean)
    {
        var all = series.SelectMany(c => c.Values).Concat(mean).Where(v => v is not null).Select(v => v!.Value).ToArray();
        if (all.Length == 0)
        {
            return (0, 1);
        }

        var (min, max) = (all.Min(), all.Max());
        var pad = max > min ? (max - min) * 0.05 : Math.Max(Math.Abs(max) * 0.05, 0.05);
        return (min - pad, max + pad);
    }

    /// <summary>A light band for each coordination class that the range [lo, hi] passes through, clipped to the range.</summary>
    public static List<Shape> ClassBands(double lo, double hi, string xRef, string yRef, CoordinationClasses classes)
    {
        var shapes = new List<Shape>();
        var lower = 0.0;
        foreach (var c in classes.Classes)
        {
            var (y0, y1) = (Math.Max(lower, lo), Math.Min(c.UpperBound, hi));
            if (y1 > y0)
            {
                shapes.Add(new Shape
                {
                    Type = Plotly.Blazor.LayoutLib.ShapeLib.TypeEnum.Rect,
                    XRef = xRef,
                    YRef = yRef,
                    X0 = 0,
                    X1 = 1,
                    Y0 = y0,
                    Y1 = y1,
                    FillColor = ChartPalette.Classes[c.Index],
                    Opacity = (decimal)BandOpacity,
                    Layer = Plotly.Blazor.LayoutLib.ShapeLib.LayerEnum.Below,
                    Line = new Plotly.Blazor.LayoutLib.ShapeLib.Line { Width = 0 },
                    Name = c.NameEn,
                });
            }

            lower = c.UpperBound;
        }

        return shapes;
    }
}
