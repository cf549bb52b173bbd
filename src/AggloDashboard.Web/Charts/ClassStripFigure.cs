using AggloDashboard.Web.Views;
using System.Globalization;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Services;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;

namespace AggloDashboard.Web.Charts;

/// <summary>
/// A city's coordination class by year as a strip of class colours: one row per D metric (innov.d, couple.d), one
/// cell per year, the class name and D in the hover.
/// </summary>
public static class ClassStripFigure
{
    public static readonly IReadOnlyList<string> Metrics = [MetricCodes.InnovationD, MetricCodes.CouplingD];

    public static Figure Build(DashboardSnapshot s, string cityCode, Lang lang)
    {
        var metrics = Metrics.Select(s.Catalog.Find).OfType<MetricInfo>().ToArray();
        var culture = lang.Culture();
        var rows = metrics.Select(m => CityProfileSummary.ClassesByYear(s, cityCode, m.Code)).ToArray();
        var strip = new HeatMap
        {
            X = s.Years.Select(y => (object)y).ToList(),
            Y = metrics.Select(m => (object)m.Name(lang)).ToList(),
            Z = rows.Select(r => (object)r.Select(c => (object?)c.Class?.Index).ToList()).ToList(),
            CustomData = rows.Select(r => (object)r.Select(c => (object)(c.Class is { } k
                ? lang.Pick(k.NameZh, k.NameEn) + " (D = " + c.D!.Value.ToString("0.000", culture) + ")"
                : UiText.Get(lang, "label.noData"))).ToList()).ToList(),
            ColorScale = ChartPalette.ClassColorScale(),
            ZMin = -0.5m,
            ZMax = 9.5m,
            ShowScale = false,
            XGap = 2,
            YGap = 2,
            HoverTemplate = "<b>%{y}</b><br>%{x}: %{customdata}<extra></extra>",
        };

        var layout = new Layout
        {
            Margin = new Margin { L = 10, R = 10, T = 10, B = 40 },
            XAxis = [new XAxis { DTick = YearTickStep(strip.X?.Count ?? 0), TickFormat = "d", TickAngle = -45 }],
            YAxis = [new YAxis { AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True }],
        };
        return new Figure(new List<ITrace> { strip }, layout);
    }

    /// <summary>Every year while they fit in a narrow panel, else every second or fifth year.</summary>
    public static int YearTickStep(int years) => years <= 12 ? 1 : years <= 24 ? 2 : 5;

    /// <summary>The name of a cell's class in the language, or null when D is undefined that year.</summary>
    public static string? ClassName(ClassCell cell, Lang lang) =>
        cell.Class is { } c ? lang.Pick(c.NameZh, c.NameEn) : null;
}
