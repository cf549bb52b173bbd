using AggloDashboard.Core.Analytics;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;

namespace AggloDashboard.Web.Charts;

/// <summary>The grey relational grades of the drivers in one scope (overall or a city), ranked, highest on top.</summary>
public static class GreyRelationalFigure
{
    public static Figure Build(IReadOnlyList<GreyGrade> grades, Func<string, string> driverName, Lang lang)
    {
        var ranked = grades.OrderBy(g => g.Rank).ToArray();
        var culture = lang.Culture();
        var bar = new Bar
        {
            Orientation = Plotly.Blazor.Traces.BarLib.OrientationEnum.H,
            X = ranked.Select(g => (object)g.Grade).ToList(),
            Y = ranked.Select(g => (object)driverName(g.Driver)).ToList(),
            TextArray = ranked.Select(g => ChartFormat.Value(g.Grade, culture)).ToList(),
            TextPosition = Plotly.Blazor.Traces.BarLib.TextPositionEnum.Auto,
            Marker = new Plotly.Blazor.Traces.BarLib.Marker { Color = ChartPalette.City(0) },
            HoverTemplate = "<b>%{y}</b><br>" + UiText.Get(lang, "drivers.grade") + ": %{text}<extra></extra>",
            Name = UiText.Get(lang, "drivers.grade"),
        };
        var layout = new Layout
        {
            Margin = new Margin { L = 10, R = 10, T = 10, B = 40 },
            XAxis = [new XAxis { Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = UiText.Get(lang, "drivers.grade") }, Range = [0, 1] }],
            YAxis = [new YAxis { AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True, AutoRange = Plotly.Blazor.LayoutLib.YAxisLib.AutoRangeEnum.Reversed }],
            Height = 120 + 36 * ranked.Length,
            ShowLegend = false,
        };
        return new Figure(new List<ITrace> { bar }, layout);
    }
}
