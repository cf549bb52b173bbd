using AggloDashboard.Core.Analytics;
using AggloDashboard.Web.Services;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;

namespace AggloDashboard.Web.Charts;

/// <summary>The spatial page's charts: global Moran's I over the years, and the LISA cluster map of one year.</summary>
public static class SpatialFigures
{
    public const string Significant = "#d62728";
    public const string NotSignificantMarker = "#9e9e9e";
    public const string NoLisa = "#f0f0f0";

    /// <summary>The LISA categories in legend order with their colours (HH red, LL blue, HL pink, LH light blue, ns grey).</summary>
    public static readonly IReadOnlyList<(LisaCluster Cluster, string Color)> LisaColors =
    [
        (LisaCluster.HighHigh, "#d7191c"),
        (LisaCluster.LowLow, "#2c7bb6"),
        (LisaCluster.HighLow, "#f4a6c8"),
        (LisaCluster.LowHigh, "#abd9e9"),
        (LisaCluster.NotSignificant, "#bdbdbd"),
    ];

    public static string ColorOf(LisaCluster cluster) => LisaColors.First(c => c.Cluster == cluster).Color;

    public static string ClusterName(LisaCluster cluster, Lang lang) => UiText.Get(lang, "spatial.lisa." + cluster.ToCode());

    /// <summary>Moran's I by year (markers red where the pseudo p is below 0.05) and its expectation -1/(N-1), dashed.</summary>
    public static Figure Moran(IReadOnlyList<MoranRow> rows, Lang lang)
    {
        var years = rows.Select(r => (object)r.Year).ToList();
        var culture = lang.Culture();
        var data = new List<ITrace>
        {
            new Scatter
            {
                Name = UiText.Get(lang, "spatial.moranI"),
                Mode = ModeFlag.Lines | ModeFlag.Markers,
                X = years,
                Y = rows.Select(r => (object)r.Result.I).ToList(),
                Line = new Line { Color = ChartPalette.City(0), Width = 2 },
                Marker = new Marker
                {
                    Size = 10,
                    Color = rows.Select(r => (object)(IsSignificant(r) ? Significant : NotSignificantMarker)).ToList(),
                },
                CustomData = rows.Select(r => (object)r.Result.PseudoP.ToString("0.000", culture)).ToList(),
                HoverTemplate = "%{x}: I = %{y:.4f}, p = %{customdata}<extra></extra>",
            },
            new Scatter
            {
                Name = UiText.Get(lang, "spatial.expected"),
                Mode = ModeFlag.Lines,
                X = years,
                Y = rows.Select(r => (object)r.Result.Expected).ToList(),
                Line = new Line { Color = ChartPalette.Reference, Width = 1.5m, Dash = "dash" },
                HoverTemplate = "%{x}: E[I] = %{y:.4f}<extra></extra>",
            },
        };
        var layout = new Layout
        {
            Margin = new Margin { L = 60, R = 10, T = 40, B = 40 },
            XAxis = [new XAxis { Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = UiText.Get(lang, "label.year") }, TickFormat = "d" }],
            YAxis = [new YAxis { Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = UiText.Get(lang, "spatial.moranI") } }],
            ShowLegend = true,
            Legend = [new Legend
            {
                Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H,
                X = 0, Y = 1, YAnchor = Plotly.Blazor.LayoutLib.LegendLib.YAnchorEnum.Bottom,
            }],
            Height = 340,
        };
        return new Figure(data, layout);
    }

    public static bool IsSignificant(MoranRow row) => row.Result.PseudoP < MoranI.Significance;

    /// <summary>
    /// The LISA map of one year: one choropleth trace per category present (a one-colour scale each, so the legend
    /// is categorical), and a pale trace for cities without a LISA value that year.
    /// </summary>
    public static Figure Lisa(DashboardSnapshot snapshot, IReadOnlyList<LisaRow> rows, Lang lang)
    {
        var culture = lang.Culture();
        var data = new List<ITrace>();
        foreach (var (cluster, color) in LisaColors)
        {
            var members = rows.Where(r => r.Result.Cluster == cluster).ToArray();
            if (members.Length == 0)
            {
                continue;
            }

            var name = ClusterName(cluster, lang);
            data.Add(Layer(snapshot, name, color, members.Select(r => r.Result.Code).ToArray(),
                members.Select(r => (object)new object[]
                {
                    snapshot.CityName(r.Result.Code, lang), name, r.Result.I.ToString("0.0000", culture), r.Result.PseudoP.ToString("0.000", culture),
                }).ToList(),
                "<b>%{customdata[0]}</b><br>%{customdata[1]}<br>I = %{customdata[2]}, p = %{customdata[3]}<extra></extra>"));
        }

        var missing = snapshot.Cities.Select(c => c.Code).Except(rows.Select(r => r.Result.Code)).ToArray();
        if (missing.Length > 0)
        {
            data.Add(Layer(snapshot, UiText.Get(lang, "label.noData"), NoLisa, missing,
                missing.Select(code => (object)new object[] { snapshot.CityName(code, lang), UiText.Get(lang, "label.noData") }).ToList(),
                "<b>%{customdata[0]}</b><br>%{customdata[1]}<extra></extra>"));
        }

        var layout = new Layout
        {
            Geo = [MapFigure.Subplot()],
            Margin = new Margin { L = 0, R = 0, T = 0, B = 0 },
            Height = MapFigure.Height,
            ShowLegend = true,
            Legend = [new Legend { X = 0.01m, Y = 0.99m, BgColor = "rgba(255,255,255,0.8)" }],
            UiRevision = "lisa",
        };
        return new Figure(data, layout);
    }

    private static Choropleth Layer(DashboardSnapshot snapshot, string name, string color, IReadOnlyList<string> codes,
        IList<object> customData, string hover) => new()
    {
        Name = name,
        GeoJson = snapshot.BoundaryUrl,
        FeatureIdKey = MapFigure.CityIdKey,
        Locations = codes.Select(c => (object)c).ToList(),
        Z = codes.Select(_ => (object)1).ToList(),
        ColorScale = new object[] { new object[] { 0, color }, new object[] { 1, color } },
        ShowScale = false,
        ShowLegend = true,
        CustomData = customData,
        HoverTemplate = hover,
        Marker = new Plotly.Blazor.Traces.ChoroplethLib.Marker { Line = new Plotly.Blazor.Traces.ChoroplethLib.MarkerLib.Line { Color = "#ffffff", Width = 1 } },
    };
}
