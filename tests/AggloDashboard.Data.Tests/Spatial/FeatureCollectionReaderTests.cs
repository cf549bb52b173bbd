using System.Text.Json;
using AggloDashboard.Data.Spatial;

namespace AggloDashboard.Data.Tests.Spatial;

public sealed class FeatureCollectionReaderTests
{
    [Fact]
    public void Each_feature_is_read_in_order_whatever_follows_the_array()
    {
        var reader = FeatureCollectionReader.Read("""
            {"type":"FeatureCollection","features":[{"id":"220100"},{"id":"220200","properties":{"a":[1,2]}}],"name":"x"}
            """);

        var ids = new List<string>();
        reader.ForEachFeature(f => ids.Add(f.GetProperty("id").GetString()!));

        Assert.True(reader.HasFeatureArray);
        Assert.False(reader.Compressed);
        Assert.Equal(["220100", "220200"], ids);
    }

    [Fact]
    public void The_compression_flag_counts_after_the_features_too()
    {
        Assert.True(FeatureCollectionReader.Read("""{"features":[],"UTF8Encoding":true}""").Compressed);
        Assert.False(FeatureCollectionReader.Read("""{"features":[],"UTF8Encoding":false}""").Compressed);
    }

    [Theory]
    [InlineData("""[{"features":[]}]""")]
    [InlineData("""{"features":{}}""")]
    [InlineData("""{"type":"FeatureCollection"}""")]
    [InlineData("""{"features":[],"features":null}""")]
    public void Without_a_top_level_features_array_there_is_none(string json)
    {
        var reader = FeatureCollectionReader.Read(json);
        var visited = 0;
        reader.ForEachFeature(_ => visited++);

        Assert.False(reader.HasFeatureArray);
        Assert.Equal(0, visited);
    }

    [Theory]
    [InlineData("")]
    [InlineData("""{"features":[{"id":1},]}""")]
    [InlineData("""{"features":[]} trailing""")]
    [InlineData("""{"features":[{"id":1}]""")]
    public void Text_that_is_not_json_throws_as_a_json_document_would(string json)
    {
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(json));
        Assert.ThrowsAny<JsonException>(() => FeatureCollectionReader.Read(json));
    }
}
