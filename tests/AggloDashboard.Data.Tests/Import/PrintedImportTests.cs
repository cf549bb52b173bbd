using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Import;

namespace AggloDashboard.Data.Tests.Import;

/// <summary>Printed yearbook tables read through the import pipeline as they are, without a mapping.</summary>
public class PrintedImportTests
{
    private static Dataset Seed => ImportStore.SeedDataset;

    private static ImportPreview Preview(byte[] workbook, ImportShape shape = ImportShape.Detect, IndicatorMapping? mapping = null,
        ImportArea area = ImportArea.City, string file = "yearbook.xlsx", Dataset? baseline = null) =>
        ImportPipeline.Preview(new ImportRequest(file, workbook, shape, Mapping: mapping, Area: area), baseline ?? Seed, 1);

    private static double? Value(ImportPreview preview, string region, int year, string indicator) =>
        preview.Result!.Observations.Single(o => o.RegionCode == region && o.Year == year && o.IndicatorCode == indicator).Value;

    private static string Problems(ImportPreview preview) => string.Join("\n", preview.Problems);

    [Fact]
    public void A_provincial_table_as_printed_imports_with_its_title_unit_line_two_row_header_total_and_footnote()
    {
        var cities = PrintedTables.NineCities(i => 1000 * (i + 1) + 0.5);
        var preview = Preview(PrintedWorkbook.Create(PrintedTables.JilinEmployment("2023年", 2023, cities)));

        Assert.False(preview.HasErrors, Problems(preview));
        Assert.DoesNotContain(preview.Problems, p => p.Severity == Validation.ProblemSeverity.Warning);
        var layout = Assert.Single(preview.Layouts);
        Assert.Equal(2023, layout.Year);
        Assert.Equal(YearSource.SheetName, layout.YearSource);
        Assert.Equal(
            [new RowSpan(1, 1, RowRole.Title), new RowSpan(2, 2, RowRole.UnitLine), new RowSpan(3, 4, RowRole.Header), new RowSpan(5, 5, RowRole.Total),
                new RowSpan(6, 14, RowRole.Data), new RowSpan(15, 16, RowRole.Footnote)],
            layout.Rows);
        Assert.StartsWith("2023年: year 2023 (sheet name); rows 1-2 skipped: title, unit line; header: rows 3-4", layout.Summary());

        // 合计 under the group is total employment; the sectors by name; 人 → 万人 exactly.
        Assert.Equal("emp.total", preview.Mapping.CodeOf("城镇非私营单位从业人员 / 合计"));
        Assert.Equal(MappingSource.GroupTotal, preview.Mapping.SourceOf("城镇非私营单位从业人员 / 合计"));
        Assert.Equal("emp.ps.it", preview.Mapping.CodeOf("城镇非私营单位从业人员 / 信息传输、软件和信息技术服务业"));
        Assert.All(layout.Columns, c => Assert.Equal((ColumnFate.Imported, "人", UnitSource.UnitLine, -4), (c.Fate, c.Unit, c.UnitSource, c.PowerOfTen)));
        Assert.Equal("人 → 万人 ÷10,000", layout.Columns[0].Conversion);
        Assert.Equal(0.10005, Value(preview, "220100", 2023, "emp.manufacturing"));
        Assert.Equal(28 * 9000.5 / 10000, Value(preview, "222400", 2023, "emp.total"));
        Assert.Equal(8, layout.Totals.Count);
        Assert.All(layout.Totals, t => Assert.Equal(TotalOutcome.Agrees, t.Outcome));
        Assert.Equal(9 * 8, preview.ImportedValueCount);
    }

    [Fact]
    public void Values_convert_to_the_indicators_units_exactly()
    {
        var sheet = new PrintedSheet("2023", [
            ["地区", "地区生产总值（万元）", "年末户籍人口(万人)", "技术合同成交额（亿元）", "当年实际使用外资金额 (亿美元)"],
            ["长春市", 68700400, 909, 23.3386, 3.5424],
        ]);

        var preview = Preview(PrintedWorkbook.Create(sheet));

        Assert.False(preview.HasErrors, Problems(preview));
        Assert.Equal(6870.04, Value(preview, "220100", 2023, "ctx.gdp"));
        Assert.Equal(909, Value(preview, "220100", 2023, "ctx.population"));
        Assert.Equal(233386, Value(preview, "220100", 2023, "out.tech_contracts"));
        Assert.Equal(35424, Value(preview, "220100", 2023, "drv.fdi"));
        Assert.Equal(["万元 → 亿元 ÷10,000", null, "亿元 → 万元 ×10,000", "亿美元 → 万美元 ×10,000"], preview.Layouts[0].Columns.Select(c => c.Conversion));
    }

    [Fact]
    public void A_unit_that_cannot_be_converted_is_an_error_naming_the_sheet_the_cell_and_both_units()
    {
        var sheet = new PrintedSheet("2023", [["单位：万件"], ["地区", "制造业就业人员"], ["长春市", 5]]);

        var preview = Preview(PrintedWorkbook.Create(sheet));

        var error = Assert.Single(preview.Problems, p => p.Severity == Validation.ProblemSeverity.Error);
        Assert.Equal("yearbook.xlsx[2023]:2: column 'B (制造业就业人员)': the unit 万件 (from the unit line) cannot be converted to 万人, the unit of 'emp.manufacturing'", error.ToString());
        Assert.Null(preview.Result);
    }

