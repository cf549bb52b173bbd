using System.Globalization;
using AggloDashboard.Core.ShiftShare;
using CsvHelper;

namespace AggloDashboard.Data.Export;

/// <summary>
/// Writes <c>shift_share.csv</c> (docs/METRICS.md §9): one row per city, sector (<c>total</c> first, then each sector
/// indicator) and component, static rows before dynamic ones; invariant culture, round-trip doubles.
/// </summary>
public static class ShiftShareCsvWriter
{
    public const string FileName = "shift_share.csv";

    public const string TotalSector = "total";

    public static readonly string[] Header = ["region_code", "base_year", "end_year", "method", "sector", "component", "value"];

    /// <summary>The file with the rows of each result (none: the header only), all or nothing (<see cref="AtomicFileSet"/>).</summary>
    public static void Write(IReadOnlyList<ShiftShareResult> results, string folder) =>
        AtomicFileSet.Write(folder, new Dictionary<string, Action<TextWriter>> { [FileName] = w => Write(w, results) });

    public static IEnumerable<string[]> Rows(ShiftShareResult result)
    {
        var (from, to, method) = (Int(result.BaseYear), Int(result.EndYear), result.Method.ToCode());
        var components = result.Method.Components();
        foreach (var city in result.Cities)
        {
            var sectors = new[] { (Code: TotalSector, Terms: city.Total) }
                .Concat(result.Sectors.Zip(city.Sectors, (code, terms) => (Code: code, Terms: terms)));
            foreach (var (sector, terms) in sectors)
            {
                foreach (var component in components)
                {
                    yield return [city.RegionCode, from, to, method, sector, component.ToCode(), MetricsCsvWriter.Number(terms[component])];
                }
            }
        }
    }

    private static void Write(TextWriter writer, IReadOnlyList<ShiftShareResult> results)
    {
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: true);
        csv.WriteRecord(Header);
        foreach (var row in results.SelectMany(Rows))
        {
            csv.WriteRecord(row);
        }
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
