using System.Text;
using AggloDashboard.Data.Import;

namespace AggloDashboard.Data.Tests.Import;

public class ImportMergeTests
{
    private static ImportRequest Csv(string text, ImportMode mode = ImportMode.Update, ImportShape shape = ImportShape.Long, string name = "panel.csv") =>
        new(name, Encoding.UTF8.GetBytes(text), shape, mode);

    [Fact]
    public async Task Update_changes_and_adds_the_files_values_and_keeps_every_other_value()
    {
        using var store = await ImportStore.CreateAsync();
        var preview = await store.Importer.PreviewAsync(Csv(
            "region_code,year,indicator,value\n220100,2023,emp.total,999\n220100,2024,emp.total,1000\n220200,2023,emp.total,\n"),
            CancellationToken.None);

        Assert.False(preview.HasErrors, string.Join("\n", preview.Problems));
        Assert.Single(preview.Diff!.Added);
        Assert.Equal(2, preview.Diff.Changed.Count);
        Assert.Empty(preview.Diff.Removed);
        Assert.Null(preview.Diff.Changed.Single(c => c.RegionCode == "220200").NewValue);
        Assert.Equal(store.Seed.Observations.Count + 1, preview.Result!.Observations.Count);
    }

    [Theory]
    [InlineData(ImportMode.Update, true)]
    [InlineData(ImportMode.ReplaceYears, true)]
    [InlineData(ImportMode.ReplaceAll, false)]
    public async Task Values_merged_onto_the_illustrative_seed_keep_the_version_illustrative_unless_they_replace_it_all(ImportMode mode, bool illustrative)
    {
        using var store = await ImportStore.CreateAsync();
        var preview = await store.Importer.PreviewAsync(Csv("region_code,year,indicator,value\n220100,2023,emp.total,999\n", mode), CancellationToken.None);

        var version = await store.Importer.CommitAsync(preview, "admin", activate: true, CancellationToken.None);

        Assert.Equal(illustrative, version.IsIllustrative);
    }

    [Fact]
    public async Task Replace_years_removes_the_values_of_the_files_years_that_it_lacks()
    {
        using var store = await ImportStore.CreateAsync();
        var preview = await store.Importer.PreviewAsync(Csv(
            "region_code,year,indicator,value\n220100,2023,emp.total,999\n", ImportMode.ReplaceYears), CancellationToken.None);

        var of2023 = store.Seed.Observations.Count(o => o.Year == 2023);
        Assert.Equal(of2023 - 1, preview.Diff!.Removed.Count);
        Assert.All(preview.Diff.Removed, r => Assert.Equal(2023, r.Year));
        Assert.Equal(store.Seed.Observations.Count - of2023 + 1, preview.Result!.Observations.Count);
    }

    [Fact]
    public async Task Commit_adds_and_activates_a_new_version_and_keeps_the_earlier_ones()
    {
        using var store = await ImportStore.CreateAsync();
        var preview = await store.Importer.PreviewAsync(Csv("region_code,year,indicator,value\n220100,2023,emp.total,999\n"), CancellationToken.None);

        var version = await store.Importer.CommitAsync(preview, "alice", activate: true, CancellationToken.None);

        Assert.Equal((version.Id, version.ContentHash, 2), await store.StateAsync());
        Assert.Equal("alice", version.CreatedBy);
        Assert.StartsWith("panel.csv (long, update; 0 new, 1 changed, 0 removed)", version.Source);
        await store.Store.ActivateAsync(store.SeedVersion.Id, CancellationToken.None);
        Assert.Equal(store.SeedVersion.ContentHash, (await store.StateAsync()).Hash);
    }

    [Fact]
    public async Task Commit_is_refused_when_the_active_version_changed_since_the_preview()
    {
        using var store = await ImportStore.CreateAsync();
        var preview = await store.Importer.PreviewAsync(Csv("region_code,year,indicator,value\n220100,2023,emp.total,999\n"), CancellationToken.None);
        var other = await store.Importer.PreviewAsync(Csv("region_code,year,indicator,value\n220100,2023,emp.total,5\n"), CancellationToken.None);
        await store.Importer.CommitAsync(other, "bob", true, CancellationToken.None);
        var before = await store.StateAsync();

        var refused = await Assert.ThrowsAsync<ImportRefusedException>(() => store.Importer.CommitAsync(preview, "alice", true, CancellationToken.None));

        Assert.Contains("preview again", refused.Message);
        Assert.Equal(before, await store.StateAsync());
    }

    [Fact]
    public async Task A_yearbook_workbook_maps_chinese_headers_to_indicators_and_takes_the_year_from_the_sheet_name()
    {
        using var store = await ImportStore.CreateAsync();
        var workbook = Workbooks.Create(("2023年", [
            ["地区", "城镇单位就业人员（万人）", "制造业就业人员", "研发投入强度"],
            ["长春市", 150.5, 40.25, 2.1],
            ["吉林", 60.0, 20.0, 1.1],
        ]));

        var preview = await store.Importer.PreviewAsync(new ImportRequest("yearbook.xlsx", workbook, ImportShape.Yearbook), CancellationToken.None);

        Assert.False(preview.HasErrors, string.Join("\n", preview.Problems));
        Assert.Equal("emp.total", preview.Mapping.CodeOf("城镇单位就业人员（万人）"));
        Assert.Equal("emp.manufacturing", preview.Mapping.CodeOf("制造业就业人员"));
        Assert.Null(preview.Mapping.CodeOf("研发投入强度"));
        var unmapped = Assert.Single(preview.Problems, p => p.Column == "D (研发投入强度)");
        Assert.Equal(("yearbook.xlsx", "2023年", 1), (unmapped.File, unmapped.Sheet, unmapped.Line));
        Assert.Equal(4, preview.ImportedValueCount);
        Assert.Contains(preview.Diff!.Changed, c => c is { RegionCode: "220200", Year: 2023, IndicatorCode: "emp.total", NewValue: 60.0 });

        // The user maps the remaining column and previews again.
        var mapping = preview.Mapping.Clone();
        mapping.Set("研发投入强度", "inn.rd_personnel");
        var edited = await store.Importer.PreviewAsync(preview.Request with { Mapping = mapping }, CancellationToken.None);
        Assert.Equal(6, edited.ImportedValueCount);
        Assert.Contains(edited.Diff!.Changed, c => c is { RegionCode: "220100", IndicatorCode: "inn.rd_personnel", NewValue: 2.1 });
    }

    [Fact]
    public async Task A_yearbook_csv_takes_its_year_from_the_request_or_the_file_name()
    {
        using var store = await ImportStore.CreateAsync();
        const string text = "城市,城镇单位就业人员\n220100,151\n";

        var named = await store.Importer.PreviewAsync(Csv(text, shape: ImportShape.Yearbook, name: "jilin-2022.csv"), CancellationToken.None);
        var given = await store.Importer.PreviewAsync(Csv(text, shape: ImportShape.Yearbook, name: "jilin.csv") with { Year = 2021 }, CancellationToken.None);
        var unknown = await store.Importer.PreviewAsync(Csv(text, shape: ImportShape.Yearbook, name: "jilin.csv"), CancellationToken.None);

        Assert.Equal(2022, named.Diff!.Changed.Single().Year);
        Assert.Equal(2021, given.Diff!.Changed.Single().Year);
        Assert.Contains(unknown.Problems, p => p.Message.Contains("the year is unknown"));
    }
}