    [Fact]
    public void Values_as_printed_are_read_and_missing_markers_are_missing_values()
    {
        var sheet = new PrintedSheet("2023", [
            ["单位：人"],
            ["地区", "合计", "制造业", "金融业", "租赁和商务服务业", "科学研究和技术服务业", "其他行业"],
            ["长春市", "1,183,000", "２４９，７００", "30400*", "36300①", "—", "…"],
            ["吉林市", "-", "/", "空", "12", "13", ""],
        ]);

        var preview = Preview(PrintedWorkbook.Create(sheet));

        Assert.False(preview.HasErrors, Problems(preview));
        Assert.Equal(118.3, Value(preview, "220100", 2023, "emp.total"));
        Assert.Equal(24.97, Value(preview, "220100", 2023, "emp.manufacturing"));
        Assert.Equal(3.04, Value(preview, "220100", 2023, "emp.ps.finance"));
        Assert.Equal(3.63, Value(preview, "220100", 2023, "emp.ps.leasing"));
        Assert.Null(Value(preview, "220100", 2023, "emp.ps.research"));
        Assert.Null(Value(preview, "220100", 2023, "emp.other"));
        Assert.Null(Value(preview, "220200", 2023, "emp.total"));
        Assert.Null(Value(preview, "220200", 2023, "emp.manufacturing"));
        Assert.Null(Value(preview, "220200", 2023, "emp.ps.finance"));
        var layout = preview.Layouts[0];
        Assert.Equal(6, layout.MissingValues);
        Assert.Contains(layout.Repairs, r => r.StartsWith("thousands separators removed: B3 (1,183,000), C3", StringComparison.Ordinal));
        Assert.Contains(layout.Repairs, r => r.Contains("full-width characters removed: C3", StringComparison.Ordinal));
        Assert.Contains(layout.Repairs, r => r.Contains("footnote marker '*' removed: D3 (30400*)", StringComparison.Ordinal));
        Assert.Contains(layout.Repairs, r => r.Contains("footnote marker '①' removed: E3 (36300①)", StringComparison.Ordinal));
    }

    [Fact]
    public void Region_names_as_printed_and_aliases_find_their_cities()
    {
        var regions = Seed.Regions.Select(r => r.Code == "220500" ? r with { Aliases = "通化地区;Tonghua Shi" } : r).ToArray();
        var baseline = new Dataset(regions, Seed.Indicators, Seed.Observations, Seed.BoundaryGeoJson);
        var sheet = new PrintedSheet("2023", [
            ["地区", "制造业"],
            ["长 春 市", 1], ["吉林", 2], ["220300", 3], ["Liaoyuan", 4], ["通化地区", 5], ["白　山", 6], ["延边朝鲜族自治州", 7], ["延边", 8],
        ]);

        var preview = Preview(PrintedWorkbook.Create(sheet), baseline: baseline);

        Assert.Contains(preview.Problems, p => p.Message.Contains("duplicate of row 8", StringComparison.Ordinal) && p.Line == 9);
        var expected = new[] { ("220100", 1.0), ("220200", 2.0), ("220300", 3.0), ("220400", 4.0), ("220500", 5.0), ("220600", 6.0), ("222400", 7.0) };
        var read = ImportPipeline.Preview(new ImportRequest("y.xlsx", PrintedWorkbook.Create(sheet with { Rows = sheet.Rows[..^1] }), ImportShape.Yearbook), baseline, 1);
        Assert.False(read.HasErrors, Problems(read));
        Assert.Equal(expected, expected.Select(e => (e.Item1, Value(read, e.Item1, 2023, "emp.manufacturing")!.Value)));
    }

    [Fact]
    public void A_place_outside_the_dataset_is_an_error_naming_sheet_row_and_text()
    {
        var sheet = new PrintedSheet("2023", [["地区", "制造业"], ["长春市", 1], ["长春新区", 2], ["梅河口市", 3]]);

        var preview = Preview(PrintedWorkbook.Create(sheet));

        Assert.Equal(
            ["yearbook.xlsx[2023]:3: column 'A (地区)': '长春新区' is not a city of the dataset (name it as in regions.csv, or add it to the region's aliases there)",
                "yearbook.xlsx[2023]:4: column 'A (地区)': '梅河口市' is not a city of the dataset (name it as in regions.csv, or add it to the region's aliases there)"],
            preview.Problems.Select(p => p.ToString()));
        Assert.Null(preview.Result);
    }

    [Fact]
    public void Total_rows_are_not_imported_and_a_total_that_does_not_add_up_is_a_warning_naming_the_column()
    {
        var sheet = new PrintedSheet("2023", [
            ["单位：亿元"],
            ["地区", "地区生产总值", "城镇化率(%)"],
            ["全省", 100.4, 60.1],
            ["长春市", 10.1, 78.9], ["吉林市", 10.1, 60], ["四平市", 10.1, 50], ["辽源市", 10.1, 55], ["通化市", 10.1, 58],
            ["白山市", 10.1, 70], ["松原市", 10.1, 50], ["白城市", 10.1, 48], ["延边州", 20.2, 69],
            ["合计", 101.0, null],
        ]);

        var preview = Preview(PrintedWorkbook.Create(sheet));

        Assert.False(preview.HasErrors, Problems(preview));
        var warning = Assert.Single(preview.Problems);
        Assert.Equal("yearbook.xlsx[2023]:3: warning: column 'B (地区生产总值)': the cities add up to 101, the total row '全省' prints 100.4: a difference of 0.6, more than the table's rounding allows (±0.5)", warning.ToString());
        var checks = preview.Layouts[0].Totals;
        Assert.Equal([TotalOutcome.Differs, TotalOutcome.Agrees], checks.Select(c => c.Outcome));
        Assert.Equal(9 * 2, preview.ImportedValueCount);
    }
}
