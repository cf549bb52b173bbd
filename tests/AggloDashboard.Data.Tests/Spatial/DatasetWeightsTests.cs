using AggloDashboard.Core.Analytics;
using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Folder;
using AggloDashboard.Data.Spatial;
using AggloDashboard.Data.Tests.Boundaries;

namespace AggloDashboard.Data.Tests.Spatial;

public sealed class DatasetWeightsTests
{
    private static readonly Lazy<Dataset> Seed = new(() =>
        DatasetFolderReader.Read(Path.Combine(RepositoryRoot.Path, "seed-data")).Dataset!);

    [Fact]
    public void The_seed_data_gets_queen_by_default_and_inverse_distance_as_the_alternative()
    {
        var weights = DatasetWeights.For(Seed.Value);

        Assert.Equal(SpatialWeights.QueenName, weights.Default!.Name);
        Assert.Equal([SpatialWeights.QueenName, SpatialWeights.InverseDistanceName], weights.All.Select(w => w.Name));
        Assert.Equal(9, weights.Queen!.Codes.Count);
        Assert.Equal(["220700"], weights.Queen.NeighboursOf("220800"));
        Assert.Empty(weights.Notes);
    }

    [Fact]
    public void Without_boundaries_there_are_no_weights_and_a_note_says_why()
    {
        var seed = Seed.Value;
        var weights = DatasetWeights.For(new Dataset(seed.Regions, seed.Indicators, seed.Observations, null));

        Assert.Null(weights.Default);
        Assert.Contains("no boundary file", Assert.Single(weights.Notes));
    }

    [Fact]
    public void A_city_without_a_contiguous_neighbour_stays_in_queen_with_no_neighbours_and_a_note_names_it()
    {
        // Keep Baicheng but drop Songyuan, its only neighbour, from the boundaries: Baicheng becomes an island.
        var seed = Seed.Value;
        var geoJson = System.Text.Json.Nodes.JsonNode.Parse(seed.BoundaryGeoJson!)!;
        var features = geoJson["features"]!.AsArray();
        features.Remove(features.Single(f => (string?)f!["properties"]!["code"] == "220700"));
        var dataset = new Dataset(seed.Regions, seed.Indicators, seed.Observations, geoJson.ToJsonString());

        var weights = DatasetWeights.For(dataset);

        Assert.Same(weights.Queen, weights.Default);
        Assert.Equal(8, weights.Default!.Codes.Count);
        Assert.Empty(weights.Default.NeighboursOf("220800"));
        Assert.Contains(weights.Notes, n => n.Contains("220700") && n.Contains("left out"));
        Assert.Contains(weights.Notes, n => n.Contains("220800") && n.Contains("kept with no neighbours"));
    }

    [Fact]
    public void When_most_cities_touch_nothing_the_outlines_say_nothing_about_contiguity_and_inverse_distance_is_the_default()
    {
        // Schematic outlines: a small square per city, 1° apart, none within the 0.01° contiguity tolerance.
        var seed = Seed.Value;
        var squares = seed.Prefectures.Select((r, i) =>
        {
            double west = 120 + i, east = west + 0.5;
            var ring = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[[{west},40],[{east},40],[{east},40.5],[{west},40.5],[{west},40]]");
            return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + r.Code + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}}";
        });
        var geoJson = "{\"type\":\"FeatureCollection\",\"features\":[" + string.Join(",", squares) + "]}";

        var weights = DatasetWeights.For(new Dataset(seed.Regions, seed.Indicators, seed.Observations, geoJson));

        Assert.Null(weights.Queen);
        Assert.Equal(SpatialWeights.InverseDistanceName, weights.Default!.Name);
        Assert.Equal(9, weights.Default.Codes.Count);
        Assert.Contains("9 of 9 cities without a neighbour; inverse distance is the default instead", Assert.Single(weights.Notes));
    }
}
