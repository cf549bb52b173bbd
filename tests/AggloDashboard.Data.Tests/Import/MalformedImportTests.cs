using System.Text;
using AggloDashboard.Data.Import;

namespace AggloDashboard.Data.Tests.Import;

/// <summary>Every class of malformed input gets a clear message, cannot be committed, and leaves the store as it was.</summary>
public class MalformedImportTests
{
    private const string Header = "region_code,year,indicator,value\n";

    static MalformedImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, string> Cases() => new()
    {
        { "wrong encoding", "not valid UTF-8" },
        { "header typo", "is 'regoin_code' a misspelling of it?" },
        { "merged cells", "merged cells (A3)" },
        { "text in a numeric cell", "'1.234,5' is not a number" },
        { "duplicate keys", "duplicate of line 2: same region_code, year and indicator (220100, 2023, emp.total)" },
        { "unknown city (long)", "'229900' is not a code in regions.csv" },
        { "unknown city (yearbook)", "'上海市' is not a city of the dataset" },
        { "empty file", "the file is empty (0 bytes)" },
        { "50 MB file", "the file is 50 MB; the limit is 20 MB" },
        { "zip renamed .xlsx", "this zip archive has no xl/workbook.xml" },
        { "csv renamed .xlsx", "a .xlsx file is a zip archive, this one is not" },
        { "old .xls workbook", "save the .xls workbook as .xlsx" },
        { "unknown indicator", "'emp.totl' is not a code in indicators.csv" },
        { "negative employment", "is negative, but 'emp.total' counts employment" },
        { "year out of range", "1800 is outside 1949..2100" },
        { "unterminated quote", "malformed quoting" },
        { "no sheet of that name", "no worksheet named '2030'" },
        { "header only", "the file holds no values to import" },
        { "printed: a place outside the dataset", "yearbook.xlsx[2023]:5: column 'A (地区)': '长春新区' is not a city of the dataset" },
        { "printed: a unit that cannot be converted", "yearbook.xlsx[2023]:3: column 'B (制造业)': the unit 万元 (from the unit line) cannot be converted to 万人" },
        { "printed: two columns for one indicator", "yearbook.xlsx[2023]:3: column 'C (制造业就业人员)': maps to 'emp.manufacturing' like B3" },
        { "printed: a value that is not a number", "yearbook.xlsx[2023]:4: column 'B (制造业)': '约25' is not a number" },
        { "printed: no year", "yearbook.xlsx[主要指标]: the year is unknown" },
        { "printed: no recognisable header", "yearbook.xlsx[2023]:2: no recognisable table" },
    };

    private static ImportRequest Printed(string sheet, params object?[][] table) =>
        new("yearbook.xlsx", PrintedWorkbook.Create(new PrintedSheet(sheet, [["各市州主要指标"], .. table])), ImportShape.Detect);

