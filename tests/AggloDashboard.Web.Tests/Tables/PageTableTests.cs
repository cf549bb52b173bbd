using System.Globalization;
using AggloDashboard.Web.Tables;
using MiniExcelLibs;

namespace AggloDashboard.Web.Tests.Tables;

public sealed class PageTableTests
{
    private static readonly PageTable Sample = PageTable.Of(
    [
        ["City", "code", "value", "value"],
        ["=HYPERLINK(\"http://x\")", "220100", "-1.25", "0.1"],
        ["@SUM(A1)", "+cmd", "", "-x"],
    ]);

    private static IDictionary<string, object?>[] ReadBack(byte[] xlsx, out string sheet)
    {
        using var stream = new MemoryStream(xlsx);
        sheet = MiniExcel.GetSheetNames(stream).Single();
        return MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToArray();
    }

    [Fact]
    public void The_workbook_has_the_header_numbers_as_numbers_and_neutralised_text()
    {
        var rows = ReadBack(Sample.Xlsx("map-coagg-2015"), out var sheet);

        Assert.Equal("map-coagg-2015", sheet);
        Assert.Equal(["City", "code", "value", "value (2)"], rows[0].Keys.ToArray());
        Assert.Equal("'=HYPERLINK(\"http://x\")", rows[0]["City"]);
        Assert.Equal(220100d, Convert.ToDouble(rows[0]["code"], CultureInfo.InvariantCulture));
        Assert.Equal(-1.25, Convert.ToDouble(rows[0]["value"], CultureInfo.InvariantCulture));
        Assert.Equal(0.1, Convert.ToDouble(rows[0]["value (2)"], CultureInfo.InvariantCulture));
        Assert.Equal("'@SUM(A1)", rows[1]["City"]);
        Assert.Equal("'+cmd", rows[1]["code"]);
        Assert.Null(rows[1]["value"]);
        Assert.Equal("'-x", rows[1]["value (2)"]);
    }

    [Fact]
    public void The_csv_neutralises_the_same_cells()
    {
        var lines = Sample.Csv().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("'@SUM(A1),'+cmd,,'-x", lines[2]);
        Assert.Equal("\"'=HYPERLINK(\"\"http://x\"\")\",220100,-1.25,0.1", lines[1]);
    }

    [Theory]
    [InlineData("lisa-couple.d-queen-2020/[x]", "lisa-couple.d-queen-2020__x_")]
    [InlineData("a-very-long-file-name-for-a-sheet-of-forty-chars", "a-very-long-file-name-for-a-she")]
    [InlineData("", "table")]
    public void Sheet_names_are_what_excel_accepts(string name, string expected) =>
        Assert.Equal(expected, PageTable.SheetName(name));
}
