using System.Globalization;
using AggloDashboard.Core.ShiftShare;
using AggloDashboard.Data.Folder;

namespace AggloDashboard.Cli.Tests;

/// <summary><c>compute</c>'s <c>shift_share.csv</c> (docs/METRICS.md §9) and its <c>--shift-years</c>.</summary>
public class ShiftShareOutputTests(SeedComputeRun seed) : IClassFixture<SeedComputeRun>
{
    private static string[][] Rows(string file) => File.ReadAllLines(file).Skip(1).Select(l => l.Split(',')).ToArray();

    [Fact]
    public void Seed_data_gives_every_city_sector_and_component_from_the_first_to_the_last_year()
    {
        Assert.Equal(0, seed.ExitCode);
        var lines = File.ReadAllLines(seed.File("shift_share.csv"));
        Assert.Equal("region_code,base_year,end_year,method,sector,component,value", lines[0]);
        var rows = Rows(seed.File("shift_share.csv"));

        // 9 cities x (total + 7 sectors) x 6 static components, and x 4 dynamic ones.
        Assert.Equal(9 * 8 * 6, rows.Count(r => r[3] == "static"));
        Assert.Equal(9 * 8 * 4, rows.Count(r => r[3] == "dynamic"));
        Assert.All(rows, r => Assert.Equal(("2005", "2023"), (r[1], r[2])));
        Assert.DoesNotContain(rows, r => r[3] == "dynamic" && r[5] is "net_competitive" or "allocation");
        Assert.Contains(rows, r => r is ["220100", _, _, "static", "emp.manufacturing", "competitive", _]);
    }

    [Fact]
    public void Values_are_the_engine_values_to_the_last_bit_and_add_up()
    {
        var dataset = DatasetFolderReader.Read(RepoPaths.SeedData).Dataset!;
        var engine = new ShiftSharePanel(dataset).Static(2005, 2023).City("220100")!.Total;
        var rows = Rows(seed.File("shift_share.csv")).Where(r => r is ["220100", _, _, "static", "total", _, _])
            .ToDictionary(r => r[5], r => double.Parse(r[6], CultureInfo.InvariantCulture));

        Assert.Equal(BitConverter.DoubleToInt64Bits(engine.Competitive), BitConverter.DoubleToInt64Bits(rows["competitive"]));
        Assert.Equal(rows["growth"], rows["reference_share"] + rows["industry_mix"] + rows["competitive"], 9);
        Assert.Equal(rows["competitive"], rows["net_competitive"] + rows["allocation"], 9);
    }

    [Fact]
    public void Shift_years_choose_the_period()
    {
        using var output = new TempFolder();

        var run = CliRun.Of("compute", "--data", RepoPaths.SeedData, "--out", output.Path, "--shift-years", "2010,2015");

        Assert.Equal(0, run.ExitCode);
        Assert.All(Rows(output.File("shift_share.csv")), r => Assert.Equal(("2010", "2015"), (r[1], r[2])));
    }

    [Theory]
    [InlineData("2015,2010", "--shift-years: the base year 2015 must be before the end year 2010")]
    [InlineData("2010,2010", "must be before")]
    [InlineData("1990,2010", "--shift-years: 1990 or 2010 is not a year of the panel (2005-2023)")]
    [InlineData("2010", "--shift-years: '2010' is not two years T0,T1")]
    public void Unusable_years_are_one_line_and_nothing_is_written(string years, string message)
    {
        using var output = new TempFolder();

        var run = CliRun.Of("compute", "--data", RepoPaths.SeedData, "--out", output.Path, "--shift-years", years);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Empty(Directory.GetFileSystemEntries(output.Path));
    }

    [Fact]
    public void A_city_missing_a_sector_is_left_out_and_named()
    {
        using var data = new TempFolder();
        using var output = new TempFolder();
        foreach (var file in Directory.GetFiles(RepoPaths.SeedData))
        {
            File.Copy(file, data.File(Path.GetFileName(file)));
        }

        var panel = File.ReadAllLines(data.File("panel.csv"))
            .Where(l => !l.StartsWith("220800,2023,emp.ps.it,", StringComparison.Ordinal));
        File.WriteAllLines(data.File("panel.csv"), panel);

        var run = CliRun.Of("compute", "--data", data.Path, "--out", output.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("note: shift-share 2005-2023: 220800 has no emp.ps.it value in 2023 and is left out", run.Output);
        Assert.Contains("note: dynamic shift-share: 220800 has no emp.ps.it value in 2023, so 2022-2023 is skipped for it", run.Output);
        var rows = Rows(output.File("shift_share.csv"));
        Assert.DoesNotContain(rows, r => r is ["220800", _, _, "static", ..]);
        Assert.Contains(rows, r => r is ["220800", _, _, "dynamic", ..]);
    }

    [Fact]
    public void A_base_year_without_sector_employment_is_one_line_and_nothing_is_written()
    {
        using var data = new TempFolder();
        using var output = new TempFolder();
        foreach (var file in Directory.GetFiles(RepoPaths.SeedData))
        {
            File.Copy(file, data.File(Path.GetFileName(file)));
        }

        var panel = File.ReadAllLines(data.File("panel.csv")).Where(l => !l.Contains(",2005,emp.manufacturing,", StringComparison.Ordinal));
        File.WriteAllLines(data.File("panel.csv"), panel);

        var run = CliRun.Of("compute", "--data", data.Path, "--out", output.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: shift-share: no city has every sector's employment in both 2005 and 2023 " +
            "(--shift-years T0,T1 chooses other years); nothing was written.",
            run.Error.Trim().Split('\n')[^1]);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Empty(Directory.GetFileSystemEntries(output.Path));
    }
}