    private static ImportRequest Request(string name) => name switch
    {
        "wrong encoding" => new("panel.csv", Encoding.GetEncoding("GB18030").GetBytes(Header + "220100,2023,emp.total,1\n220100,2023,emp.other,长春\n"), ImportShape.Long),
        "header typo" => Csv("regoin_code,year,indicator,value\n220100,2023,emp.total,1\n"),
        "merged cells" => new("panel.xlsx", Workbooks.WithMergedCells(Workbooks.Create(("panel", [
            ["region_code", "year", "indicator", "value"], ["220100", 2023, "emp.total", 1.0], [null, 2023, "emp.other", 2.0]])), "A2:A3"), ImportShape.Long),
        "text in a numeric cell" => new("yearbook.xlsx", Workbooks.Create(("2023", [["城市", "城镇单位就业人员"], ["长春市", "1.234,5"]])), ImportShape.Yearbook),
        "duplicate keys" => Csv(Header + "220100,2023,emp.total,1\n220100,2023,emp.total,2\n"),
        "unknown city (long)" => Csv(Header + "229900,2023,emp.total,1\n"),
        "unknown city (yearbook)" => new("2023.csv", Encoding.UTF8.GetBytes("城市,城镇单位就业人员\n上海市,1\n"), ImportShape.Yearbook),
        "empty file" => new("panel.csv", [], ImportShape.Long),
        "50 MB file" => new("panel.csv", new byte[50 * 1024 * 1024], ImportShape.Long),
        "zip renamed .xlsx" => new("panel.xlsx", Workbooks.Zip("panel.csv", Header), ImportShape.Long),
        "csv renamed .xlsx" => new("panel.xlsx", Encoding.UTF8.GetBytes(Header + "220100,2023,emp.total,1\n"), ImportShape.Long),
        "old .xls workbook" => new("panel.xls", [0xD0, 0xCF, 0x11, 0xE0], ImportShape.Long),
        "unknown indicator" => Csv(Header + "220100,2023,emp.totl,1\n"),
        "negative employment" => Csv(Header + "220100,2023,emp.total,-3\n"),
        "year out of range" => Csv(Header + "220100,1800,emp.total,3\n"),
        "unterminated quote" => Csv(Header + "220100,2023,emp.total,\"3\n"),
        "no sheet of that name" => new("yearbook.xlsx", Workbooks.Create(("2023", [["城市", "城镇单位就业人员"], ["长春市", 1.0]])),
            ImportShape.Yearbook, Sheets: ["2030"]),
        "header only" => Csv(Header),
        "printed: a place outside the dataset" => Printed("2023", ["单位：万人"], ["地区", "制造业"], ["长春市", 25], ["长春新区", 3]),
        "printed: a unit that cannot be converted" => Printed("2023", ["单位：万元"], ["地区", "制造业"], ["长春市", 25]),
        "printed: two columns for one indicator" => Printed("2023", ["单位：万人"], ["地区", "制造业", "制造业就业人员"], ["长春市", 25, 25]),
        "printed: a value that is not a number" => Printed("2023", ["单位：万人"], ["地区", "制造业"], ["长春市", "约25"]),
        "printed: no year" => Printed("主要指标", ["地区", "制造业"], ["长春市", 25]),
        "printed: no recognisable header" => Printed("2023", ["编者", "统计局"], ["地址", "长春"]),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    private static ImportRequest Csv(string text) => new("panel.csv", Encoding.UTF8.GetBytes(text), ImportShape.Long);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Is_reported_clearly_and_leaves_the_store_unchanged(string name, string expected)
    {
        using var store = await ImportStore.CreateAsync();
        var before = await store.StateAsync();

        var preview = await store.Importer.PreviewAsync(Request(name), CancellationToken.None);

        Assert.True(preview.HasErrors && preview.Problems.Any(p => p.ToString().Contains(expected, StringComparison.Ordinal)), $"{name}: \n{string.Join("\n", preview.Problems)}");
        Assert.Contains(preview.Problems, p => p.ToString().Contains(expected, StringComparison.Ordinal));
        Assert.False(preview.CanCommit);
        await Assert.ThrowsAsync<ImportRefusedException>(() => store.Importer.CommitAsync(preview, "admin", true, CancellationToken.None));
        Assert.Equal(before, await store.StateAsync());
        Assert.Equal(store.SeedVersion.ContentHash, before.Hash);
    }

    [Fact]
    public async Task Problems_name_the_file_sheet_row_and_column()
    {
        using var store = await ImportStore.CreateAsync();
        var workbook = Workbooks.Create(("2023", [["城市", "城镇单位就业人员", "制造业就业人员"], ["长春市", 1.0, 2.0], ["四平市", 3.0, "n/a"]]));

        var preview = await store.Importer.PreviewAsync(new ImportRequest("tables.xlsx", workbook, ImportShape.Yearbook), CancellationToken.None);

        var problem = Assert.Single(preview.Problems);
        Assert.Equal("tables.xlsx[2023]:3: column 'C (制造业就业人员)': 'n/a' is not a number", problem.ToString());
    }
}
