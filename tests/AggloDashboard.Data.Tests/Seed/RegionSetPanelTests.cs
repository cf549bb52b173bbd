using System.Text.Json;
using AggloDashboard.Core.Analytics;
using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Folder;
using AggloDashboard.Data.Seed;
using AggloDashboard.Data.Spatial;
using AggloDashboard.Data.Tests.Boundaries;
using AggloDashboard.Data.Tests.Folder;

namespace AggloDashboard.Data.Tests.Seed;

/// <summary>The illustrative panels of <c>generate --regions</c>, with boundaries decoded from the embedded ECharts maps.</summary>
public sealed class RegionSetPanelTests
{
    private static readonly Lazy<RegionSetOutput> National = new(() => RegionSetPanel.Generate(RegionSet.National));

    [Fact]
    public void Decoding_china_cities_gives_valid_geojson_with_every_ring_closed_and_counter_clockwise_outside()
    {
        var output = National.Value;
        var rings = 0;
        using var document = JsonDocument.Parse(output.Dataset.BoundaryGeoJson!);
        foreach (var feature in document.RootElement.GetProperty("features").EnumerateArray())
        {
            var geometry = feature.GetProperty("geometry");
            var polygons = geometry.GetProperty("type").GetString() == "Polygon"
                ? [geometry.GetProperty("coordinates").Deserialize<double[][][]>()!]
                : geometry.GetProperty("coordinates").Deserialize<double[][][][]>()!;
            foreach (var polygon in polygons)
            {
                for (var i = 0; i < polygon.Length; i++)
                {
                    var ring = polygon[i];
                    rings++;
                    Assert.True(ring.Length >= 4 && ring[0].SequenceEqual(ring[^1]), $"ring of {feature.GetProperty("id")} is not closed");
                    Assert.Equal(i == 0, SignedArea(ring) > 0);
                }
            }
        }

        Assert.Equal(367, output.Decoding.Features);
        Assert.True(rings > 367);
        // What ECharts' file needed: its open rings closed, its slivers of under 3 positions dropped, its parts merged.
        Assert.Equal((1439, 86), (output.Decoding.ClosedRings, output.Decoding.DroppedRings));
        var read = BoundaryGeometries.Parse(output.Dataset.BoundaryGeoJson!);
        Assert.Empty(read.Notes);
        Assert.All(read.Geometries.Values, g => Assert.True(g.IsValid));
    }

    [Fact]
    public void National_has_367_prefectures_under_27_provinces_and_a_boundary_for_every_one()
    {
        var dataset = National.Value.Dataset;

        var prefectures = dataset.Prefectures.ToArray();
        Assert.Equal(367, prefectures.Length);
        Assert.Equal(27, dataset.Regions.Count(r => r.Level == RegionLevel.Province));
        Assert.Equal(RegionSetPanel.SingleFeatureProvinces.Order(), prefectures.Where(p => p.ParentCode is null).Select(p => p.Code).Order());
        var codes = dataset.Regions.Select(r => r.Code).ToHashSet();
        Assert.All(prefectures.Where(p => p.ParentCode is not null), p => Assert.Contains(p.ParentCode!, codes));
        var report = BoundaryReport.For(dataset)!;
        Assert.Equal(0, report.Count);
        Assert.Equal(prefectures.Select(p => p.Code), BoundaryGeometries.Read(dataset.BoundaryGeoJson!).Keys);
    }

    [Fact]
    public void The_written_national_folder_is_valid_without_any_warning()
    {
        using var folder = TestDatasetFolder.Empty();
        var output = National.Value;
        DatasetFolderWriter.Write(output.Dataset, folder.Path, output.BoundaryFileName);

        var result = folder.Read();

        Assert.True(result.IsValid, string.Join('\n', result.Problems));
        Assert.Empty(result.Problems);
        Assert.Equal(367, result.Summary.Prefectures);
    }

