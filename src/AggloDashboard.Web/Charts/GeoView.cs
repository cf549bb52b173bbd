using System.Text.Json;

namespace AggloDashboard.Web.Charts;

/// <summary>Where a map looks: the centre and zoom that fit a GeoJSON's extent into a panel of the given size.</summary>
public sealed record GeoView(double CenterLat, double CenterLon, double Zoom)
{
    /// <summary>
    /// Fits the bounding box of every coordinate in Web Mercator, where MapLibre draws the world 512·2^zoom pixels
    /// wide (x = lon/360, y = ln tan(π/4 + φ/2)/2π); the centre is the middle of the projected box.
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

        var (south, north) = (MercatorY(minLat), MercatorY(maxLat));
        var centerLat = Math.Atan(Math.Sinh((south + north) / 2)) * 180 / Math.PI;
        var xSpan = Math.Max(maxLon - minLon, 1e-6) / 360;
        var ySpan = Math.Max(north - south, 1e-6) / (2 * Math.PI);
        var zoomX = Math.Log2(0.9 * widthPx / (512 * xSpan));
        var zoomY = Math.Log2(0.9 * heightPx / (512 * ySpan));
        return new GeoView(centerLat, (minLon + maxLon) / 2, Math.Round(Math.Min(zoomX, zoomY), 2));

        static double MercatorY(double lat) => Math.Log(Math.Tan(Math.PI / 4 + lat * Math.PI / 360));

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
