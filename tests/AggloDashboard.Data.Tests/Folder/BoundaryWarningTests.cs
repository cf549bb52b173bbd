using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Esri;

namespace AggloDashboard.Data.Tests.Folder;

/// <summary>What a dataset folder's reader says about repaired, dropped and unmatched boundaries, and shapefiles.</summary>
public sealed class BoundaryWarningTests
{
    private const string Wgs84 =
        "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]]," +
        "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

    [Fact]
    public void Repairs_are_warnings_naming_the_code_and_the_dataset_stays_valid()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        // Leave 220100's ring open: [125.0, 43.5] ... [125.0, 44.5] without the closing position.
        folder.Edit("boundaries.json", text => text.Replace("[125.0, 44.5], [125.0, 43.5]]]", "[125.0, 44.5]]]"));

        var warning = ProblemAssert.SingleWarning(folder.Read(), "boundaries.json", null, null);

        Assert.Equal("feature 1 (code 220100): closed 1 ring whose last position was not the first", warning.Message);
    }

    [Fact]
    public void A_dropped_feature_is_a_warning_and_so_is_its_prefecture_without_a_boundary()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.Edit("boundaries.json", text => text.Replace(
            "[[[126.0, 43.5], [127.0, 43.5], [127.0, 44.5], [126.0, 44.5], [126.0, 43.5]]]", "[[[126.0, 43.5], [127.0, 43.5], [126.0, 43.5]]]"));

        var result = folder.Read();

        Assert.True(result.IsValid);
        Assert.Equal(
        [
            "boundaries.json: warning: feature 2 (code 220200): dropped 1 ring of fewer than 3 distinct positions; " +
            "nothing usable is left, so the feature is dropped",
            "boundaries.json: warning: no usable feature (see above) for prefecture 220200 吉林市 (regions.csv line 4): " +
            "it is left off the maps and the spatial statistics",
        ], result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Datav_style_adcode_numbers_match_the_regions()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.Write("boundaries.json", """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"adcode": 220100, "name": "长春市", "level": "city"}, "geometry": {"type": "Polygon", "coordinates": [[[125, 43], [126, 43], [126, 44], [125, 43]]]}},
              {"type": "Feature", "properties": {"adcode": 220200, "name": "吉林市", "level": "city"}, "geometry": {"type": "Polygon", "coordinates": [[[126, 43], [127, 43], [127, 44], [126, 43]]]}},
              {"type": "Feature", "properties": {"adcode": 220300, "name": "四平市", "level": "city"}, "geometry": {"type": "Polygon", "coordinates": [[[124, 43], [125, 43], [125, 44], [124, 43]]]}},
              {"type": "Feature", "properties": {"adcode": "100000_JD", "name": ""}, "geometry": {"type": "Polygon", "coordinates": [[[120, 20], [121, 20], [121, 21], [120, 20]]]}}
            ]}
            """);

        var warning = ProblemAssert.SingleWarning(folder.Read(), "boundaries.json", null, null);

        Assert.Equal("feature code '100000_JD' is not a region in regions.csv", warning.Message);
    }

    [Fact]
    public void A_shapefile_with_its_dbf_is_a_boundary_file_with_codes_from_a_numeric_adcode_field()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.Delete("boundaries.json");
        WriteShapefile(folder.FilePath("jilin.shp"), "ADCODE", [220100.0, 220200.0, 220300.0], Wgs84);

        var result = folder.Read();

        Assert.True(result.IsValid, string.Join('\n', result.Problems));
        Assert.Empty(result.Problems);
        var geometries = AggloDashboard.Data.Spatial.BoundaryGeometries.Read(result.Dataset!.BoundaryGeoJson!);
        Assert.Equal(["220100", "220200", "220300"], geometries.Keys);
        Assert.Equal(1.0, geometries["220200"].Area, 9);
    }

    [Fact]
    public void A_shapefile_with_text_codes_and_no_prj_is_read_with_a_warning()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.Delete("boundaries.json");
        WriteShapefile(folder.FilePath("jilin.shp"), "code", ["220100", "220200", "220300"], null);

        var warning = ProblemAssert.SingleWarning(folder.Read(), "jilin.shp", null, null);

        Assert.Equal("jilin.shp has no .prj: its coordinates are taken as WGS84 longitude and latitude", warning.Message);
    }

    [Fact]
    public void A_projected_prj_is_an_error_saying_to_reproject()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.Delete("boundaries.json");
        WriteShapefile(folder.FilePath("jilin.shp"), "code", ["220100", "220200", "220300"],
            "PROJCS[\"CGCS2000_3_Degree_GK_CM_126E\",GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\"]]");

        var error = ProblemAssert.SingleError(folder.Read(), "jilin.shp", null, null);

        Assert.StartsWith("jilin.prj is a projected coordinate system (CGCS2000_3_Degree_GK_CM_126E), so the coordinates are not degrees: " +
                          "reproject the shapefile to WGS84", error.Message);
    }

    [Fact]
    public void A_geographic_prj_on_another_datum_is_a_warning()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.Delete("boundaries.json");
        WriteShapefile(folder.FilePath("jilin.shp"), "code", ["220100", "220200", "220300"], "GEOGCS[\"GCS_Beijing_1954\",DATUM[\"D_Beijing_1954\"]]");

        var warning = ProblemAssert.SingleWarning(folder.Read(), "jilin.shp", null, null);

        Assert.StartsWith("jilin.prj is not WGS84 or CGCS2000 (GCS_Beijing_1954)", warning.Message);
    }

    [Fact]
    public void A_dbf_without_a_code_field_is_an_error_listing_its_fields()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.Delete("boundaries.json");
        WriteShapefile(folder.FilePath("jilin.shp"), "NAME", ["长春市", "吉林市", "四平市"], Wgs84);

        var error = ProblemAssert.SingleError(folder.Read(), "jilin.shp", null, null);

        Assert.Equal("the dbf of jilin.shp has no region code field (code, adcode, region_code, in any case); its fields are NAME", error.Message);
    }

    [Fact]
    public void A_shp_without_its_dbf_is_an_error()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.Delete("boundaries.json");
        WriteShapefile(folder.FilePath("jilin.shp"), "code", ["220100", "220200", "220300"], Wgs84);
        folder.Delete("jilin.dbf");

        var error = ProblemAssert.SingleError(folder.Read(), "jilin.shp", null, null);

        Assert.Equal("no jilin.dbf beside jilin.shp: the region codes are in the dbf", error.Message);
    }

    [Fact]
    public void A_shapefile_beside_a_geojson_boundary_file_is_an_error_naming_both()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        WriteShapefile(folder.FilePath("jilin.shp"), "code", ["220100", "220200", "220300"], Wgs84);

        var error = ProblemAssert.SingleError(folder.Read(), Path.GetFileName(folder.Path), null, null);

        Assert.Equal("several boundary files (boundaries.json, jilin.shp): keep one", error.Message);
    }

    /// <summary>Three unit squares side by side from 124° E, 43° N, with their codes in <paramref name="field"/>.</summary>
    private static void WriteShapefile(string shpPath, string field, object[] codes, string? projection)
    {
        var factory = new GeometryFactory();
        var features = codes.Select((code, i) =>
        {
            var x = 124.0 + i;
            var square = factory.CreatePolygon([new(x, 43), new(x, 44), new(x + 1, 44), new(x + 1, 43), new(x, 43)]);
            return (IFeature)new Feature(square, new AttributesTable { { field, code } });
        });
        Shapefile.WriteAllFeatures(features, shpPath, projection);
    }
}
