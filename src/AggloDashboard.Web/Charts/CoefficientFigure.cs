using AggloDashboard.Core.Analytics;
using AggloDashboard.Data.Export;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;

namespace AggloDashboard.Web.Charts;

/// <summary>
/// The coefficient plot: each driver's estimate as a point with its 95 % interval as error bars, one trace per model
/// (pooled OLS and two-way FE side by side, grouped so their bars do not overlap), a dashed line at zero. The intercept is left out: it is on another scale.
/// </summary>
public static class CoefficientFigure
{
    public static readonly string[] ModelColors = ["#1f77b4", "#d62728"];

    /// <param name="label">The readable name of a term.</param>
    public static Figure Build(IReadOnlyList<RegressionResult> fits, Func<string, string> label, Lang lang)
    {
        var terms = fits.SelectMany(f => f.Coefficients.Select(c => c.Term))
            .Where(t => t != PanelRegression.InterceptTerm).Distinct().ToArray();
        var culture = lang.Culture();
        var data = new List<ITrace>();
        for (var m = 0; m < fits.Count; m++)
        {
            var coefficients = fits[m].Coefficients.Where(c => c.Term != PanelRegression.InterceptTerm).ToArray();
            data.Add(new Scatter
            {
                Name = ModelName(fits[m].Model, lang),
                Mode = ModeFlag.Markers,
                Orientation = Plotly.Blazor.Traces.ScatterLib.OrientationEnum.H,
                X = coefficients.Select(c => (object)c.Estimate).ToList(),
                Y = coefficients.Select(c => (object)label(c.Term)).ToList(),
                ErrorX = new ErrorX
                {
                    Type = Plotly.Blazor.Traces.ScatterLib.ErrorXLib.TypeEnum.Data,
                    Symmetric = false,
                    Array = coefficients.Select(c => (object)(c.CiHigh - c.Estimate)).ToList(),
                    ArrayMinus = coefficients.Select(c => (object)(c.Estimate - c.CiLow)).ToList(),
                    Color = ModelColors[m % ModelColors.Length],
                },
                Marker = new Marker { Color = ModelColors[m % ModelColors.Length], Size = 9 },
                CustomData = coefficients.Select(c => (object)new object[]
                {
                    ChartFormat.Value(c.Estimate, culture), ChartFormat.Value(c.CiLow, culture),
                    ChartFormat.Value(c.CiHigh, culture), c.P.ToString("0.000", culture),
                }).ToList(),
                HoverTemplate = "<b>%{y}</b><br>%{fullData.name}: %{customdata[0]}<br>95% CI [%{customdata[1]}, %{customdata[2]}]" +
                                "<br>p = %{customdata[3]}<extra></extra>",
            });
        }

        var layout = new Layout
        {
            Margin = new Margin { L = 10, R = 10, T = 40, B = 40 },
            XAxis = [new XAxis { Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = UiText.Get(lang, "drivers.estimate") }, ZeroLine = true }],
            YAxis = [new YAxis { AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True, AutoRange = Plotly.Blazor.LayoutLib.YAxisLib.AutoRangeEnum.Reversed }],
            Shapes = [new Shape { Type = Plotly.Blazor.LayoutLib.ShapeLib.TypeEnum.Line, XRef = "x", YRef = "paper", X0 = 0, X1 = 0, Y0 = 0, Y1 = 1,
                Line = new Plotly.Blazor.LayoutLib.ShapeLib.Line { Color = "#888888", Dash = "dash", Width = 1 } }],
            ScatterMode = ScatterModeEnum.Group,
            ScatterGap = 0.4m,
            Height = 140 + 44 * terms.Length,
            ShowLegend = true,
            Legend = [new Legend
            {
                Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H,
                X = 0, Y = 1, YAnchor = Plotly.Blazor.LayoutLib.LegendLib.YAnchorEnum.Bottom,
            }],
        };
        return new Figure(data, layout);
    }

    public static string ModelName(RegressionModel model, Lang lang) => model switch
    {
        RegressionModel.PooledOls => UiText.Get(lang, "drivers.pooled"),
        RegressionModel.TwoWayFixedEffects => UiText.Get(lang, "drivers.fe"),
        _ => RegressionTextTable.Title(model),
    };
}
