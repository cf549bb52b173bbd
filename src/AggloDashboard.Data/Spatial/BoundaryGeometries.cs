using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.Valid;

namespace AggloDashboard.Data.Spatial;

/// <summary>
/// Reads a dataset's GeoJSON boundary FeatureCollection into NetTopologySuite geometries by region code, repairing
/// what can be repaired and noting every repair and every feature it cannot use.
/// </summary>
public static class BoundaryGeometries
{
    /// <summary>Where a feature's region code is looked for, in this order.</summary>
    public const string CodeSources = "properties.code, properties.adcode or id";

    private static readonly GeometryFactory Factory = NetTopologySuite.NtsGeometryServices.Instance.CreateGeometryFactory();

    /// <summary>The usable geometry of every feature by region code, after repairs; <see cref="Parse"/> says what was done.</summary>
    public static IReadOnlyDictionary<string, Geometry> Read(string geoJson) => Parse(geoJson).Geometries;

    /// <summary>
    /// Every feature's region code (<see cref="CodeSources"/>; a number is taken as its digits, as DataV GeoAtlas
    /// writes <c>adcode</c>) and its Polygon or MultiPolygon, repaired: unclosed rings are closed, rings of fewer than
    /// three distinct positions dropped, rings turned to RFC 7946's orientation (exterior counter-clockwise, holes
    /// clockwise), invalid geometries (self-intersections and the like) fixed by NetTopologySuite's
    /// <see cref="GeometryFixer"/>, and features sharing a code merged. Coordinates stay in degrees.
    /// </summary>
    public static BoundaryReadResult Parse(string geoJson)
    {
        var collection = FeatureCollectionReader.Read(geoJson);
        var geometries = new SortedDictionary<string, Geometry>(StringComparer.Ordinal);
        var featureOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var codes = new List<string>();
        var notes = new List<BoundaryNote>();
        if (collection.Compressed)
        {
            notes.Add(new BoundaryNote(BoundaryNoteKind.Malformed, null, null,
                "compressed ECharts map (\"UTF8Encoding\": true): decode it to plain coordinates first " +
                "(EChartsMapDecoder, CLI command decode-echarts)"));
            return new BoundaryReadResult(geometries, codes, notes);
        }

        if (!collection.HasFeatureArray)
        {
            notes.Add(new BoundaryNote(BoundaryNoteKind.Malformed, null, null, "the FeatureCollection has no \"features\" array"));
            return new BoundaryReadResult(geometries, codes, notes);
        }

        var number = 0;
        collection.ForEachFeature(feature =>
        {
            number++;
            if (CodeOf(feature) is not { } code)
            {
                notes.Add(new BoundaryNote(BoundaryNoteKind.Malformed, number, null,
                    $"feature {number} has no region code in {CodeSources}"));
                return;
            }

            codes.Add(code);
            var prefix = $"feature {number} (code {code})";
            if (RawPolygons(feature) is not { } raw)
            {
                notes.Add(new BoundaryNote(BoundaryNoteKind.Malformed, number, code,
                    $"{prefix} has no Polygon or MultiPolygon geometry with numeric [longitude, latitude] positions"));
                return;
            }

            if (raw.SelectMany(p => p).SelectMany(r => r).FirstOrDefault(c => Math.Abs(c.X) > 180 || Math.Abs(c.Y) > 90) is { } far)
            {
                notes.Add(new BoundaryNote(BoundaryNoteKind.Malformed, number, code,
                    $"{prefix} has the position [{Number(far.X)}, {Number(far.Y)}], which is not longitude and latitude " +
                    "in degrees: reproject the boundaries to WGS84 (EPSG:4326)"));
                return;
            }

            var repairs = new List<string>();
            var geometry = Repair(raw, repairs);
            if (geometry is not null && featureOf.TryGetValue(code, out var first))
            {
                repairs.Add($"merged with feature {first}, which has the same code");
                geometry = geometries[code].Union(geometry);
            }

            if (geometry is null)
            {
                notes.Add(new BoundaryNote(BoundaryNoteKind.Dropped, number, code,
                    $"{prefix}: {string.Join("; ", repairs.Append("nothing usable is left, so the feature is dropped"))}"));
                return;
            }

            if (repairs.Count > 0)
            {
                notes.Add(new BoundaryNote(BoundaryNoteKind.Repaired, number, code, $"{prefix}: {string.Join("; ", repairs)}"));
            }

            featureOf.TryAdd(code, number);
            geometries[code] = geometry;
        });

        return new BoundaryReadResult(geometries, codes, notes);
    }

