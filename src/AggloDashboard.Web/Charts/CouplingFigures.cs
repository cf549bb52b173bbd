using AggloDashboard.Web.Views;
using System.Globalization;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Services;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;

namespace AggloDashboard.Web.Charts;

/// <summary>The charts of the /coupling page.</summary>
public static class CouplingFigures
{
    public const string BandColor = "rgba(120, 120, 120, 0.15)";
    public const string IsoColor = "#555555";

    /// <summary>
    /// agglo.u (x) against innov.t (y) per city, coloured by the class of couple.d, over the synchronous band and the
    /// iso-lines of D. Traces: the band, one line per iso level, then the cities.
    /// </summary>
    public static Figure Scatter(DashboardSnapshot s, int year, Lang lang, IReadOnlyDictionary<double, IReadOnlyList<IsoPoint>> isoLines)
    {
        var culture = lang.Culture();
        var settings = s.Results.Settings;
        var band = CouplingData.SynchronousBand(settings.RelativeDevelopmentTolerance);
        var data = new List<ITrace>
        {
            new Scatter
            {
                Name = UiText.Get(lang, "coupling.band") + " " + CouplingData.Rule(settings),
                Mode = ModeFlag.Lines,
                X = band.Select(p => (object)p.U1).ToList(),
                Y = band.Select(p => (object)p.U2).ToList(),
                Fill = FillEnum.ToSelf,
                FillColor = BandColor,
                Line = new Line { Width = 0 },
                HoverInfo = HoverInfoFlag.Skip,
            },
        };
        foreach (var (level, points) in isoLines.OrderBy(kv => kv.Key))
        {
            var label = "D = " + level.ToString("0.0", CultureInfo.InvariantCulture);
            data.Add(new Scatter
            {
                Name = label,
                Mode = ModeFlag.Lines,
                X = points.Select(p => (object)p.U1).ToList(),
                Y = points.Select(p => (object)p.U2).ToList(),
                Line = new Line { Color = IsoColor, Width = 1, Dash = "dot" },
                HoverTemplate = label + "<extra></extra>",
                ShowLegend = false,
            });
        }

        var cities = CouplingData.Points(s, year, lang);
        var uName = s.Catalog.Find(MetricCodes.AgglomerationU)?.Name(lang) ?? MetricCodes.AgglomerationU;
        var tName = s.Catalog.Find(MetricCodes.InnovationT)?.Name(lang) ?? MetricCodes.InnovationT;
        data.Add(new Scatter
        {
            Name = UiText.Get(lang, "label.cities"),
            Mode = ModeFlag.Markers | ModeFlag.Text,
            X = cities.Select(p => (object)p.U1).ToList(),
            Y = cities.Select(p => (object)p.U2).ToList(),
            TextArray = cities.Select(p => p.CityName).ToList(),
            TextPosition = TextPositionEnum.TopCenter,
            Marker = new Marker
            {
                Size = 14,
                ColorArray = cities.Select(p => (object)(p.Class is { } c ? ChartPalette.Classes[c.Index] : ChartPalette.Missing)).ToList(),
                Line = new Plotly.Blazor.Traces.ScatterLib.MarkerLib.Line { Color = ChartPalette.Reference, Width = 1 },
            },
            CustomData = cities.Select(p => (object)new object[]
            {
                p.D is { } d ? d.ToString("0.0000", culture) : "—",
                p.Class is { } c ? lang.Pick(c.NameZh, c.NameEn) : "",
                UiText.Get(lang, CouplingData.TypeKey(p.Type)),
                p.CityCode,
            }).ToList(),
            HoverTemplate = "<b>%{text}</b><br>" + uName + ": %{x:.4f}<br>" + tName + ": %{y:.4f}<br>D: %{customdata[0]} · %{customdata[1]}<br>%{customdata[2]}<extra></extra>",
        });

        var annotations = isoLines.Where(kv => kv.Value.Count > 0).Select(kv => new Annotation
        {
            Text = "D=" + kv.Key.ToString("0.0", CultureInfo.InvariantCulture),
            X = (decimal)kv.Value[^1].U1,
            Y = (decimal)kv.Value[^1].U2,
            ShowArrow = false,
            XAnchor = Plotly.Blazor.LayoutLib.AnnotationLib.XAnchorEnum.Right,
            YAnchor = Plotly.Blazor.LayoutLib.AnnotationLib.YAnchorEnum.Bottom,
            Font = new Plotly.Blazor.LayoutLib.AnnotationLib.Font { Color = IsoColor, Size = 10 },
        }).ToList();

        var layout = new Layout
        {
            Margin = new Margin { L = 60, R = 10, T = 10, B = 50 },
            XAxis = [new XAxis { Range = [0, 1], Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = "U1 · " + uName } }],
            YAxis = [new YAxis { Range = [0, 1], Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = "U2 · " + tName } }],
            Annotations = annotations,
            HoverMode = HoverModeEnum.Closest,
            ShowLegend = true,
            Legend = [new Legend { Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H, Y = 1.08m }],
        };
        return new Figure(data, layout);
    }

    /// <summary>CV, Theil and Gini of <paramref name="metric"/> between the cities, one line each over the years.</summary>
    public static Figure Gap(DashboardSnapshot s, string metric, Lang lang)
    {
        var measures = new[] { (MetricCodes.Cv(metric), "CV"), (MetricCodes.Theil(metric), "Theil"), (MetricCodes.Gini(metric), "Gini") };
        var data = measures.Select((m, k) => (ITrace)new Scatter
        {
            Name = m.Item2,
            Mode = ModeFlag.Lines | ModeFlag.Markers,
            X = s.Years.Select(y => (object)y).ToList(),
            Y = s.Years.Select(y => (object?)s.Aggregate(y, m.Item1)).ToList()!,
            Line = new Line { Color = ChartPalette.City(k), Width = 2 },
            HoverTemplate = "<b>" + m.Item2 + "</b> %{x}: %{y:.4f}<extra></extra>",
        }).ToList();
        var layout = new Layout
        {
            Margin = new Margin { L = 50, R = 10, T = 10, B = 40 },
            XAxis = [new XAxis { DTick = 1, TickFormat = "d", Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = UiText.Get(lang, "label.year") } }],
            HoverMode = HoverModeEnum.Closest,
            ShowLegend = true,
        };
        return new Figure(data, layout);
    }
}
