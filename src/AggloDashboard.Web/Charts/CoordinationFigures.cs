using AggloDashboard.Web.Views;
using System.Globalization;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Services;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;

namespace AggloDashboard.Web.Charts;

/// <summary>The charts of the /coordination page: the three subsystem scores per city, and D's class by city and year.</summary>
public static class CoordinationFigures
{
    /// <summary>Bar colours of the input, output and benefit subsystems.</summary>
    public static readonly string[] SubsystemColors = ["#4292c6", "#ef6548", "#41ab5d"];

    /// <summary>One bar trace per subsystem (input, output, benefit; short names), one bar per city in dataset order.</summary>
    public static Figure Subsystems(DashboardSnapshot s, int year, Lang lang)
    {
        var names = s.Cities.Select(c => (object)lang.Pick(c.NameZh, c.NameEn)).ToList();
        var data = new List<ITrace>();
        var metrics = CityProfileSummary.Subsystems.Select(s.Catalog.Find).OfType<MetricInfo>().ToArray();
        for (var k = 0; k < metrics.Length; k++)
        {
            var metric = metrics[k];
            data.Add(new Bar
            {
                Name = UiText.Get(lang, DiagnosisData.SubsystemKey(DiagnosisData.InnovationSubsystems[k])),
                X = names,
                Y = s.ValuesFor(metric.Code, year).Select(v => (object?)v.Value).ToList()!,
                Marker = new Plotly.Blazor.Traces.BarLib.Marker { Color = SubsystemColors[k % SubsystemColors.Length] },
                HoverTemplate = "<b>%{x}</b><br>" + metric.Name(lang) + ": %{y:.4f}<extra></extra>",
            });
        }

        var layout = new Layout
        {
            BarMode = BarModeEnum.Group,
            Margin = new Margin { L = 50, R = 10, T = 40, B = 60 },
            YAxis = [new YAxis { Range = [0, 1.05] }],
            XAxis = [new XAxis { AutoMargin = Plotly.Blazor.LayoutLib.XAxisLib.AutoMarginFlag.True }],
            ShowLegend = true,
            Legend = [new Legend { Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H, Y = 1.02m, YAnchor = Plotly.Blazor.LayoutLib.LegendLib.YAnchorEnum.Bottom }],
        };
        return new Figure(data, layout);
    }

    /// <summary>
    /// A city × year heatmap of <paramref name="metric"/> (a D) coloured by its ten classes: z is the class index (null where D is
    /// undefined) on the step scale of <see cref="ChartPalette.ClassColorScale"/>, the hover text gives D and the class name.
    /// </summary>
    public static Figure ClassHeatmap(DashboardSnapshot s, string metric, Lang lang)
    {
        var classes = s.Results.Settings.ClassThresholds;
        var culture = lang.Culture();
        var z = new List<object>();
        var text = new List<object>();
        foreach (var city in s.Cities)
        {
            var values = s.Years.Select(y => s.Value(city.Code, y, metric)).ToArray();
            var cells = values.Select(v => v is { } d ? classes.Classify(Math.Clamp(d, 0, 1)) : null).ToArray();
            z.Add(cells.Select(c => (object?)c?.Index).ToArray());
            text.Add(values.Select((v, i) => v is { } d
                ? d.ToString("0.0000", culture) + " · " + lang.Pick(cells[i]!.NameZh, cells[i]!.NameEn)
                : UiText.Get(lang, "label.noData")).ToArray());
        }

        var name = s.Catalog.Find(metric)?.Name(lang) ?? metric;
        var trace = new HeatMap
        {
            Name = name,
            X = s.Years.Select(y => (object)y.ToString(CultureInfo.InvariantCulture)).ToList(),
            Y = s.Cities.Select(c => (object)lang.Pick(c.NameZh, c.NameEn)).ToList(),
            Z = z,
            Text = text,
            ZMin = -0.5m,
            ZMax = 9.5m,
            ColorScale = ChartPalette.ClassColorScale(),
            XGap = 1,
            YGap = 1,
            ColorBar = new Plotly.Blazor.Traces.HeatMapLib.ColorBar
            {
                TickVals = classes.Classes.Select(c => (object)c.Index).ToList(),
                TickText = classes.Classes.Select(c => (object)lang.Pick(c.NameZh, c.NameEn)).ToList(),
            },
            HoverTemplate = "<b>%{y}</b> %{x}<br>" + name + ": %{text}<extra></extra>",
        };
        var layout = new Layout
        {
            Margin = new Margin { L = 10, R = 10, T = 10, B = 40 },
            XAxis = [new XAxis { Type = Plotly.Blazor.LayoutLib.XAxisLib.TypeEnum.Category }],
            YAxis = [new YAxis { AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True, AutoRange = Plotly.Blazor.LayoutLib.YAxisLib.AutoRangeEnum.Reversed }],
        };
        return new Figure([trace], layout);
    }
}