    /// <summary>The repaired Polygon or MultiPolygon, or null when nothing usable is left; each repair is added to <paramref name="repairs"/>.</summary>
    private static Geometry? Repair(List<List<List<Coordinate>>> raw, List<string> repairs)
    {
        int closed = 0, degenerate = 0, reoriented = 0;
        var polygons = new List<Polygon>();
        foreach (var rings in raw)
        {
            if (!HasThreeDistinctPositions(rings[0]))
            {
                // Without its exterior a polygon's holes mean nothing, so they go with it.
                degenerate += rings.Count;
                continue;
            }

            var usable = new List<LinearRing>();
            for (var i = 0; i < rings.Count; i++)
            {
                var positions = rings[i];
                if (!HasThreeDistinctPositions(positions))
                {
                    degenerate++;
                    continue;
                }

                if (!positions[0].Equals2D(positions[^1]))
                {
                    positions.Add(positions[0].Copy());
                    closed++;
                }

                var ring = Factory.CreateLinearRing(positions.ToArray());
                if (Orientation.IsCCW(ring.CoordinateSequence) != (i == 0))
                {
                    ring = (LinearRing)ring.Reverse();
                    reoriented++;
                }

                usable.Add(ring);
            }

            polygons.Add(Factory.CreatePolygon(usable[0], usable.Skip(1).ToArray()));
        }

        if (closed > 0)
        {
            repairs.Add($"closed {Rings(closed)} whose last position was not the first");
        }

        if (degenerate > 0)
        {
            repairs.Add($"dropped {Rings(degenerate)} of fewer than 3 distinct positions");
        }

        if (reoriented > 0)
        {
            repairs.Add($"turned {Rings(reoriented)} to RFC 7946 orientation (exterior counter-clockwise, holes clockwise)");
        }

        if (polygons.Count == 0)
        {
            return null;
        }

        Geometry geometry = polygons.Count == 1 ? polygons[0] : Factory.CreateMultiPolygon(polygons.ToArray());
        if (new IsValidOp(geometry).ValidationError is not { } error)
        {
            return geometry;
        }

        var fixedPolygons = PolygonExtracter.GetPolygons(GeometryFixer.Fix(geometry)).Cast<Polygon>().Where(p => !p.IsEmpty).ToArray();
        repairs.Add($"{error.Message.ToLowerInvariant()} at [{Number(error.Coordinate.X)}, {Number(error.Coordinate.Y)}]: " +
                    "fixed with NetTopologySuite's GeometryFixer");
        return fixedPolygons.Length switch
        {
            0 => null,
            1 => fixedPolygons[0],
            _ => Factory.CreateMultiPolygon(fixedPolygons),
        };
    }

    /// <summary>Whether the ring can enclose an area at all: fewer than three distinct positions cannot.</summary>
    internal static bool HasThreeDistinctPositions(IReadOnlyList<Coordinate> ring)
    {
        Coordinate? second = null;
        foreach (var position in ring)
        {
            if (position.Equals2D(ring[0]))
            {
                continue;
            }

            if (second is null)
            {
                second = position;
            }
            else if (!position.Equals2D(second))
            {
                return true;
            }
        }

        return false;
    }

