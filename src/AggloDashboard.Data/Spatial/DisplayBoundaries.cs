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

    /// <summary>
    /// A map fits all its regions into about 1,000 pixels of width, so a wider extent is simplified more: a quarter
    /// of a pixel, its extent over this many. A province (about 10°) stays at <see cref="DefaultToleranceDegrees"/>;
    /// the whole country (about 62°) gets 0.016°, about 1.6 km.
    /// </summary>
    public const double ExtentPerTolerance = 4000;

    // DoNotModify keeps the clockwise rings of Normalize; the default would turn them to RFC 7946's counter-clockwise.
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new GeoJsonConverterFactory(false, GeoJsonConverterFactory.DefaultIdPropertyName, RingOrientationOption.DoNotModify) },
    };

    /// <summary>
    /// Every region's polygon simplified with <see cref="TopologyPreservingSimplifier"/> (no ring collapses or
    /// self-intersects), as a FeatureCollection whose features carry <c>properties.code</c>, with clockwise exterior rings. Borders are simplified
    /// per region, so two neighbours' edges may part by up to the tolerance: invisible at the map's scale. The tolerance
    /// is <see cref="ToleranceFor"/> the regions' extent unless given.
    /// </summary>
    public static string Simplify(string geoJson, double? toleranceDegrees = null)
    {
        var geometries = BoundaryGeometries.Read(geoJson);
        var tolerance = toleranceDegrees ?? ToleranceFor(geometries.Values);
        var features = new JsonArray();
        foreach (var (code, geometry) in geometries)
        {
            var simplified = TopologyPreservingSimplifier.Simplify(geometry, tolerance);
            if (!simplified.IsValid && geometry.IsValid)
            {
                // A wide tolerance can close the gap between a region's parts (an exclave beside the enclave that
                // holds it): that region keeps the province-scale tolerance.
                simplified = TopologyPreservingSimplifier.Simplify(geometry, Math.Min(tolerance, DefaultToleranceDegrees));
            }

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

    /// <summary>The tolerance for a map of these regions: <see cref="DefaultToleranceDegrees"/>, or more for a wide extent.</summary>
    public static double ToleranceFor(IEnumerable<Geometry> geometries)
    {
        var extent = new Envelope();
        foreach (var geometry in geometries)
        {
            extent.ExpandToInclude(geometry.EnvelopeInternal);
        }

        return extent.IsNull ? DefaultToleranceDegrees : Math.Max(DefaultToleranceDegrees, Math.Max(extent.Width, extent.Height) / ExtentPerTolerance);
    }
}
