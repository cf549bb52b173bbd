using System.Text.Json;
using System.Text.Json.Nodes;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Simplify;

namespace AggloDashboard.Data.Spatial;

/// <summary>
/// A lighter copy of a dataset's boundaries for drawing maps. The browser re-tessellates every polygon on each
/// map update, so vertices far below a pixel cost redraw time and add nothing visible.
/// </summary>
public static class DisplayBoundaries
{
    /// <summary>
    /// 0.003° (about 300 m): a province map is drawn at zoom 5–6, where a pixel spans 0.01–0.02°, so the
    /// simplification stays below a third of a pixel.
    /// </summary>
    public const double DefaultToleranceDegrees = 0.003;

    // DoNotModify keeps the clockwise rings of Normalize; the default would turn them to RFC 7946's counter-clockwise.
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new GeoJsonConverterFactory(false, GeoJsonConverterFactory.DefaultIdPropertyName, RingOrientationOption.DoNotModify) },
    };

    /// <summary>
    /// Every region's polygon simplified with <see cref="TopologyPreservingSimplifier"/> (no ring collapses or
    /// self-intersects), as a FeatureCollection whose features carry <c>properties.code</c>, with clockwise exterior rings. Borders are simplified
    /// per region, so two neighbours' edges may part by up to the tolerance: invisible at province scale.
    /// </summary>
    public static string Simplify(string geoJson, double toleranceDegrees = DefaultToleranceDegrees)
    {
        var features = new JsonArray();
        foreach (var (code, geometry) in BoundaryGeometries.Read(geoJson))
        {
            var simplified = TopologyPreservingSimplifier.Simplify(geometry, toleranceDegrees);
            // d3-geo, which draws Plotly's SVG maps, reads a counter-clockwise exterior ring as the whole globe minus
            // the region; Normalize makes exterior rings clockwise and holes counter-clockwise.
            simplified.Normalize();
            features.Add(new JsonObject
            {
                ["type"] = "Feature",
                ["id"] = code,
                ["properties"] = new JsonObject { ["code"] = code },
                ["geometry"] = JsonSerializer.SerializeToNode(simplified, typeof(Geometry), Options),
            });
        }

        return new JsonObject { ["type"] = "FeatureCollection", ["features"] = features }.ToJsonString();
    }
}