    private static string Rings(int count) => count == 1 ? "1 ring" : $"{count} rings";

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The feature's polygons as lists of rings of positions, or null when its geometry is not a numeric Polygon or MultiPolygon.</summary>
    private static List<List<List<Coordinate>>>? RawPolygons(JsonElement feature)
    {
        if (!feature.TryGetProperty("geometry", out var geometry) || geometry.ValueKind != JsonValueKind.Object
            || !geometry.TryGetProperty("type", out var type) || !geometry.TryGetProperty("coordinates", out var coordinates)
            || type.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        switch (type.GetString())
        {
            case "Polygon":
                return Polygon(coordinates) is { } polygon ? [polygon] : null;
            case "MultiPolygon":
                if (coordinates.ValueKind != JsonValueKind.Array || coordinates.GetArrayLength() == 0)
                {
                    return null;
                }

                var polygons = new List<List<List<Coordinate>>>();
                foreach (var element in coordinates.EnumerateArray())
                {
                    if (Polygon(element) is not { } part)
                    {
                        return null;
                    }

                    polygons.Add(part);
                }

                return polygons;
            default:
                return null;
        }
    }

    private static List<List<Coordinate>>? Polygon(JsonElement rings)
    {
        if (rings.ValueKind != JsonValueKind.Array || rings.GetArrayLength() == 0)
        {
            return null;
        }

        var result = new List<List<Coordinate>>();
        foreach (var ring in rings.EnumerateArray())
        {
            if (ring.ValueKind != JsonValueKind.Array || ring.GetArrayLength() == 0)
            {
                return null;
            }

            var positions = new List<Coordinate>(ring.GetArrayLength());
            foreach (var position in ring.EnumerateArray())
            {
                if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2
                    || position.EnumerateArray().Any(n => n.ValueKind != JsonValueKind.Number))
                {
                    return null;
                }

                positions.Add(new Coordinate(position[0].GetDouble(), position[1].GetDouble()));
            }

            result.Add(positions);
        }

        return result;
    }

    internal static string? CodeOf(JsonElement feature)
    {
        if (feature.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var hasProperties = feature.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object;
        foreach (var name in (string[])["code", "adcode"])
        {
            if (hasProperties && properties.TryGetProperty(name, out var value) && CodeText(value) is { } code)
            {
                return code;
            }
        }

        return feature.TryGetProperty("id", out var id) ? CodeText(id) : null;
    }

    /// <summary>Text as it is; a number as its integer digits when it is whole (a shapefile's 220100.0 is 220100).</summary>
    private static string? CodeText(JsonElement code) => code.ValueKind switch
    {
        JsonValueKind.String when code.GetString()?.Trim() is { Length: > 0 } text => text,
        JsonValueKind.Number when code.TryGetInt64(out var whole) => whole.ToString(CultureInfo.InvariantCulture),
        JsonValueKind.Number when code.GetDouble() is var d && d == Math.Floor(d) && Math.Abs(d) < 1e15 =>
            ((long)d).ToString(CultureInfo.InvariantCulture),
        JsonValueKind.Number => code.GetRawText(),
        _ => null,
    };
}

/// <summary>What a note says about a feature.</summary>
public enum BoundaryNoteKind
{
    /// <summary>The feature (or the file) cannot be read as a region boundary at all: a dataset error.</summary>
    Malformed,

    /// <summary>The feature was repaired and is used: a warning.</summary>
    Repaired,

    /// <summary>Nothing usable was left after repair, so the feature is not used: a warning.</summary>
    Dropped,
}

/// <summary>One repair or problem of the boundary reader; <paramref name="Feature"/> is 1-based, null for the whole file.</summary>
public sealed record BoundaryNote(BoundaryNoteKind Kind, int? Feature, string? Code, string Message);

/// <summary>
/// What <see cref="BoundaryGeometries.Parse"/> found: the usable geometry by region code, the code of every feature that
/// has one (used or not, in file order), and every repair and problem.
/// </summary>
public sealed record BoundaryReadResult(
    IReadOnlyDictionary<string, Geometry> Geometries,
    IReadOnlyList<string> FeatureCodes,
    IReadOnlyList<BoundaryNote> Notes);
