using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AggloDashboard.Data.Spatial;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Precision;

namespace AggloDashboard.Data.Boundaries;

/// <summary>
/// Turns an ECharts 4.9.0 map file (a FeatureCollection with <c>"UTF8Encoding": true</c> and compressed coordinates)
/// into valid plain GeoJSON: [longitude, latitude] numbers on a grid of 5 decimals (about 1 m), closed rings in
/// RFC 7946 orientation (exterior counter-clockwise, holes clockwise), and per feature <c>id</c> and
/// <c>properties.code</c> (the GB/T 2260 code, ECharts' feature id) and <c>properties.name</c> (the Chinese name).
/// </summary>
/// <remarks>
/// ECharts stores rings as its renderer fills them, with the non-zero rule: rings are often left open, and the rings
/// after the first of a "Polygon" are mostly further parts of the region (china-cities.json has some 1,700 such rings,
/// wound as the first). So a later ring is a hole only where it lies inside the first and is wound the other way, as
/// the non-zero rule would leave it empty; any other ring is a part of its own. Parts that touch or overlap make an
/// invalid MultiPolygon, which GeometryFixer merges.
/// </remarks>
public static class EChartsMapDecoder
{
    private const double DefaultScale = 1024;
    private const double GridScale = 1e5;

    private static readonly GeometryFactory Factory = new(new PrecisionModel(GridScale));

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Keeps the Chinese names readable in the file; the output is data, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonSerializerOptions GeometryOptions = new()
    {
        Converters = { new GeoJsonConverterFactory(Factory, false, GeoJsonConverterFactory.DefaultIdPropertyName, RingOrientationOption.EnforceRfc9746) },
    };

    /// <summary>Decodes the file at <paramref name="inputPath"/> into a UTF-8 GeoJSON file at <paramref name="outputPath"/>.</summary>
    /// <exception cref="InvalidDataException">The input is not a compressed ECharts map.</exception>
    public static EChartsDecoding DecodeFile(string inputPath, string outputPath)
    {
        var decoding = Decode(File.ReadAllText(inputPath));
        File.WriteAllText(outputPath, decoding.GeoJson, new UTF8Encoding(false));
        return decoding;
    }

    /// <summary>Decodes an ECharts map given as JSON text into a GeoJSON FeatureCollection, with what it had to repair.</summary>
    /// <exception cref="InvalidDataException">The input is not a compressed ECharts map, or a feature has no usable ring.</exception>
    public static EChartsDecoding Decode(string echartsMapJson)
    {
        using var document = JsonDocument.Parse(echartsMapJson);
        var root = document.RootElement;
        if (!root.TryGetProperty("UTF8Encoding", out var compressed) || compressed.ValueKind != JsonValueKind.True)
        {
            throw new InvalidDataException("not a compressed ECharts map: \"UTF8Encoding\": true is missing");
        }

        var scale = root.TryGetProperty("UTF8Scale", out var scaleElement) ? scaleElement.GetDouble() : DefaultScale;
        var tally = new Tally();
        using var output = new MemoryStream();
        using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "FeatureCollection");
            writer.WriteStartArray("features");
            foreach (var feature in root.GetProperty("features").EnumerateArray())
            {
                WriteFeature(writer, feature, scale, tally);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return new EChartsDecoding(Encoding.UTF8.GetString(output.ToArray()), tally.Features, tally.Closed, tally.Dropped,
            tally.Reoriented, tally.Fixed);
    }

    private static void WriteFeature(Utf8JsonWriter writer, JsonElement feature, double scale, Tally tally)
    {
        var id = feature.GetProperty("id");
        var code = id.ValueKind == JsonValueKind.Number ? id.GetRawText() : id.GetString()!;
        var geometry = feature.GetProperty("geometry");
        var geometryType = geometry.GetProperty("type").GetString();
        var coordinates = geometry.GetProperty("coordinates");
        var offsets = geometry.GetProperty("encodeOffsets");
        var polygons = new List<Polygon>();
        switch (geometryType)
        {
            case "Polygon":
                AddPolygons(polygons, coordinates, offsets, scale, tally);
                break;
            case "MultiPolygon":
                for (var polygon = 0; polygon < coordinates.GetArrayLength(); polygon++)
                {
                    AddPolygons(polygons, coordinates[polygon], offsets[polygon], scale, tally);
                }

                break;
            default:
                throw new InvalidDataException($"feature {code}: geometry type '{geometryType}' is not Polygon or MultiPolygon");
        }

        if (polygons.Count == 0)
        {
            throw new InvalidDataException($"feature {code}: no ring has 3 distinct positions");
        }

        tally.Features++;
        writer.WriteStartObject();
        writer.WriteString("type", "Feature");
        writer.WriteString("id", code);
        writer.WriteStartObject("properties");
        writer.WriteString("code", code);
        writer.WriteString("name", feature.GetProperty("properties").GetProperty("name").GetString());
        writer.WriteEndObject();
        writer.WritePropertyName("geometry");
        JsonSerializer.Serialize(writer, Valid(polygons, code, tally), GeometryOptions);
        writer.WriteEndObject();
    }

