using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Services;
using Plotly.Blazor;
using Plotly.Blazor.Traces;

namespace AggloDashboard.Web.Charts;

/// <summary>
/// Cities ranked by a metric in one year, highest on top, in the same colours as the map. With more than twice
/// <see cref="Extremes"/> cities only the top and bottom ones and the selected cities are drawn, each named with its
/// rank, unless every city is asked for; selected cities are outlined.
/// </summary>
public static class RankingFigure
{
    /// <summary>How many of the highest and of the lowest cities a shortened ranking keeps.</summary>
    public const int Extremes = 15;

    public const int BarHeight = 36;

    public const string HighlightColor = "#212121";

    public static bool IsShortened(int cityCount, bool showAll) => !showAll && cityCount > 2 * Extremes;

    public static Figure Build(DashboardSnapshot snapshot, MetricInfo metric, int year, Lang lang,
        IReadOnlyCollection<string>? selected = null, bool showAll = false)
    {
        var all = snapshot.ValuesFor(metric.Code, year)
            .Where(v => v.Value is not null)
            .OrderBy(v => v.Value)
            .ToArray();
        var n = all.Length;
        var chosen = selected ?? [];
        var shortened = IsShortened(n, showAll);
        var ranked = all
            .Select((v, i) => (v.City, Value: v.Value!.Value, Rank: n - i))
            .Where(v => !shortened || v.Rank <= Extremes || v.Rank > n - Extremes || chosen.Contains(v.City.Code))
            .ToArray();
        var culture = lang.Culture();
        var (min, max) = snapshot.Range(metric.Code);
        var colors = ranked.Select(v => (object)(metric.Scale == MetricScale.CoordinationClasses
            ? ChartPalette.Classes[snapshot.Results.Settings.ClassThresholds.Classify(Math.Clamp(v.Value, 0, 1)).Index]
            : ViridisColor.At(max > min ? (v.Value - min) / (max - min) : 0.5))).ToList();
        var outlined = ranked.Select(v => chosen.Contains(v.City.Code)).ToArray();

        var bar = new Bar
        {
            Orientation = Plotly.Blazor.Traces.BarLib.OrientationEnum.H,
            X = ranked.Select(v => (object)v.Value).ToList(),
            Y = ranked.Select(v => (object)Label(v.City.NameZh, v.City.NameEn, v.Rank, lang, shortened, chosen.Contains(v.City.Code))).ToList(),
            TextArray = ranked.Select(v => ChartFormat.Value(v.Value, culture)).ToList(),
            TextPosition = Plotly.Blazor.Traces.BarLib.TextPositionEnum.Auto,
            Marker = new Plotly.Blazor.Traces.BarLib.Marker
            {
                Color = colors,
                Line = new Plotly.Blazor.Traces.BarLib.MarkerLib.Line
                {
                    Color = outlined.Select(o => (object)(o ? HighlightColor : "rgba(0,0,0,0)")).ToList(),
                    WidthArray = outlined.Select(o => (decimal?)(o ? 3 : 0)).ToList(),
                },
            },
            CustomData = ranked.Select(v => (object)v.City.Code).ToList(),
            HoverTemplate = "<b>%{y}</b><br>" + metric.Name(lang) + ": %{text}<extra></extra>",
            Name = metric.Name(lang),
        };

        var layout = new Layout
        {
            Margin = new Plotly.Blazor.LayoutLib.Margin { L = 10, R = 10, T = 30, B = 40 },
            XAxis = [new Plotly.Blazor.LayoutLib.XAxis { Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = metric.Name(lang) }, ZeroLine = true }],
            YAxis = [new Plotly.Blazor.LayoutLib.YAxis { AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True }],
            Height = 120 + BarHeight * ranked.Length,
            ShowLegend = false,
        };
        return new Figure(new List<ITrace> { bar }, layout);
    }

    /// <summary>A shortened ranking names each bar with its rank, since the ranks no longer follow one another.</summary>
    private static string Label(string nameZh, string nameEn, int rank, Lang lang, bool shortened, bool selected)
    {
        var name = lang.Pick(nameZh, nameEn);
        var text = shortened ? $"{rank}. {name}" : name;
        return selected ? "<b>" + text + "</b>" : text;
    }
}