    [Fact]
    public void Morans_i_on_the_national_panel_uses_every_region_with_a_boundary()
    {
        var dataset = National.Value.Dataset;
        var weights = DatasetWeights.For(dataset);

        // Taiwan touches no other region: it stays in with no neighbours, and queen contiguity remains the default.
        Assert.Equal(["queen contiguity leaves 710000 without a neighbour: kept with no neighbours (never significant)"], weights.Notes);
        Assert.Same(weights.Queen, weights.Default);
        Assert.Equal(367, weights.Default!.Codes.Count);
        var values = weights.Default.Codes
            .Select(code => dataset.Observations.Single(o => o.RegionCode == code && o.Year == 2023 && o.IndicatorCode == "ctx.gdp").Value!.Value)
            .ToArray();
        var moran = MoranI.Global(weights.Default, values, permutations: 99);
        Assert.Equal(367, moran.N);
        Assert.False(double.IsNaN(moran.I));
    }

    [Fact]
    public void The_national_map_draws_every_region_with_clockwise_exteriors_as_plotly_needs()
    {
        var display = BoundaryGeometries.Parse(DisplayBoundaries.Simplify(National.Value.Dataset.BoundaryGeoJson!));

        Assert.Equal(367, display.Geometries.Count);
        // Simplification keeps every region valid: nothing for GeometryFixer, nothing dropped.
        Assert.DoesNotContain(display.Notes, n => n.Kind != BoundaryNoteKind.Repaired || n.Message.Contains("GeometryFixer"));
        using var document = JsonDocument.Parse(DisplayBoundaries.Simplify(National.Value.Dataset.BoundaryGeoJson!));
        foreach (var feature in document.RootElement.GetProperty("features").EnumerateArray())
        {
            var geometry = feature.GetProperty("geometry");
            var polygons = geometry.GetProperty("type").GetString() == "Polygon"
                ? [geometry.GetProperty("coordinates").Deserialize<double[][][]>()!]
                : geometry.GetProperty("coordinates").Deserialize<double[][][][]>()!;
            Assert.All(polygons, polygon => Assert.True(SignedArea(polygon[0]) < 0, $"{feature.GetProperty("id")} is drawn inside out"));
        }
    }

    [Fact]
    public void Northeast_has_the_three_provinces_and_their_36_prefectures_with_boundaries()
    {
        var output = RegionSetPanel.Generate(RegionSet.Northeast);
        var dataset = output.Dataset;

        Assert.Equal(["210000", "220000", "230000"], dataset.Regions.Where(r => r.Level == RegionLevel.Province).Select(r => r.Code));
        Assert.Equal(36, dataset.Prefectures.Count());
        Assert.All(dataset.Prefectures, p => Assert.Equal(p.Code[..2] + "0000", p.ParentCode));
        Assert.Equal(0, BoundaryReport.For(dataset)!.Count);
        Assert.Equal(SeedCatalog.Regions.Single(r => r.Code == "220100"), dataset.Regions.Single(r => r.Code == "220100"));
        Assert.Contains("map/json/china-cities.json", output.Notice);
        Assert.Contains("Apache ECharts", output.Notice);
    }

    [Fact]
    public void Jilin_is_the_seed_panel_with_the_seed_boundaries()
    {
        var output = RegionSetPanel.Generate(RegionSet.Jilin);
        var seed = IllustrativePanelGenerator.Generate();

        Assert.Equal(seed.Regions, output.Dataset.Regions);
        Assert.Equal(seed.Observations, output.Dataset.Observations);
        Assert.Equal("jilin-prefectures.json", output.BoundaryFileName);
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "seed-data", "jilin-prefectures.json")), output.Dataset.BoundaryGeoJson);
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "seed-data", "NOTICE")), output.Notice);
    }

    private static double SignedArea(double[][] ring)
    {
        var sum = 0.0;
        for (var i = 0; i + 1 < ring.Length; i++)
        {
            sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
        }

        return sum / 2;
    }
}
