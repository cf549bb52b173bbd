using System.Globalization;

namespace AggloDashboard.Web.Charts;

public static class ChartFormat
{
    /// <summary>Values as officials read them: four significant decimals for indexes, fewer for large numbers.</summary>
    public static string Value(double value, CultureInfo culture) =>
        Math.Abs(value) >= 100 ? value.ToString("N1", culture) : value.ToString("0.0000", culture);

    /// <summary>Plotly's config and layout for every chart: PNG download at presentation resolution, no logo, responsive.</summary>
    public static Plotly.Blazor.Config Config(string fileName) => new()
    {
        Responsive = true,
        DisplayLogo = false,
        DisplayModeBar = Plotly.Blazor.ConfigLib.DisplayModeBarEnum.True,
        ToImageButtonOptions = new { format = "png", filename = fileName, scale = 2 },
        TopoJsonUrl = TopoJsonUrl,
    };

    /// <summary>A chart for print: drawn once, no hover, zoom or mode bar.</summary>
    public static Plotly.Blazor.Config StaticConfig() => new()
    {
        StaticPlot = true,
        DisplayModeBar = Plotly.Blazor.ConfigLib.DisplayModeBarEnum.False,
        TopoJsonUrl = TopoJsonUrl,
    };

    /// <summary>
    /// Where Plotly's geo subplots look for their base-map topojson: a local empty stub, since the maps draw only the
    /// dataset's boundaries and the app loads nothing from the internet (without it Plotly fetches one from a CDN).
    /// </summary>
    public const string TopoJsonUrl = "/topojson/";
}
