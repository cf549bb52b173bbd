using AggloDashboard.Web.Views;
using System.Globalization;
using AggloDashboard.Web.Services;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;

namespace AggloDashboard.Web.Charts;

/// <summary>A city's three innovation subsystem scores as grouped bars: the first year of the data beside the chosen year.</summary>
public static class SubsystemFigure
{
    /// <summary>Bar colours: the first year muted, the chosen year strong.</summary>
    public static readonly string[] YearColors = ["#9ecae1", "#08519c"];

    public static IReadOnlyList<int> YearsShown(DashboardSnapshot s, int year) =>
        s.Years.Count == 0 || s.Years[0] == year ? [year] : [s.Years[0], year];

    public static Figure Build(DashboardSnapshot s, string cityCode, int year, Lang lang)
    {
        var metrics = CityProfileSummary.Subsystems.Select(s.Catalog.Find).OfType<MetricInfo>().ToArray();
        var culture = lang.Culture();
        var years = YearsShown(s, year);
        var data = new List<ITrace>();
        for (var i = 0; i < years.Count; i++)
        {
            var y = years[i];
            var values = metrics.Select(m => s.Value(cityCode, y, m.Code)).ToArray();
            data.Add(new Bar
            {
                Name = y.ToString(CultureInfo.InvariantCulture),
                X = metrics.Select(m => (object)m.Name(lang)).ToList(),
                Y = values.Select(v => (object?)v).ToList()!,
                TextArray = values.Select(v => v is { } x ? x.ToString("0.000", culture) : "").ToList(),
                TextPosition = Plotly.Blazor.Traces.BarLib.TextPositionEnum.Outside,
                Marker = new Plotly.Blazor.Traces.BarLib.Marker { Color = YearColors[years.Count == 1 ? 1 : i] },
                HoverTemplate = "<b>%{x}</b><br>" + y.ToString(CultureInfo.InvariantCulture) + ": %{y:.4f}<extra></extra>",
            });
        }

        var layout = new Layout
        {
            BarMode = BarModeEnum.Group,
            Margin = new Margin { L = 50, R = 10, T = 10, B = 40 },
            YAxis = [new YAxis { Range = [0, 1.1] }],
            XAxis = [new XAxis { AutoMargin = Plotly.Blazor.LayoutLib.XAxisLib.AutoMarginFlag.True }],
            ShowLegend = true,
            Legend = [new Legend { Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H, Y = 1.1m }],
        };
        return new Figure(data, layout);
    }
}
