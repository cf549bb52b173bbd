namespace AggloDashboard.Data.Tests.Folder;

public sealed class BoundaryFileTests
{
    private const string TwoFeatures = """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {"code": "220100"}, "geometry": {"type": "Polygon", "coordinates": [[[125, 43], [126, 43], [126, 44], [125, 43]]]}},
          {"type": "Feature", "properties": {"code": "220200"}, "geometry": {"type": "Polygon", "coordinates": [[[126, 43], [127, 43], [127, 44], [126, 43]]]}}
        ]}
        """;

    [Fact]
    public void Folder_without_a_boundary_file_is_valid_with_a_warning()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.Delete("boundaries.json");

        var result = folder.Read();

        var warning = ProblemAssert.SingleWarning(result, Path.GetFileName(folder.Path), null, null);
        Assert.Equal("no boundary file: maps unavailable", warning.Message);
        Assert.Null(result.Dataset!.BoundaryGeoJson);
    }

    [Fact]
    public void Boundary_file_may_have_any_name_ending_in_geojson()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        File.Move(folder.FilePath("boundaries.json"), folder.FilePath("Jilin prefectures.GeoJSON"));

        var result = folder.Read();

        Assert.Empty(result.Problems);
        Assert.NotNull(result.Dataset!.BoundaryGeoJson);
    }

    [Fact]
    public void Malformed_json_is_an_error_naming_the_file_and_line()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.Write("boundaries.json", "{\n  \"type\": \"FeatureCollection\",\n  \"features\": [\n}\n");

        var error = ProblemAssert.SingleError(folder.Read(), "boundaries.json", 4, null);

        Assert.StartsWith("not valid JSON: ", error.Message);
    }

    [Fact]
    public void Json_that_is_not_a_feature_collection_is_an_error()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.Write("boundaries.json", """{"type": "Feature", "geometry": null, "properties": {}}""");

        var error = ProblemAssert.SingleError(folder.Read(), "boundaries.json", null, null);

        Assert.Equal("not a GeoJSON FeatureCollection", error.Message);
    }

    [Fact]
    public void Feature_without_a_region_code_is_an_error_naming_the_feature()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.Edit("boundaries.json", text => text.Replace("\"id\": \"220200\",", ""));

        var error = ProblemAssert.HasError(folder.Read(), "boundaries.json", null, null);

        Assert.Equal("feature 2 has no region code in properties.code, properties.adcode or id", error.Message);
    }

    [Fact]
    public void Feature_without_polygon_coordinates_is_an_error_naming_the_feature()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.Edit("boundaries.json", text => text.Replace("[[[125.0, 43.5], [126.0, 43.5]", "[[[\"125.0\", 43.5], [126.0, 43.5]"));

        var error = ProblemAssert.HasError(folder.Read(), "boundaries.json", null, null);

        Assert.Equal("feature 1 (code 220100) has no Polygon or MultiPolygon geometry with numeric [longitude, latitude] positions",
            error.Message);
    }

    [Fact]
    public void Compressed_echarts_map_is_an_error_saying_to_decode_it()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.Write("boundaries.json", """
            {"type": "FeatureCollection", "UTF8Encoding": true, "features": [
              {"id": "220100", "type": "Feature", "properties": {"name": "长春市"},
               "geometry": {"type": "Polygon", "coordinates": ["@@D@@DCC"], "encodeOffsets": [[128000, 44800]]}}
            ]}
            """);

        var error = ProblemAssert.SingleError(folder.Read(), "boundaries.json", null, null);

        Assert.StartsWith("compressed ECharts map", error.Message);
    }

    [Fact]
    public void Two_feature_collections_are_an_error_naming_both()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        File.Copy(folder.FilePath("boundaries.json"), folder.FilePath("copy.geojson"));

        var error = ProblemAssert.SingleError(folder.Read(), Path.GetFileName(folder.Path), null, null);

        Assert.Equal("several boundary files (boundaries.json, copy.geojson): keep one", error.Message);
    }

    [Fact]
    public void Other_json_beside_the_boundary_file_is_ignored_with_a_warning()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.Write("metadata.json", """{"source": "statistical yearbooks"}""");

        var warning = ProblemAssert.SingleWarning(folder.Read(), "metadata.json", null, null);

        Assert.Equal("ignored (not a GeoJSON FeatureCollection): the boundary file is boundaries.json", warning.Message);
    }

    [Fact]
    public void Feature_whose_code_is_not_a_region_is_a_warning()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.Write("boundaries.json", TwoFeatures.Replace("220200", "220900"));

        var result = folder.Read();

        Assert.Equal(
        [
            "boundaries.json: warning: feature code '220900' is not a region in regions.csv",
            "boundaries.json: warning: no feature for prefecture 220200 吉林市 (regions.csv line 4): it is left off the maps and the spatial statistics",
            "boundaries.json: warning: no feature for prefecture 220300 四平市 (regions.csv line 5): it is left off the maps and the spatial statistics",
        ], result.Problems.Select(p => p.ToString()));
        Assert.True(result.IsValid);
    }

    [Fact]
    public void Prefecture_without_a_feature_is_a_warning_and_a_province_needs_none()
    {
        using var folder = TestDatasetFolder.CopyOfSmallValid();
        folder.Write("boundaries.json", TwoFeatures);

        var warning = ProblemAssert.SingleWarning(folder.Read(), "boundaries.json", null, null);

        Assert.Equal("no feature for prefecture 220300 四平市 (regions.csv line 5): it is left off the maps and the spatial statistics", warning.Message);
    }
}
