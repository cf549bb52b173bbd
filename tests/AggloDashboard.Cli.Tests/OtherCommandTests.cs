namespace AggloDashboard.Cli.Tests;

public class OtherCommandTests
{
    [Fact]
    public void Validate_reports_a_valid_dataset_with_its_counts()
    {
        var run = CliRun.Of("validate", "--data", RepoPaths.SeedData);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("is valid", run.Output);
        Assert.Contains("9 prefectures", run.Output);
    }

    [Fact]
    public void Validate_lists_every_problem_and_fails()
    {
        using var data = new TempFolder();
        File.WriteAllText(data.File("regions.csv"), "code,name_zh,name_en,level\n220100,长春市,Changchun,city\n");
        File.WriteAllText(data.File("indicators.csv"), "code,name_zh,name_en,unit,subsystem,direction\n");

        var run = CliRun.Of("validate", "--data", data.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("regions.csv", run.Output);
        Assert.Contains("panel.csv", run.Output);
        Assert.Contains("NOT valid", run.Output);
    }

    [Fact]
    public void Generate_reproduces_the_bundled_seed_panel_byte_for_byte()
    {
        using var temp = new TempFolder();

        var run = CliRun.Of("generate", "--out", temp.Path);

        Assert.Equal(0, run.ExitCode);
        foreach (var file in new[] { "regions.csv", "indicators.csv", "panel.csv" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.SeedData, file)), File.ReadAllText(temp.File(file)));
        }
    }

    [Fact]
    public void Decode_echarts_refuses_a_missing_file()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("decode-echarts", "--in", temp.File("none.json"), "--out", temp.File("out.json"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("does not exist", run.Error);
    }

    [Fact]
    public void Unknown_commands_and_missing_options_fail_with_usage()
    {
        Assert.NotEqual(0, CliRun.Of("frobnicate").ExitCode);
        var run = CliRun.Of("compute", "--data", RepoPaths.SeedData);
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--out", run.Error);
    }
}
