using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Services;
using Plotly.Blazor;
using Plotly.Blazor.Traces;

namespace AggloDashboard.Web.Charts;

/// <summary>Cities ranked by a metric in one year, highest on top, in the same colours as the map.</summary>
public static class RankingFigure
{
    public static Figure Build(DashboardSnapshot snapshot, MetricInfo metric, int year, Lang lang)
    {
        var ranked = snapshot.ValuesFor(metric.Code, year)
            .Where(v => v.Value is not null)
            .OrderBy(v => v.Value)
            .ToArray();
        var culture = lang.Culture();
        var (min, max) = snapshot.Range(metric.Code);
        var colors = ranked.Select(v => (object)(metric.Scale == MetricScale.CoordinationClasses
            ? ChartPalette.Classes[snapshot.Results.Settings.ClassThresholds.Classify(Math.Clamp(v.Value!.Value, 0, 1)).Index]
            : ViridisColor.At(max > min ? (v.Value!.Value - min) / (max - min) : 0.5))).ToList();

        var bar = new Bar
        {
            Orientation = Plotly.Blazor.Traces.BarLib.OrientationEnum.H,
            X = ranked.Select(v => (object)v.Value!.Value).ToList(),
            Y = ranked.Select(v => (object)lang.Pick(v.City.NameZh, v.City.NameEn)).ToList(),
            TextArray = ranked.Select(v => ChartFormat.Value(v.Value!.Value, culture)).ToList(),
            TextPosition = Plotly.Blazor.Traces.BarLib.TextPositionEnum.Auto,
            Marker = new Plotly.Blazor.Traces.BarLib.Marker { Color = colors },
            CustomData = ranked.Select(v => (object)v.City.Code).ToList(),
            HoverTemplate = "<b>%{y}</b><br>" + metric.Name(lang) + ": %{text}<extra></extra>",
            Name = metric.Name(lang),
        };

        var layout = new Layout
        {
            Margin = new Plotly.Blazor.LayoutLib.Margin { L = 10, R = 10, T = 30, B = 40 },
            XAxis = [new Plotly.Blazor.LayoutLib.XAxis { Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = metric.Name(lang) }, ZeroLine = true }],
            YAxis = [new Plotly.Blazor.LayoutLib.YAxis { AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True }],
            Height = 120 + 36 * ranked.Length,
            ShowLegend = false,
        };
        return new Figure(new List<ITrace> { bar }, layout);
    }
}
