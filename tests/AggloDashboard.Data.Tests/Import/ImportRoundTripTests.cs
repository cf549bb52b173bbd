using System.Text;
using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Export;
using AggloDashboard.Data.Import;
using AggloDashboard.Data.Store;

namespace AggloDashboard.Data.Tests.Import;

public class ImportRoundTripTests
{
    private static byte[] Export(Dataset dataset, string format) => format == "csv"
        ? TableExport.CsvBytes(TableExport.Panel(dataset.Observations))
        : TableExport.XlsxBytes(TableExport.Dataset(dataset));

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task Exporting_a_version_and_importing_it_as_the_whole_panel_gives_the_same_content_hash(string format)
    {
        using var store = await ImportStore.CreateAsync();
        var exported = Export(store.Seed, format);
        // Make some other version active, so the import has something to change back.
        var edited = ImportPipeline.Merge(store.Seed,
            [new Observation("220100", 2023, "emp.total", 1.5), new Observation("220100", 2099, "emp.total", 2.0)], ImportMode.Update);
        await store.Store.AddVersionAsync(edited, "edited", "test", false, activate: true, CancellationToken.None);

        var preview = await store.Importer.PreviewAsync(
            new ImportRequest($"panel.{format}", exported, ImportShape.Long, ImportMode.ReplaceAll), CancellationToken.None);

        Assert.False(preview.HasErrors, string.Join("\n", preview.Problems));
        Assert.Equal(store.SeedVersion.ContentHash, preview.ResultHash);
        Assert.Equal((0, 1, 1), (preview.Diff!.Added.Count, preview.Diff.Changed.Count, preview.Diff.Removed.Count));
        var committed = await store.Importer.CommitAsync(preview, "admin", activate: true, CancellationToken.None);
        Assert.Equal(store.SeedVersion.ContentHash, committed.ContentHash);
        Assert.Equal(store.SeedVersion.ContentHash, ContentHash.Compute(await store.Store.ReadAsync(committed.Id, CancellationToken.None)));
        Assert.Equal(committed.Id, (await store.StateAsync()).Id);
    }

    [Fact]
    public async Task Importing_the_active_version_again_changes_nothing_and_is_not_committed()
    {
        using var store = await ImportStore.CreateAsync();
        var before = await store.StateAsync();
        var preview = await store.Importer.PreviewAsync(
            new ImportRequest("panel.csv", Export(store.Seed, "csv"), ImportShape.Long, ImportMode.ReplaceAll), CancellationToken.None);

        Assert.False(preview.HasErrors);
        Assert.False(preview.CanCommit);
        await Assert.ThrowsAsync<ImportRefusedException>(() => store.Importer.CommitAsync(preview, "admin", true, CancellationToken.None));
        Assert.Equal(before, await store.StateAsync());
    }

    [Fact]
    public async Task A_byte_order_mark_and_crlf_line_ends_are_accepted()
    {
        using var store = await ImportStore.CreateAsync();
        var csv = "\uFEFFregion_code,year,indicator,value\r\n220100,2023,emp.total,123.5\r\n";
        var preview = await store.Importer.PreviewAsync(
            new ImportRequest("panel.csv", Encoding.UTF8.GetBytes(csv), ImportShape.Long), CancellationToken.None);

        Assert.False(preview.HasErrors, string.Join("\n", preview.Problems));
        Assert.Equal(123.5, preview.Diff!.Changed.Single().NewValue);
    }

    [Fact]
    public async Task Exported_text_that_a_spreadsheet_would_run_is_neutralised_and_comes_back_unchanged()
    {
        Assert.Equal("'=SUM(A1:A9)", TableExportText.Neutralise("=SUM(A1:A9)"));
        Assert.Equal("'+cmd", TableExportText.Neutralise("+cmd"));
        Assert.Equal("'@x", TableExportText.Neutralise("@x"));
        Assert.Equal("'-2+3", TableExportText.Neutralise("-2+3"));
        Assert.Equal("-2.5", TableExportText.Neutralise("-2.5"));
        Assert.Equal("长春市", TableExportText.Neutralise("长春市"));
        Assert.Equal("=SUM(A1:A9)", TableExportText.Restore("'=SUM(A1:A9)"));

        var table = new ExportTable("t", ["name", "value"], [["=HYPERLINK(\"http://x\")", -1.25], ["@SUM(1)", null]]);
        var csv = Encoding.UTF8.GetString(TableExport.CsvBytes(table));
        Assert.Contains("'=HYPERLINK", csv);
        Assert.Contains("'@SUM(1)", csv);
        Assert.Contains(",-1.25", csv);

        using var store = await ImportStore.CreateAsync();
        var xlsx = TableExport.XlsxBytes([table]);
        using var stream = new MemoryStream(xlsx);
        var cells = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToArray();
        Assert.Equal("'=HYPERLINK(\"http://x\")", cells[0]["name"]);
        Assert.Equal(-1.25, Convert.ToDouble(cells[0]["value"], System.Globalization.CultureInfo.InvariantCulture));
    }
}
