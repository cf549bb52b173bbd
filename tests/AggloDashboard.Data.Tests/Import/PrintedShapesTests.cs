using AggloDashboard.Data.Import;

namespace AggloDashboard.Data.Tests.Import;

/// <summary>The other printed shapes: a sheet per year, one city's sheet with a column per year, 全市 / 市辖区 groups; headers by synonym.</summary>
public class PrintedShapesTests
{
    private static ImportPreview Preview(byte[] workbook, IndicatorMapping? mapping = null, ImportArea area = ImportArea.City, string file = "yearbook.xlsx") =>
        ImportPipeline.Preview(new ImportRequest(file, workbook, ImportShape.Yearbook, Mapping: mapping, Area: area), ImportStore.SeedDataset, 1);

    private static double? Value(ImportPreview preview, string region, int year, string indicator) =>
        preview.Result!.Observations.Single(o => o.RegionCode == region && o.Year == year && o.IndicatorCode == indicator).Value;

    private static string Problems(ImportPreview preview) => string.Join("\n", preview.Problems);

    [Fact]
    public void A_workbook_with_a_sheet_per_year_takes_each_year_from_its_sheet_name()
    {
        var workbook = PrintedWorkbook.Create(
            new PrintedSheet("2019", [["地区", "制造业"], ["长春市", 1.5]]),
            new PrintedSheet("2020年", [["地区", "制造业"], ["长春市", 2.5]]),
            new PrintedSheet("2021年数据", [["地区", "制造业"], ["长春市", 3.5]]),
            new PrintedSheet("Sheet4", []));

        var preview = Preview(workbook);

        Assert.False(preview.HasErrors, Problems(preview));
        Assert.Equal([1.5, 2.5, 3.5], new[] { 2019, 2020, 2021 }.Select(y => Value(preview, "220100", y, "emp.manufacturing")));
        Assert.Equal([YearSource.SheetName, YearSource.SheetName, YearSource.SheetName], preview.Layouts.Select(l => l.YearSource));
        Assert.Contains(preview.Problems, p => p is { Sheet: "Sheet4", Message: "the sheet is empty: skipped" });
    }

    [Fact]
    public void The_year_comes_from_the_title_when_the_sheet_name_has_none()
    {
        var workbook = PrintedWorkbook.Create(new PrintedSheet("表3-12", [["2018年各市州主要指标"], ["地区", "制造业"], ["长春市", 1.5]]));

        var preview = Preview(workbook);

        Assert.False(preview.HasErrors, Problems(preview));
        Assert.Equal((2018, YearSource.Title), (preview.Layouts[0].Year, preview.Layouts[0].YearSource));
    }

    [Fact]
    public void A_city_sheet_with_years_as_columns_and_indicators_as_rows_is_read_for_the_city_it_names()
    {
        var sheet = new PrintedSheet("长春市主要经济指标", [
            ["长春市主要经济指标"],
            ["指  标", "单位", "2021年", "2022年", "2023年"],
            ["一、科技"],
            ["专利授权量", "件", 8000, 8100, 8240],
            ["  #发明专利授权量", "件", 1600, "1,650", "1715*"],
            ["技术合同成交额", "亿元", 20.5, 22.1, 23.3386],
            ["R&D人员", "人", 30000, 31000, "…"],
            ["注：2023年R&D人员数据暂缺。"],
        ], "A1:E1");

        var preview = Preview(PrintedWorkbook.Create(sheet));

        Assert.False(preview.HasErrors, Problems(preview));
        var layout = Assert.Single(preview.Layouts);
        Assert.Equal((TableOrientation.YearsInColumns, "220100"), (layout.Orientation, layout.CityCode));
        Assert.Equal([new RowSpan(1, 1, RowRole.Title), new RowSpan(2, 2, RowRole.Header), new RowSpan(3, 3, RowRole.Section),
            new RowSpan(4, 7, RowRole.Data), new RowSpan(8, 8, RowRole.Footnote)], layout.Rows);
        Assert.Equal(8240, Value(preview, "220100", 2023, "out.patents"));
        Assert.Equal(1650, Value(preview, "220100", 2022, "out.invention_patents"));
        Assert.Equal(1715, Value(preview, "220100", 2023, "out.invention_patents"));
        Assert.Equal(233386, Value(preview, "220100", 2023, "out.tech_contracts"));
        Assert.Null(Value(preview, "220100", 2023, "inn.rd_personnel"));
        Assert.Equal(UnitSource.UnitColumn, layout.Columns.Single(c => c.IndicatorCode == "out.tech_contracts").UnitSource);
    }

