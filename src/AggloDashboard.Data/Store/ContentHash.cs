using System.Security.Cryptography;
using System.Text;
using AggloDashboard.Core.Domain;

namespace AggloDashboard.Data.Store;

public static class ContentHash
{
    private const string FormatTag = "AggloDashboard.Dataset/1";

    /// <summary>
    /// Lowercase hex SHA-256 of a canonical binary serialization of <paramref name="dataset"/>.
    /// Two datasets get the same hash exactly when their content is equal, bit for bit.
    /// </summary>
    /// <remarks>
    /// The serialization uses <see cref="BinaryWriter"/> encodings, which do not depend on culture or platform:
    /// a string is its UTF-8 byte length (7-bit encoded) followed by its UTF-8 bytes; an int is 4 bytes little-endian;
    /// a double is its 8 IEEE-754 bytes little-endian; an optional value is a presence byte (0 or 1) followed,
    /// when present, by the value, so a missing value differs from 0 and a null string from "".
    /// In this order:
    /// <list type="number">
    /// <item>the format tag <c>"AggloDashboard.Dataset/1"</c>;</item>
    /// <item>the region count, then per region in the dataset's canonical order: code, name_zh, name_en,
    /// level as its contract code (<c>province</c>/<c>prefecture</c>), optional parent code;</item>
    /// <item>the indicator count, then per indicator: code, name_zh, name_en, unit,
    /// subsystem as its contract code, direction (int);</item>
    /// <item>the observation count, then per observation: region code, year (int), indicator code, optional value;</item>
    /// <item>the optional boundary GeoJSON text.</item>
    /// </list>
    /// Enums are written as their contract codes so the hash does not change if the enums are reordered.
    /// </remarks>
    public static string Compute(Dataset dataset)
    {
        using var sha256 = SHA256.Create();
        using (var hashing = new CryptoStream(Stream.Null, sha256, CryptoStreamMode.Write))
        // CryptoStream hashes each small write on its own; buffering makes hashing ~280k observations several times faster.
        using (var buffered = new BufferedStream(hashing, bufferSize: 1 << 16))
        using (var writer = new BinaryWriter(buffered, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true)))
        {
            Write(writer, dataset);
        }
        return Convert.ToHexStringLower(sha256.Hash!);
    }

    private static void Write(BinaryWriter writer, Dataset dataset)
    {
        writer.Write(FormatTag);

        writer.Write(dataset.Regions.Count);
        foreach (var region in dataset.Regions)
        {
            writer.Write(region.Code);
            writer.Write(region.NameZh);
            writer.Write(region.NameEn);
            writer.Write(StoredCodes.ToCode(region.Level));
            WriteOptional(writer, region.ParentCode);
        }

        writer.Write(dataset.Indicators.Count);
        foreach (var indicator in dataset.Indicators)
        {
            writer.Write(indicator.Code);
            writer.Write(indicator.NameZh);
            writer.Write(indicator.NameEn);
            writer.Write(indicator.Unit);
            writer.Write(indicator.Subsystem.ToCode());
            writer.Write(indicator.Direction);
        }

        writer.Write(dataset.Observations.Count);
        foreach (var observation in dataset.Observations)
        {
            writer.Write(observation.RegionCode);
            writer.Write(observation.Year);
            writer.Write(observation.IndicatorCode);
            writer.Write(observation.Value.HasValue);
            if (observation.Value is { } value)
                writer.Write(value);
        }

        WriteOptional(writer, dataset.BoundaryGeoJson);

        // Last and only when present, so the hashes of datasets without aliases stay as they were.
        if (dataset.Regions.Any(r => r.Aliases is not null))
        {
            writer.Write("aliases");
            foreach (var region in dataset.Regions)
            {
                WriteOptional(writer, region.Aliases);
            }
        }
    }

    private static void WriteOptional(BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null)
            writer.Write(text);
    }
}
