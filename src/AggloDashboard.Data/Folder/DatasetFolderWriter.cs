using System.Globalization;
using System.Text;
using AggloDashboard.Core.Domain;
using CsvHelper;

namespace AggloDashboard.Data.Folder;

/// <summary>
/// Writes a dataset as a dataset folder (docs/METRICS.md §8) that <see cref="DatasetFolderReader"/> reads back equal:
/// UTF-8 without a byte order mark, \n line endings, invariant culture, doubles in round-trip precision.
/// </summary>
public static class DatasetFolderWriter
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        NewLine = "\n",
        // The reader trims spaces and tabs around unquoted fields, so such text must be quoted to survive.
        Quoting = CsvQuoting.WhenNeededOrWhitespace,
        FormatProvider = CultureInfo.InvariantCulture,
        WriteByteOrderMark = false,
    };

    /// <summary>
    /// Creates <paramref name="folderPath"/> if needed and overwrites its three CSV files and, when the dataset has
    /// boundaries, <paramref name="boundaryFileName"/>. Other files in the folder are left alone.
    /// </summary>
    public static void Write(Dataset dataset, string folderPath, string boundaryFileName = "boundaries.json")
    {
        var extension = Path.GetExtension(boundaryFileName);
        if (!DatasetFolderLayout.BoundaryExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException(
                $"'{boundaryFileName}' would not be read back: use one of {string.Join(", ", DatasetFolderLayout.BoundaryExtensions)}",
                nameof(boundaryFileName));
        }

        Directory.CreateDirectory(folderPath);
        if (dataset.Regions.Any(r => r.Aliases is not null))
        {
            WriteCsv(folderPath, DatasetFolderLayout.RegionsFile, [.. DatasetFolderLayout.RegionColumns, DatasetFolderLayout.RegionAliasesColumn],
                dataset.Regions, r => [r.Code, r.NameZh, r.NameEn, r.Level.ToCode(), r.ParentCode ?? "", r.Aliases ?? ""]);
        }
        else
        {
            WriteCsv(folderPath, DatasetFolderLayout.RegionsFile, DatasetFolderLayout.RegionColumns, dataset.Regions,
                r => [r.Code, r.NameZh, r.NameEn, r.Level.ToCode(), r.ParentCode ?? ""]);
        }
        WriteCsv(folderPath, DatasetFolderLayout.IndicatorsFile, DatasetFolderLayout.IndicatorColumns, dataset.Indicators,
            i => [i.Code, i.NameZh, i.NameEn, i.Unit, i.Subsystem.ToCode(), i.Direction.ToString(CultureInfo.InvariantCulture)]);
        WriteCsv(folderPath, DatasetFolderLayout.PanelFile, DatasetFolderLayout.PanelColumns, dataset.Observations,
            o => [o.RegionCode, o.Year.ToString(CultureInfo.InvariantCulture), o.IndicatorCode,
                o.Value?.ToString("R", CultureInfo.InvariantCulture) ?? ""]);

        if (dataset.BoundaryGeoJson is { } geoJson)
        {
            File.WriteAllText(Path.Combine(folderPath, boundaryFileName), geoJson, new UTF8Encoding(false));
        }
    }

    private static void WriteCsv<T>(string folderPath, string fileName, IReadOnlyList<string> header,
        IEnumerable<T> rows, Func<T, string[]> fieldsOf)
    {
        using var writer = CsvWriter.ToFile(Path.Combine(folderPath, fileName), Options);
        writer.WriteHeader(header.ToArray());
        foreach (var row in rows)
        {
            writer.WriteRecord(fieldsOf(row));
        }
    }
}
