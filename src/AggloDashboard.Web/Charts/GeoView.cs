using System.Text.Json;

namespace AggloDashboard.Web.Charts;

/// <summary>Where a map looks: the centre and zoom that fit a GeoJSON's extent into a panel of the given size.</summary>
public sealed record GeoView(double CenterLat, double CenterLon, double Zoom)
{
    /// <summary>
    /// Fits the bounding box of every coordinate; MapLibre draws the world 512·2^zoom pixels wide, and latitude is
    /// stretched by 1/cos(lat) in Web Mercator.
    /// </summary>
    public static GeoView Fit(string geoJson, double widthPx = 640, double heightPx = 440)
    {
        double minLon = double.MaxValue, maxLon = double.MinValue, minLat = double.MaxValue, maxLat = double.MinValue;
        using var doc = JsonDocument.Parse(geoJson);
        foreach (var feature in doc.RootElement.GetProperty("features").EnumerateArray())
        {
            Visit(feature.GetProperty("geometry").GetProperty("coordinates"));
        }

        if (minLon > maxLon)
        {
            return new GeoView(0, 0, 1);
        }

        var centerLat = (minLat + maxLat) / 2;
        var lonSpan = Math.Max(maxLon - minLon, 1e-6);
        var latSpan = Math.Max(maxLat - minLat, 1e-6) / Math.Cos(centerLat * Math.PI / 180);
        var zoomLon = Math.Log2(0.9 * widthPx * 360 / (512 * lonSpan));
        var zoomLat = Math.Log2(0.9 * heightPx * 360 / (512 * latSpan));
        return new GeoView(centerLat, (minLon + maxLon) / 2, Math.Round(Math.Min(zoomLon, zoomLat), 2));

        void Visit(JsonElement e)
        {
            if (e.ValueKind != JsonValueKind.Array || e.GetArrayLength() == 0)
            {
                return;
            }

            if (e[0].ValueKind == JsonValueKind.Number)
            {
                var lon = e[0].GetDouble();
                var lat = e[1].GetDouble();
                minLon = Math.Min(minLon, lon);
                maxLon = Math.Max(maxLon, lon);
                minLat = Math.Min(minLat, lat);
                maxLat = Math.Max(maxLat, lat);
                return;
            }

            foreach (var child in e.EnumerateArray())
            {
                Visit(child);
            }
        }
    }
}
