using System.Text;
using AggloDashboard.Data.Import;

namespace AggloDashboard.Data.Tests.Import;

/// <summary>Hostile and huge files are refused within the import's budget, with a sentence, and leave the store as it was.</summary>
public class HostileWorkbookTests
{
    private static async Task<ImportPreview> PreviewLeavingTheStoreAlone(ImportRequest request)
    {
        using var store = await ImportStore.CreateAsync();
        var before = await store.StateAsync();
        var preview = await store.Importer.PreviewAsync(request, CancellationToken.None);
        Assert.True(preview.HasErrors);
        Assert.False(preview.CanCommit);
        await Assert.ThrowsAsync<ImportRefusedException>(() => store.Importer.CommitAsync(preview, "admin", true, CancellationToken.None));
        Assert.Equal(before, await store.StateAsync());
        return preview;
    }

    [Fact]
    public async Task Sheets_that_all_point_at_one_huge_part_are_refused_before_any_sheet_is_read()
    {
        var bomb = HostileWorkbooks.SheetBomb();
        var reports = new List<ImportProgress>();

        var pure = ImportPipeline.Preview(new ImportRequest("bomb.xlsx", bomb, ImportShape.Yearbook), ImportStore.SeedDataset, 1,
            progress: new SynchronousProgress(reports.Add));
        var preview = await PreviewLeavingTheStoreAlone(new ImportRequest("bomb.xlsx", bomb, ImportShape.Yearbook));

        Assert.Empty(reports);
        var error = Assert.Single(preview.Problems);
        Assert.StartsWith("bomb.xlsx: the workbook expands to ", error.ToString());
        Assert.Contains("more than the 200 MB allowed", error.Message);
        Assert.StartsWith("读取工作表时工作簿展开为", error.MessageZh);
        Assert.Equal(error, Assert.Single(pure.Problems));
    }

    [Fact]
    public async Task A_part_that_unpacks_beyond_the_limit_is_refused_with_the_limit_named()
    {
        var preview = ImportPipeline.Preview(new ImportRequest("big.xlsx", HostileWorkbooks.Workbook(1, HostileWorkbooks.Sheet(HostileWorkbooks.ManyRows(20_000))), ImportShape.Yearbook),
            ImportStore.SeedDataset, 1, new ImportLimits { MaxExpandedBytes = 1024 * 1024 });

        Assert.Contains("more than the 1 MB allowed", Assert.Single(preview.Problems).Message);
    }

    [Fact]
    public void More_cells_than_the_budget_stop_the_reading_with_a_sentence()
    {
        var preview = ImportPipeline.Preview(new ImportRequest("2023.xlsx", HostileWorkbooks.Workbook(1, HostileWorkbooks.Sheet(HostileWorkbooks.ManyRows(5_000))), ImportShape.Yearbook),
            ImportStore.SeedDataset, 1, new ImportLimits { MaxCells = 1_000 });

        Assert.Equal("2023.xlsx[2001]: the file holds more than 1,000 cells, the most one import reads: split it, or import the long format",
            Assert.Single(preview.Problems).ToString());
    }

    [Fact]
    public async Task A_formula_saved_without_its_value_is_an_error_naming_the_cell()
    {
        var sheet = HostileWorkbooks.Sheet("""<row r="1"><c r="A1" t="inlineStr"><is><t>地区</t></is></c><c r="B1" t="inlineStr"><is><t>制造业</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>长春市</t></is></c><c r="B2"><f>SUM(C2:D2)</f></c></row>""");

        var preview = await PreviewLeavingTheStoreAlone(new ImportRequest("2023.xlsx", HostileWorkbooks.Workbook(1, sheet), ImportShape.Yearbook));

        Assert.Contains(preview.Problems, p => p.ToString() ==
            "2023.xlsx[2001]:2: column 'B': a formula (=SUM(C2:D2)) saved without its calculated value: open the workbook in Excel or LibreOffice and save it, so the values are stored");
    }

    [Fact]
    public async Task Cells_without_references_give_a_sentence_not_an_exception()
    {
        var sheet = HostileWorkbooks.Sheet("""<row><c t="inlineStr"><is><t>地区</t></is></c><c t="inlineStr"><is><t>制造业</t></is></c></row><row><c t="inlineStr"><is><t>长春市</t></is></c><c><v>1</v></c></row>""");

        var preview = await ImportStoreFree(new ImportRequest("2023.xlsx", HostileWorkbooks.Workbook(1, sheet), ImportShape.Yearbook));

        Assert.DoesNotContain(preview.Problems, p => p.Message.Contains("Parameter", StringComparison.Ordinal) || p.Message.Contains("Value cannot be null", StringComparison.Ordinal));
        Assert.All(preview.Problems.Where(p => p.Line is null), p => Assert.NotNull(p.MessageZh));
    }

    [Fact]
    public void A_million_bad_rows_list_the_first_two_hundred_problems_and_count_the_rest()
    {
        var csv = new StringBuilder("region_code,year,indicator,value\n");
        for (var i = 0; i < 100_000; i++)
        {
            csv.Append("220100,2023,emp.total,x\n");
        }

        var preview = ImportPipeline.Preview(new ImportRequest("panel.csv", Encoding.UTF8.GetBytes(csv.ToString()), ImportShape.Long), ImportStore.SeedDataset, 1);

        Assert.True(preview.HasErrors);
        Assert.Equal(200, preview.Problems.Count);
        Assert.Equal(100_000 - 200, preview.OmittedProblemCount);
        Assert.Null(preview.Result);
    }

    [Fact]
    public void A_cancelled_preview_stops()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => ImportPipeline.Preview(
            new ImportRequest("y.xlsx", YearbookExamples.Provincial(), ImportShape.Detect), ImportStore.SeedDataset, 1, cancellationToken: cancelled.Token));
    }

    [Fact]
    public void Progress_names_each_sheet_as_it_is_read_and_parsed()
    {
        var reports = new List<ImportProgress>();

        ImportPipeline.Preview(new ImportRequest("y.xlsx", YearbookExamples.Provincial(), ImportShape.Detect), ImportStore.SeedDataset, 1,
            progress: new SynchronousProgress(reports.Add));

        Assert.Equal([(1, false, "2022年"), (2, false, "2023年"), (1, true, "2022年"), (2, true, "2023年")],
            reports.Select(r => (r.Sheet, r.Parsing, r.SheetName!)));
    }

    private static Task<ImportPreview> ImportStoreFree(ImportRequest request) =>
        Task.FromResult(ImportPipeline.Preview(request, ImportStore.SeedDataset, 1));

    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
