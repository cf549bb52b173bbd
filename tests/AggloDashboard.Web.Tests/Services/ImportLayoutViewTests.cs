using AggloDashboard.Data.Import;
using AggloDashboard.Web.Views;

namespace AggloDashboard.Web.Tests.Services;

public sealed class ImportLayoutViewTests
{
    private static readonly SheetLayout Printed = new("book.xlsx", "2023年", TableOrientation.CitiesInRows, 2023, YearSource.SheetName, "各市州从业人员", null,
        [new RowSpan(1, 1, RowRole.Title), new RowSpan(2, 2, RowRole.UnitLine), new RowSpan(3, 4, RowRole.Header), new RowSpan(5, 5, RowRole.Total),
            new RowSpan(6, 14, RowRole.Data), new RowSpan(15, 16, RowRole.Footnote)],
        [
            new ColumnLayout("B4", "城镇非私营单位从业人员 / 合计", null, "人", UnitSource.UnitLine, "emp.total", "万人", MappingSource.GroupTotal, -4, ColumnFate.Imported),
            new ColumnLayout("C4", "年末户籍人口", "市辖区", null, UnitSource.None, null, null, MappingSource.None, null, ColumnFate.OtherArea),
            new ColumnLayout("D4", "专利", null, "万件", UnitSource.Header, "emp.other", "万人", MappingSource.Given, null, ColumnFate.UnitMismatch),
        ],
        [new TotalCheck("B5", "城镇非私营单位从业人员 / 合计", "全  省", 100.4m, 100m, 0.5m, TotalOutcome.Agrees, 9, 9)],
        3, ["thousands separators removed: B6 (1,183,000)"]);

    [Fact]
    public void Says_in_chinese_which_rows_were_skipped_and_how_each_column_was_read()
    {
        var view = ImportLayoutView.Of(Printed, Lang.Zh);

        Assert.Equal("2023 年（取自工作表名）；3 个数值印为缺失（—、…、-、/、空），按缺失导入", view.Reading);
        Assert.Equal(["第 1–2 行已跳过：标题、单位行", "表头：第 3–4 行", "合计行（核对，不导入）：第 5 行", "数据：第 6–14 行", "注释和资料来源（已跳过）：第 15–16 行"], view.Rows);
        Assert.Equal(new ImportColumnRow("B4", "城镇非私营单位从业人员 / 合计", "", "人 (单位行)", "emp.total", "分组的合计列", "人 → 万人 ÷10,000", "导入", false), view.Columns[0]);
        Assert.Equal(("市辖区", "", "另一口径，跳过"), (view.Columns[1].Area, view.Columns[1].How, view.Columns[1].Fate));
        Assert.True(view.Columns[2].IsProblem);
        Assert.Equal("B5（全  省）城镇非私营单位从业人员 / 合计：各市合计 100.4，合计行 100（容差 ±0.5）：相符", Assert.Single(view.Totals));
    }

    [Fact]
    public void Says_the_same_in_english()
    {
        var view = ImportLayoutView.Of(Printed, Lang.En);

        Assert.Equal("year 2023 (from the sheet name); 3 value(s) printed as missing (—, …, -, /, 空), imported as missing", view.Reading);
        Assert.Equal("rows 1-2 skipped: title, unit line", view.Rows[0]);
        Assert.Equal(("unit line", "total of its group"), (view.Columns[0].Unit[3..^1], view.Columns[0].How));
        Assert.Equal("not printed: the indicator's unit", view.Columns[1].Unit);
    }
}