    [Fact]
    public void A_city_yearbook_table_reads_the_whole_city_columns_by_default_and_the_districts_when_asked()
    {
        var sheet = new PrintedSheet("2023", [
            ["2-10 地区生产总值及人口(2023年)"],
            ["城 市 City", "地区生产总值(万元) Gross Regional Product (10 000 yuan)", null, "年末户籍人口(万人) Total Registered Population at Year-end (10 000 persons)", null],
            [null, "全市 Total City", "市辖区 Districts under City", "全市 Total City", "市辖区 Districts under City"],
            ["长 春 Changchun", 68700400, 55000000, 909, 560],
            ["吉 林 Jilin", 17000000, 9000000, 400, 180],
        ], "A2:A3", "B2:C2", "D2:E2");

        var whole = Preview(PrintedWorkbook.Create(sheet));
        var districts = Preview(PrintedWorkbook.Create(sheet), area: ImportArea.District);

        Assert.False(whole.HasErrors, Problems(whole));
        Assert.False(districts.HasErrors, Problems(districts));
        Assert.Equal((6870.04, 909.0), (Value(whole, "220100", 2023, "ctx.gdp")!.Value, Value(whole, "220100", 2023, "ctx.population")!.Value));
        Assert.Equal((5500.0, 560.0), (Value(districts, "220100", 2023, "ctx.gdp")!.Value, Value(districts, "220100", 2023, "ctx.population")!.Value));
        Assert.Equal([ColumnFate.Imported, ColumnFate.OtherArea, ColumnFate.Imported, ColumnFate.OtherArea], whole.Layouts[0].Columns.Select(c => c.Fate));
        Assert.Equal(["全市", "市辖区", "全市", "市辖区"], whole.Layouts[0].Columns.Select(c => c.Area));
    }

    [Fact]
    public void Industry_names_before_gbt_4754_2011_and_yearbook_wordings_of_total_employment_map_by_the_synonym_list()
    {
        var sheet = new PrintedSheet("2010", [
            ["单位：万人"],
            ["地区", "年末单位从业人员数", "信息传输、计算机服务和软件业", "科学研究、技术服务和地质勘查业"],
            ["长春市", 80, 2, 3],
        ]);

        var preview = Preview(PrintedWorkbook.Create(sheet));

        Assert.False(preview.HasErrors, Problems(preview));
        Assert.Equal([("emp.total", MappingSource.Synonym), ("emp.ps.it", MappingSource.Synonym), ("emp.ps.research", MappingSource.Synonym)],
            preview.Layouts[0].Columns.Select(c => (c.IndicatorCode!, c.Mapping)));
    }

    [Fact]
    public void A_total_column_of_a_one_row_header_is_read_as_the_quantity_the_title_names()
    {
        var sheet = new PrintedSheet("2023", [["各市州城镇非私营单位从业人员（年末数）"], ["单位：万人"], ["地区", "合计", "制造业"], ["长春市", 84.57, 24.97]]);

        var preview = Preview(PrintedWorkbook.Create(sheet));

        Assert.Equal(("emp.total", MappingSource.TableTitle), (preview.Mapping.CodeOf("合计"), preview.Mapping.SourceOf("合计")));
    }

    [Fact]
    public void An_unmapped_header_is_a_warning_and_the_users_mapping_overrides_what_was_found()
    {
        var sheet = new PrintedSheet("2023", [["地区", "制造业", "研发投入强度"], ["长春市", 24.97, 2.1]]);
        var mapping = new IndicatorMapping();
        mapping.Set("制造业", null);
        mapping.Set("研发投入强度", "drv.private_share");

        var found = Preview(PrintedWorkbook.Create(sheet));
        var overridden = Preview(PrintedWorkbook.Create(sheet), mapping);

        Assert.Contains(found.Problems, p => p.ToString() == "yearbook.xlsx[2023]:1: warning: column 'C (研发投入强度)': '研发投入强度' is not mapped to an indicator: not imported (map it on the page or with --mapping)");
        Assert.Equal(1, found.ImportedValueCount);
        Assert.Equal([(null, MappingSource.Given), ("drv.private_share", MappingSource.Given)],
            overridden.Layouts[0].Columns.Select(c => (c.IndicatorCode, c.Mapping)));
        Assert.Equal(2.1, Value(overridden, "220100", 2023, "drv.private_share"));
    }

    [Fact]
    public void Two_columns_mapping_to_one_indicator_are_an_error()
    {
        var sheet = new PrintedSheet("2023", [["地区", "制造业", "制造业就业人员"], ["长春市", 24.97, 25]]);

        var preview = Preview(PrintedWorkbook.Create(sheet));

        Assert.Equal("yearbook.xlsx[2023]:1: column 'C (制造业就业人员)': maps to 'emp.manufacturing' like B1: map each indicator to one column",
            Assert.Single(preview.Problems).ToString());
    }

    [Fact]
    public void A_sheet_without_a_recognisable_header_is_an_error()
    {
        var sheet = new PrintedSheet("2023", [["说明"], ["本工作簿收录吉林省各市州主要指标。", "见各表"], ["编者", "统计局"]]);

        var preview = Preview(PrintedWorkbook.Create(sheet));

        Assert.Contains(preview.Problems, p => p.Message.StartsWith("no recognisable table", StringComparison.Ordinal));
        Assert.Null(preview.Result);
    }
}
