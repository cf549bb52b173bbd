using System.Text.Json;

namespace AggloDashboard.EndToEnd.Tests.Infrastructure;

/// <summary>A Plotly trace's locations and z as read from the page; a z that is not a finite number is null.</summary>
public sealed record MapTrace(string Json, IReadOnlyList<string> Locations, IReadOnlyList<double?> Z)
{
    public static MapTrace Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var locations = doc.RootElement.GetProperty("locations").EnumerateArray().Select(e => e.ToString()).ToArray();
        var z = doc.RootElement.GetProperty("z").EnumerateArray()
            .Select(e => e.ValueKind == JsonValueKind.Number ? e.GetDouble() : (double?)null).ToArray();
        return new MapTrace(json, locations, z);
    }

    /// <summary>The z value of each location.</summary>
    public IReadOnlyDictionary<string, double?> ByLocation => Locations.Zip(Z).ToDictionary(p => p.First, p => p.Second);
}
