using AggloDashboard.Web.Charts;

namespace AggloDashboard.Web.Tests.Charts;

public sealed class GeoViewTests
{
    private static string Box(double west, double south, double east, double north) =>
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" +
        $"[[[{west},{south}],[{east},{south}],[{east},{north}],[{west},{north}],[{west},{south}]]]" + "}}]}";

    [Fact]
    public void A_box_around_the_equator_is_centred_on_it()
    {
        var view = GeoView.Fit(Box(-10, -5, 10, 5), widthPx: 512, heightPx: 512);
        Assert.Equal(0, view.CenterLat, 10);
        Assert.Equal(0, view.CenterLon, 10);
        // 20 degrees of longitude fill 0.9 x 512 px: 512 · 2^z · 20/360 = 460.8 -> z = log2(16.2).
        Assert.Equal(Math.Round(Math.Log2(0.9 * 360 / 20), 2), view.Zoom, 10);
    }

    [Fact]
    public void The_centre_is_the_middle_in_Web_Mercator_not_in_degrees()
    {
        var view = GeoView.Fit(Box(120, 40, 130, 50));
        Assert.True(view.CenterLat > 45, $"{view.CenterLat}");
        Assert.Equal(125, view.CenterLon, 10);
    }

    [Fact]
    public void Multipolygons_and_empty_collections_are_handled()
    {
        Assert.Equal(new GeoView(0, 0, 1), GeoView.Fit("""{"type":"FeatureCollection","features":[]}"""));
        var multi = """{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]],[[[3,0],[4,0],[4,1],[3,0]]]]}}]}""";
        Assert.Equal(2, GeoView.Fit(multi).CenterLon, 10);
    }
}
