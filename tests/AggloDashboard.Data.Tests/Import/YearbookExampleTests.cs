using AggloDashboard.Data.Import;

namespace AggloDashboard.Data.Tests.Import;

/// <summary>The worked examples in seed-data/examples import onto the seed as the README walks through it.</summary>
public class YearbookExampleTests
{
    public static TheoryData<string> Files => new(YearbookExamples.ProvincialFile, YearbookExamples.CityFile);

    private static byte[] Built(string file) => file == YearbookExamples.ProvincialFile ? YearbookExamples.Provincial() : YearbookExamples.City();

    /// <summary>The committed files are what <see cref="YearbookExamples"/> describes; AGGLO_WRITE_EXAMPLES=1 rewrites them after a change there.</summary>
    [Theory]
    [MemberData(nameof(Files))]
    public void The_committed_example_is_the_one_described(string file)
    {
        var path = Path.Combine(YearbookExamples.Folder, file);
        if (Environment.GetEnvironmentVariable("AGGLO_WRITE_EXAMPLES") == "1")
        {
            Directory.CreateDirectory(YearbookExamples.Folder);
            File.WriteAllBytes(path, Built(file));
        }

        Assert.Equal(Built(file), File.ReadAllBytes(path));
    }

    [Fact]
    public void The_provincial_example_imports_with_its_layout_and_changes_only_changchuns_manufacturing_and_other_employment()
    {
        var preview = Preview(YearbookExamples.ProvincialFile);

        Assert.False(preview.HasErrors, string.Join("\n", preview.Problems));
        Assert.Empty(preview.Problems);
        Assert.All(preview.Layouts, l => Assert.StartsWith($"{l.Year}年: year {l.Year} (sheet name); rows 1-2 skipped: title, unit line; header: rows 3-4; total (checked, not imported): row 5; data: rows 6-14; footnote: rows 15-16", l.Summary()));
        Assert.All(preview.Layouts.SelectMany(l => l.Totals), t => Assert.Equal(TotalOutcome.Agrees, t.Outcome));
        Assert.Equal(2 * 9 * 8, preview.ImportedValueCount);
        Assert.Equal(
            [("emp.manufacturing", 25.31), ("emp.other", 41.47)],
            preview.Diff!.Changed.Select(c => (c.IndicatorCode, c.NewValue!.Value)).OrderBy(c => c.IndicatorCode));
        Assert.Empty(preview.Diff.Added);
        Assert.Empty(preview.Diff.Removed);
    }

    [Fact]
    public void The_city_example_reads_the_whole_city_columns_and_changchuns_own_sheet()
    {
        var preview = Preview(YearbookExamples.CityFile);

        Assert.False(preview.HasErrors, string.Join("\n", preview.Problems));
        Assert.Equal([TableOrientation.CitiesInRows, TableOrientation.YearsInColumns], preview.Layouts.Select(l => l.Orientation));
        Assert.Equal(8 * 3 + 3 * 4, preview.ImportedValueCount);
        var change = Assert.Single(preview.Diff!.Changed);
        Assert.Equal(("220100", 2022, "out.patents", 6672.0, 6700.0), (change.RegionCode, change.Year, change.IndicatorCode, change.OldValue!.Value, change.NewValue!.Value));
    }

    private static ImportPreview Preview(string file) => ImportPipeline.Preview(
        new ImportRequest(file, File.ReadAllBytes(Path.Combine(YearbookExamples.Folder, file)), ImportShape.Detect), ImportStore.SeedDataset, 1);
}
