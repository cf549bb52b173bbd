using System.Text;
using System.Text.Json;

namespace AggloDashboard.Data.Spatial;

/// <summary>
/// A GeoJSON FeatureCollection read one feature at a time, each feature a small <see cref="JsonElement"/> of its own.
/// One <see cref="JsonDocument"/> over the whole text would rent two buffers as large as its UTF-8 text from the
/// shared array pool, which keeps them after the parse: for a national boundary file (11 MB) 16 MiB each, per thread
/// that parsed one.
/// </summary>
internal sealed class FeatureCollectionReader
{
    private readonly byte[] _utf8;
    private readonly int _featuresAt;

    private FeatureCollectionReader(byte[] utf8, bool compressed, int featuresAt)
    {
        _utf8 = utf8;
        Compressed = compressed;
        _featuresAt = featuresAt;
    }

    /// <summary>The top level is an object that says <c>"UTF8Encoding": true</c> (a compressed ECharts map).</summary>
    public bool Compressed { get; }

    /// <summary>The top level is an object whose <c>features</c> is an array.</summary>
    public bool HasFeatureArray => _featuresAt >= 0;

    /// <summary>Checks the whole text and reads its top level; a repeated property counts by its last value, as in a <see cref="JsonDocument"/>.</summary>
    /// <exception cref="JsonException">The text is not JSON.</exception>
    public static FeatureCollectionReader Read(string geoJson)
    {
        var utf8 = Encoding.UTF8.GetBytes(geoJson);
        var reader = new Utf8JsonReader(utf8);
        reader.Read();
        var compressed = false;
        var featuresAt = -1;
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isEncoding = reader.ValueTextEquals("UTF8Encoding"u8);
                var isFeatures = reader.ValueTextEquals("features"u8);
                reader.Read();
                compressed = isEncoding ? reader.TokenType == JsonTokenType.True : compressed;
                featuresAt = isFeatures ? (reader.TokenType == JsonTokenType.StartArray ? (int)reader.TokenStartIndex : -1) : featuresAt;
                reader.Skip();
            }
        }
        else
        {
            reader.Skip();
        }

        // Past the top-level value only white space may follow: anything else throws here.
        reader.Read();
        return new FeatureCollectionReader(utf8, compressed, featuresAt);
    }

    /// <summary>Gives each element of <c>features</c> in turn to <paramref name="visit"/>.</summary>
    public void ForEachFeature(Action<JsonElement> visit)
    {
        if (_featuresAt < 0)
        {
            return;
        }

        var reader = new Utf8JsonReader(_utf8.AsSpan(_featuresAt));
        reader.Read();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            visit(JsonElement.ParseValue(ref reader));
        }
    }
}
