using System.Globalization;
using System.Text;
using System.Text.Json;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Shapefiles.Readers;

namespace AggloDashboard.Data.Boundaries;

/// <summary>
/// Turns an Esri shapefile of region boundaries (<c>.shp</c> with its <c>.dbf</c>, and a <c>.prj</c> when there is
/// one) into the GeoJSON FeatureCollection a dataset keeps, the region code of each feature from the dbf.
/// </summary>
public static class ShapefileBoundaries
{
    /// <summary>The dbf fields that may hold the region code, looked for in this order, in any letter case.</summary>
    public static IReadOnlyList<string> CodeFields { get; } = ["code", "adcode", "region_code"];

    private static readonly JsonSerializerOptions GeometryOptions = new()
    {
        Converters = { new GeoJsonConverterFactory(false, GeoJsonConverterFactory.DefaultIdPropertyName, RingOrientationOption.EnforceRfc9746) },
    };

    /// <summary>
    /// The shapefile at <paramref name="shpPath"/> as GeoJSON, with <c>properties.code</c> per feature, and what
    /// the caller must be told: <paramref name="errors"/> make it unusable (no dbf, no code field, a projected
    /// coordinate system, an unreadable file), <paramref name="warnings"/> do not (no .prj, a datum other than WGS84).
    /// Polygons are read as the shapefile specification has them (exterior clockwise) and written with RFC 7946's
    /// counter-clockwise exteriors; invalid shapes are kept for the boundary reader to repair and report.
    /// </summary>
    public static string? ToGeoJson(string shpPath, ICollection<string> errors, ICollection<string> warnings)
    {
        var name = Path.GetFileName(shpPath);
        if (Sibling(shpPath, ".dbf") is null)
        {
            errors.Add($"no {Path.GetFileNameWithoutExtension(shpPath)}.dbf beside {name}: the region codes are in the dbf");
            return null;
        }

        if (!CheckProjection(shpPath, errors, warnings))
        {
            return null;
        }

        try
        {
            using var reader = Shapefile.OpenRead(shpPath, new ShapefileReaderOptions { GeometryBuilderMode = GeometryBuilderMode.IgnoreInvalidShapes });
            var fieldNames = reader.Fields.Select(f => f.Name).ToArray();
            var codeField = CodeFields
                .Select(wanted => fieldNames.FirstOrDefault(f => string.Equals(f, wanted, StringComparison.OrdinalIgnoreCase)))
                .FirstOrDefault(f => f is not null);
            if (codeField is null)
            {
                errors.Add($"the dbf of {name} has no region code field ({string.Join(", ", CodeFields)}, in any case); " +
                           $"its fields are {string.Join(", ", fieldNames)}");
                return null;
            }

            using var output = new MemoryStream();
            using (var writer = new Utf8JsonWriter(output))
            {
                writer.WriteStartObject();
                writer.WriteString("type", "FeatureCollection");
                writer.WriteStartArray("features");
                foreach (var feature in reader)
                {
                    writer.WriteStartObject();
                    writer.WriteString("type", "Feature");
                    writer.WriteStartObject("properties");
                    if (CodeText(feature.Attributes[codeField]) is { } code)
                    {
                        writer.WriteString("code", code);
                    }

                    writer.WriteEndObject();
                    writer.WritePropertyName("geometry");
                    if (feature.Geometry is { IsEmpty: false } geometry)
                    {
                        JsonSerializer.Serialize(writer, geometry, GeometryOptions);
                    }
                    else
                    {
                        writer.WriteNullValue();
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            return Encoding.UTF8.GetString(output.ToArray());
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or NotSupportedException)
        {
            errors.Add($"{name} cannot be read as a shapefile: {e.Message}");
            return null;
        }
    }

    /// <summary>
    /// False (with an error) when the .prj is a projected system: coordinates in metres cannot be used as degrees.
    /// WGS84 and CGCS2000 (China's geodetic datum, within centimetres of WGS84) pass; another geographic datum such
    /// as Beijing 1954 or Xi'an 1980 passes with a warning, read as it is.
    /// </summary>
    private static bool CheckProjection(string shpPath, ICollection<string> errors, ICollection<string> warnings)
    {
        var name = Path.GetFileName(shpPath);
        if (Sibling(shpPath, ".prj") is not { } prjPath)
        {
            warnings.Add($"{name} has no .prj: its coordinates are taken as WGS84 longitude and latitude");
            return true;
        }

        var wkt = File.ReadAllText(prjPath).Trim();
        var prj = Path.GetFileName(prjPath);
        if (wkt.StartsWith("PROJCS", StringComparison.OrdinalIgnoreCase) || wkt.StartsWith("PROJCRS", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add($"{prj} is a projected coordinate system ({QuotedName(wkt)}), so the coordinates are not degrees: " +
                       "reproject the shapefile to WGS84 longitude/latitude (EPSG:4326), e.g. with QGIS or ogr2ogr -t_srs EPSG:4326");
            return false;
        }

        var upper = wkt.ToUpperInvariant();
        if (!(upper.Contains("WGS_1984") || upper.Contains("WGS 84") || upper.Contains("WGS84")
              || upper.Contains("CGCS2000") || upper.Contains("CGCS_2000") || upper.Contains("CHINA_2000") || upper.Contains("CHINA 2000")))
        {
            warnings.Add($"{prj} is not WGS84 or CGCS2000 ({QuotedName(wkt)}): the longitudes and latitudes are used as they are, " +
                         "which may shift the boundaries by up to some 100 m");
        }

        return true;
    }

    private static string QuotedName(string wkt)
    {
        var start = wkt.IndexOf('"');
        var end = start < 0 ? -1 : wkt.IndexOf('"', start + 1);
        return end > start ? wkt[(start + 1)..end] : wkt[..Math.Min(wkt.Length, 40)];
    }

    /// <summary>The file beside <paramref name="shpPath"/> with its name and <paramref name="extension"/> in any letter case.</summary>
    private static string? Sibling(string shpPath, string extension)
    {
        var stem = Path.GetFileNameWithoutExtension(shpPath);
        return Directory.EnumerateFiles(Path.GetDirectoryName(Path.GetFullPath(shpPath))!)
            .Where(p => string.Equals(Path.GetFileNameWithoutExtension(p), stem, StringComparison.OrdinalIgnoreCase)
                        && string.Equals(Path.GetExtension(p), extension, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
    }

    /// <summary>A dbf value as a code: text trimmed, a whole number as its digits (numeric fields read as doubles).</summary>
    private static string? CodeText(object? value) => value switch
    {
        string text when text.Trim() is { Length: > 0 } trimmed => trimmed,
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => ((long)d).ToString(CultureInfo.InvariantCulture),
        decimal m when m == decimal.Floor(m) => ((long)m).ToString(CultureInfo.InvariantCulture),
        int or long => Convert.ToString(value, CultureInfo.InvariantCulture),
        IFormattable other => other.ToString(null, CultureInfo.InvariantCulture),
        _ => null,
    };
}
