namespace AggloDashboard.Data.Folder;

/// <summary>The files of a dataset folder and their columns, in the order docs/METRICS.md §8 gives them.</summary>
public static class DatasetFolderLayout
{
    public const string RegionsFile = "regions.csv";
    public const string IndicatorsFile = "indicators.csv";
    public const string PanelFile = "panel.csv";

    public static IReadOnlyList<string> RegionColumns { get; } = ["code", "name_zh", "name_en", "level", "parent_code"];

    /// <summary>The optional column of regions.csv with other printed names of a region, ';'-separated.</summary>
    public const string RegionAliasesColumn = "aliases";

    public static IReadOnlyList<string> IndicatorColumns { get; } =
        ["code", "name_zh", "name_en", "unit", "subsystem", "direction"];

    public static IReadOnlyList<string> PanelColumns { get; } = ["region_code", "year", "indicator", "value"];

    /// <summary>The extensions a boundary file may have; any one such file that is a GeoJSON FeatureCollection is used.</summary>
    public static IReadOnlyList<string> BoundaryExtensions { get; } = [".json", ".geojson"];

    /// <summary>A shapefile boundary: the <c>.shp</c> with its <c>.dbf</c> (the region codes) beside it.</summary>
    public const string ShapefileExtension = ".shp";
}
