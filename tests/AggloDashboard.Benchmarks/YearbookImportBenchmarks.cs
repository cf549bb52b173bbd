using System.Globalization;
using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Import;
using AggloDashboard.Data.Tests.Import;
using BenchmarkDotNet.Attributes;

namespace AggloDashboard.Benchmarks;

/// <summary>
/// The preview of a printed yearbook workbook as the import page and <c>import --file</c> make it: 30 year sheets,
/// each with a title, a unit line, a two-row header (a merged group over 30 columns), a total row, 9 city rows
/// printed with thousands separators, and a footnote; read, mapped, converted, checked, merged onto the seed and diffed.
/// Run: dotnet run -c Release --project tests/AggloDashboard.Benchmarks -- --filter '*YearbookImport*'
/// </summary>
[MemoryDiagnoser]
public class YearbookImportBenchmarks
{
    private static readonly string[] Cities = ["长 春 市", "吉 林 市", "四 平 市", "辽 源 市", "通 化 市", "白 山 市", "松 原 市", "白 城 市", "延边州"];

    private Dataset _seed = null!;
    private byte[] _workbook = null!;
    private byte[] _bomb = null!;

    [GlobalSetup]
    public void Setup()
    {
        _seed = AggloDashboard.Data.Seed.IllustrativePanelGenerator.Generate();
        _workbook = Workbook(_seed.Indicators, sheets: 30, columns: 30);
        _bomb = HostileWorkbooks.SheetBomb();
    }

    /// <summary>20 sheets on one 11 MB part: refused from the workbook's directory, before a cell is read.</summary>
    [Benchmark]
    public ImportPreview Refuse_a_sheet_bomb() =>
        ImportPipeline.Preview(new ImportRequest("bomb.xlsx", _bomb, ImportShape.Detect), _seed, 1);

    [Benchmark]
    public ImportPreview Preview_30_sheets_9_cities_30_columns() =>
        ImportPipeline.Preview(new ImportRequest("yearbook.xlsx", _workbook, ImportShape.Detect), _seed, 1);

    /// <summary>Every indicator's Chinese name and unit as a header; columns beyond the catalog are unmapped notes.</summary>
    internal static byte[] Workbook(IReadOnlyList<Indicator> indicators, int sheets, int columns)
    {
        var random = new Random(7);
        var headers = Enumerable.Range(0, columns)
            .Select(c => c < indicators.Count ? $"{indicators[c].NameZh}（{indicators[c].Unit}）" : $"附注{c}")
            .ToArray();
        var printed = Enumerable.Range(0, sheets).Select(s =>
        {
            var year = 1994 + s;
            var rows = new List<object?[]>();
            rows.Add([$"表 {s + 1}  {year}年各市州主要指标"]);
            rows.Add([.. new object?[columns], "单位：见表头"]);
            rows.Add(["地  区", "主要指标", .. new object?[columns - 1]]);
            rows.Add([null, .. headers]);
            var cityRows = Cities.Select(city => (object?[])[city, .. Enumerable.Range(0, columns).Select(_ => (object?)random.Next(100, 2_000_000).ToString("N0", CultureInfo.InvariantCulture))]).ToArray();
            rows.Add(["全  省", .. new object?[columns]]);
            rows.AddRange(cityRows);
            rows.Add(["注：示例数据。"]);
            return new PrintedSheet($"{year}年", rows.ToArray(), "A3:A4", $"B3:{Column(columns)}3");
        }).ToArray();
        return PrintedWorkbook.Create(printed);
    }

    private static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : $"A{(char)('A' + index - 26)}";
}