    /// <summary>
    /// One polygon, or a MultiPolygon of the parts; when that is invalid, NetTopologySuite's GeometryFixer fixes
    /// each polygon (self-intersections, collapsed rings) and unions them (merging parts that touch or overlap),
    /// and the result is put back on the 5-decimal grid without losing validity.
    /// </summary>
    private static Geometry Valid(List<Polygon> polygons, string code, Tally tally)
    {
        Geometry geometry = polygons.Count == 1 ? polygons[0] : Factory.CreateMultiPolygon(polygons.ToArray());
        if (geometry.IsValid)
        {
            return geometry;
        }

        tally.Fixed++;
        var fixedGeometry = GeometryPrecisionReducer.Reduce(GeometryFixer.Fix(geometry), Factory.PrecisionModel);
        return fixedGeometry is Polygon or MultiPolygon && !fixedGeometry.IsEmpty
            ? fixedGeometry
            : throw new InvalidDataException($"feature {code}: no valid polygon is left after repair");
    }

    /// <summary>The polygons of one ECharts "Polygon": its first ring with the holes inside it, and the other rings as parts.</summary>
    private static void AddPolygons(List<Polygon> polygons, JsonElement rings, JsonElement ringOffsets, double scale, Tally tally)
    {
        LinearRing? exterior = null;
        var holes = new List<LinearRing>();
        var parts = new List<LinearRing>();
        for (var i = 0; i < rings.GetArrayLength(); i++)
        {
            var offset = ringOffsets[i];
            var positions = EChartsRing.Decode(rings[i].GetString()!, offset[0].GetInt64(), offset[1].GetInt64(), scale)
                .Select(p => new Coordinate(Math.Round(p.Longitude * GridScale) / GridScale, Math.Round(p.Latitude * GridScale) / GridScale))
                .ToList();
            if (!BoundaryGeometries.HasThreeDistinctPositions(positions))
            {
                tally.Dropped++;
                continue;
            }

            if (!positions[0].Equals2D(positions[^1]))
            {
                positions.Add(positions[0].Copy());
                tally.Closed++;
            }

            var ring = Factory.CreateLinearRing(positions.ToArray());
            if (i == 0)
            {
                exterior = ring;
            }
            else if (exterior is not null
                     && Orientation.IsCCW(ring.CoordinateSequence) != Orientation.IsCCW(exterior.CoordinateSequence)
                     && Factory.CreatePolygon(exterior).Covers(ring))
            {
                holes.Add(ring);
            }
            else
            {
                parts.Add(ring);
            }
        }

        if (exterior is not null)
        {
            polygons.Add(Factory.CreatePolygon(Oriented(exterior, true, tally), holes.Select(h => Oriented(h, false, tally)).ToArray()));
        }

        polygons.AddRange(parts.Select(p => Factory.CreatePolygon(Oriented(p, true, tally))));
    }

    private static LinearRing Oriented(LinearRing ring, bool counterClockwise, Tally tally)
    {
        if (Orientation.IsCCW(ring.CoordinateSequence) == counterClockwise)
        {
            return ring;
        }

        tally.Reoriented++;
        return (LinearRing)ring.Reverse();
    }

    private sealed class Tally
    {
        public int Features;
        public int Closed;
        public int Dropped;
        public int Reoriented;
        public int Fixed;
    }
}

/// <summary>
/// The result of <see cref="EChartsMapDecoder.Decode"/>: the GeoJSON and what was repaired on the way, in rings
/// (closed, dropped for having fewer than 3 distinct positions, turned to RFC 7946 orientation) and in features
/// (invalid ones, mostly parts that touch or overlap, fixed by NetTopologySuite's GeometryFixer).
/// </summary>
public sealed record EChartsDecoding(string GeoJson, int Features, int ClosedRings, int DroppedRings, int ReorientedRings,
    int FixedFeatures)
{
    public string Summary =>
        $"{Features} features; closed {ClosedRings} rings, dropped {DroppedRings} rings of fewer than 3 distinct positions, " +
        $"turned {ReorientedRings} rings to RFC 7946 orientation, " +
        $"fixed {FixedFeatures} invalid features (parts touching or overlapping, self-intersections) with GeometryFixer";
}
