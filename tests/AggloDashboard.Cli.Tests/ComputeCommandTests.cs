using System.Globalization;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Data.Folder;

namespace AggloDashboard.Cli.Tests;

public class ComputeCommandTests
{
    [Fact]
    public void Writes_the_contract_files_for_the_seed_data()
    {
        using var temp = new TempFolder();

        var run = CliRun.Of("compute", "--data", RepoPaths.SeedData, "--out", temp.Path);

        Assert.Equal(0, run.ExitCode);
        var regional = File.ReadAllLines(temp.File("region_metrics.csv"));
        var aggregate = File.ReadAllLines(temp.File("aggregate_metrics.csv"));
        Assert.Equal("region_code,year,metric,value", regional[0]);
        Assert.Equal("year,metric,value", aggregate[0]);
        Assert.Contains(regional, l => l.StartsWith("220100,2023,lq.producer_services,", StringComparison.Ordinal));
        Assert.Contains(aggregate, l => l.StartsWith("2023,cv.couple.d,", StringComparison.Ordinal));
        Assert.True(File.Exists(temp.File("entropy_weights.csv")));
    }

    [Fact]
    public void Written_values_are_the_engine_values_to_the_last_bit()
    {
        using var temp = new TempFolder();
        CliRun.Of("compute", "--data", RepoPaths.SeedData, "--out", temp.Path);

        var engine = MetricsEngine.Compute(DatasetFolderReader.Read(RepoPaths.SeedData).Dataset!);
        var lines = File.ReadAllLines(temp.File("region_metrics.csv")).Skip(1).ToArray();

        Assert.Equal(engine.Regional.Count, lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var fields = lines[i].Split(',');
            var expected = engine.Regional[i];
            Assert.Equal(expected.RegionCode, fields[0]);
            Assert.Equal(expected.Metric, fields[2]);
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected.Value),
                BitConverter.DoubleToInt64Bits(double.Parse(fields[3], CultureInfo.InvariantCulture)));
        }
    }

    [Fact]
    public void The_modified_coupling_form_is_selectable()
    {
        using var standard = new TempFolder();
        using var modified = new TempFolder();
        CliRun.Of("compute", "--data", RepoPaths.SeedData, "--out", standard.Path);
        var run = CliRun.Of("compute", "--data", RepoPaths.SeedData, "--out", modified.Path, "--coupling-form", "Modified");

        Assert.Equal(0, run.ExitCode);
        Assert.NotEqual(File.ReadAllText(standard.File("region_metrics.csv")), File.ReadAllText(modified.File("region_metrics.csv")));
    }

    [Fact]
    public void Settings_copied_from_a_dashboard_url_give_the_engine_values_with_those_settings()
    {
        using var temp = new TempFolder();
        const string url = "http://localhost:5000/coupling?year=2020&lang=en&ccd=modified&alpha=0.5%2C0.3%2C0.2&calpha=0.6,0.4&weighting=equal&tol=0.05";

        var run = CliRun.Of("compute", "--data", RepoPaths.SeedData, "--out", temp.Path, "--settings", url);

        Assert.Equal(0, run.ExitCode);
        var settings = MetricSettingsText.ParseText(url).Settings;
        Assert.Equal([0.5, 0.3, 0.2], settings.InnovationAlphas!.Select(a => Math.Round(a, 12)));
        var engine = MetricsEngine.Compute(DatasetFolderReader.Read(RepoPaths.SeedData).Dataset!, settings);
        var d = engine.Get("220100", 2020, MetricCodes.CouplingD)!.Value;
        var line = File.ReadLines(temp.File("region_metrics.csv")).Single(l => l.StartsWith("220100,2020,couple.d,", StringComparison.Ordinal));
        Assert.Equal(BitConverter.DoubleToInt64Bits(d), BitConverter.DoubleToInt64Bits(double.Parse(line.Split(',')[3], CultureInfo.InvariantCulture)));
        Assert.NotEqual(MetricsEngine.Compute(DatasetFolderReader.Read(RepoPaths.SeedData).Dataset!).Get("220100", 2020, MetricCodes.CouplingD), d);
    }

    [Theory]
    [InlineData("alpha=0.6,0.6,0.6", "--settings: alpha=0.6,0.6,0.6: the weights must sum to 1")]
    [InlineData("weighting=user&w=nonexistent.code:1", "the user weights do not fit")]
    public void Unusable_settings_are_named_and_nothing_is_written(string settings, string message)
    {
        using var temp = new TempFolder();

        var run = CliRun.Of("compute", "--data", RepoPaths.SeedData, "--out", temp.Path, "--settings", settings);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Settings_and_the_older_options_are_not_mixed()
    {
        using var temp = new TempFolder();

        var run = CliRun.Of("compute", "--data", RepoPaths.SeedData, "--out", temp.Path, "--settings", "tol=0.2", "--weighting", "equal");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--settings already holds", run.Error);
    }

    [Fact]
    public void A_malformed_dataset_writes_nothing_and_names_file_line_and_column()
    {
        using var data = new TempFolder();
        using var output = new TempFolder();
        foreach (var file in Directory.GetFiles(RepoPaths.SeedData))
        {
            File.Copy(file, data.File(Path.GetFileName(file)));
        }

        var panel = File.ReadAllLines(data.File("panel.csv"));
        panel[5] = string.Join(',', panel[5].Split(',')[..3]) + ",12x";
        File.WriteAllLines(data.File("panel.csv"), panel);

        var run = CliRun.Of("compute", "--data", data.Path, "--out", output.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("panel.csv:6: column 'value'", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Empty(Directory.GetFileSystemEntries(output.Path));
    }

    [Fact]
    public void A_missing_folder_is_a_clear_error()
    {
        using var output = new TempFolder();
        var run = CliRun.Of("compute", "--data", "/nonexistent/dataset", "--out", output.Path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("does not exist", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void Help_explains_the_command()
    {
        var run = CliRun.Of("compute", "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("region_metrics.csv", run.Output);
        Assert.Contains("--data", run.Output);
        Assert.Contains("--coupling-form", run.Output);
    }
}
