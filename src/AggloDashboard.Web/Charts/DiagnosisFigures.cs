using AggloDashboard.Core.Diagnostics;
using AggloDashboard.Web.Services;
using AggloDashboard.Web.Views;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;

namespace AggloDashboard.Web.Charts;

/// <summary>The charts of the /diagnosis page: obstacle degrees and GM(1,1) forecasts.</summary>
public static class DiagnosisFigures
{
    /// <summary>The colour of a forecast whose checks failed.</summary>
    public const string Unreliable = "#9e9e9e";

    /// <summary>Each city's obstacle degree split by subsystem: one stacked bar per city, summing to 100 %.</summary>
    public static Figure SubsystemObstacles(IReadOnlyList<CityObstacles> cities, Lang lang)
    {
        var names = cities.Select(c => (object)c.CityName).ToList();
        var data = DiagnosisData.InnovationSubsystems.Select((subsystem, k) => (ITrace)new Bar
        {
            Name = UiText.Get(lang, DiagnosisData.SubsystemKey(subsystem)),
            X = names,
            Y = cities.Select(c => (object?)(c.Subsystems.TryGetValue(subsystem, out var p) ? p : null)).ToList()!,
            Marker = new Plotly.Blazor.Traces.BarLib.Marker { Color = CoordinationFigures.SubsystemColors[k] },
            HoverTemplate = "<b>%{x}</b><br>" + UiText.Get(lang, DiagnosisData.SubsystemKey(subsystem)) + ": %{y:.1f}%<extra></extra>",
        }).ToList();
        var layout = new Layout
        {
            BarMode = BarModeEnum.Stack,
            Margin = new Margin { L = 50, R = 10, T = 40, B = 60 },
            YAxis = [new YAxis { Range = [0, 100], TickSuffix = "%" }],
            ShowLegend = true,
            Legend = [new Legend { Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H, Y = 1.02m, YAnchor = Plotly.Blazor.LayoutLib.LegendLib.YAnchorEnum.Bottom }],
        };
        return new Figure(data, layout);
    }

    /// <summary>A city's top obstacles as horizontal bars (largest on top), coloured by subsystem.</summary>
    public static Figure TopObstacles(CityObstacles city, Lang lang)
    {
        var items = city.Top.Reverse().ToArray();
        var bar = new Bar
        {
            Name = city.CityName,
            Orientation = Plotly.Blazor.Traces.BarLib.OrientationEnum.H,
            X = items.Select(o => (object)o.Percent).ToList(),
            Y = items.Select(o => (object)o.IndicatorName).ToList(),
            Marker = new Plotly.Blazor.Traces.BarLib.Marker
            {
                ColorArray = items.Select(o => (object)CoordinationFigures.SubsystemColors[Array.IndexOf(DiagnosisData.InnovationSubsystems, o.Subsystem)]).ToList(),
            },
            CustomData = items.Select(o => (object)UiText.Get(lang, DiagnosisData.SubsystemKey(o.Subsystem))).ToList(),
            HoverTemplate = "<b>%{y}</b><br>%{customdata}<br>%{x:.2f}%<extra></extra>",
        };
        var layout = new Layout
        {
            Margin = new Margin { L = 10, R = 10, T = 10, B = 40 },
            XAxis = [new XAxis { TickSuffix = "%", Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = UiText.Get(lang, "diagnosis.obstacleDegree") } }],
            YAxis = [new YAxis { AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True }],
            ShowLegend = false,
        };
        return new Figure([bar], layout);
    }

    /// <summary>
    /// For each city: its observed values (solid, in the city's colour) and the forecast joined to its last observed value
    /// (dashed). A forecast whose checks failed is drawn grey and dotted and named as not reliable.
    /// </summary>
    public static Figure Forecasts(DashboardSnapshot s, IReadOnlyList<CityForecast> forecasts, MetricInfo metric, Lang lang)
    {
        var data = new List<ITrace>();
        foreach (var forecast in forecasts)
        {
            var index = s.Cities.ToList().FindIndex(c => c.Code == forecast.RegionCode);
            var color = ChartPalette.City(Math.Max(0, index));
            var name = s.CityName(forecast.RegionCode, lang);
            var observed = forecast.Years.Select(y => s.Value(forecast.RegionCode, y, metric.Code)).ToArray();
            data.Add(new Scatter
            {
                Name = name,
                LegendGroup = forecast.RegionCode,
                Mode = ModeFlag.Lines | ModeFlag.Markers,
                X = forecast.Years.Select(y => (object)y).ToList(),
                Y = observed.Select(v => (object?)v).ToList()!,
                Line = new Line { Color = color, Width = 2 },
                Marker = new Marker { Color = color, Size = 4 },
                HoverTemplate = "<b>" + name + "</b> %{x}<br>" + metric.Name(lang) + ": %{y:.4f}<extra></extra>",
            });
            if (forecast.Result.Model is not { } model)
            {
                continue;
            }

            var reliable = model.IsReliable;
            var label = name + " · " + UiText.Get(lang, reliable ? "forecast.forecast" : "forecast.unreliable");
            data.Add(new Scatter
            {
                Name = label,
                LegendGroup = forecast.RegionCode,
                Mode = ModeFlag.Lines | ModeFlag.Markers,
                X = new[] { forecast.Years[^1] }.Concat(Enumerable.Range(1, model.Forecasts.Count).Select(forecast.ForecastYear)).Select(y => (object)y).ToList(),
                Y = new[] { observed[^1] }.Concat(model.Forecasts.Select(v => (double?)v)).Select(v => (object?)v).ToList()!,
                Line = new Line { Color = reliable ? color : Unreliable, Width = 2, Dash = reliable ? "dash" : "dot" },
                Marker = new Marker { Color = reliable ? color : Unreliable, Size = 4, Symbol = Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum.CircleOpen },
                HoverTemplate = "<b>" + label + "</b> %{x}<br>" + metric.Name(lang) + ": %{y:.4f}<extra></extra>",
            });
        }

        var layout = new Layout
        {
            Margin = new Margin { L = 60, R = 10, T = 10, B = 40 },
            XAxis = [new XAxis { DTick = 1, TickFormat = "d", Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = UiText.Get(lang, "label.year") } }],
            YAxis = [new YAxis { Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = metric.Name(lang) } }],
            HoverMode = HoverModeEnum.Closest,
            ShowLegend = true,
        };
        return new Figure(data, layout);
    }
}
