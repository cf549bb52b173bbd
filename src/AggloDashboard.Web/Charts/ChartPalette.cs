namespace AggloDashboard.Web.Charts;

/// <summary>The colours every page shares: one sequential scale, one palette for the ten classes, one for cities.</summary>
public static class ChartPalette
{
    /// <summary>The sequential scale for continuous metrics (plotly's Viridis: perceptually uniform, colour-blind safe).</summary>
    public const string Sequential = "Viridis";

    /// <summary>The ten coordination classes, from extreme disorder (dark red) to quality coordination (dark green).</summary>
    public static readonly string[] Classes =
    [
        "#67001f", "#b2182b", "#d6604d", "#f4a582", "#fddbc7",
        "#d9f0d3", "#a6dba0", "#5aae61", "#1b7837", "#00441b",
    ];

    /// <summary>Line colours for cities, by the city's position in the dataset (stable across pages).</summary>
    public static readonly string[] Cities =
    [
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
        "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
    ];

    public const string Reference = "#222222";

    public const string Missing = "#d9d9d9";

    public static string City(int index) => Cities[index % Cities.Length];

    /// <summary>A step colour scale so that class index k (0–9) over z in [-0.5, 9.5] gets exactly colour k.</summary>
    public static object[] ClassColorScale()
    {
        var steps = new List<object>();
        for (var k = 0; k < Classes.Length; k++)
        {
            steps.Add(new object[] { (double)k / Classes.Length, Classes[k] });
            steps.Add(new object[] { (double)(k + 1) / Classes.Length, Classes[k] });
        }

        return steps.ToArray();
    }
}
