namespace AggloDashboard.Cli.Tests;

public class DiagnosticsOutputTests
{
    [Fact]
    public void Compute_writes_the_diagnostics_files_with_their_headers()
    {
        using var temp = new TempFolder();

        var run = CliRun.Of("compute", "--data", RepoPaths.SeedData, "--out", temp.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("region_code,year,indicator,subsystem,obstacle_percent", FirstLine(temp, "obstacles.csv"));
        Assert.Equal("region_code,year,subsystem,obstacle_percent", FirstLine(temp, "obstacle_subsystems.csv"));
        Assert.Equal("region_code,metric,year,value,kind", FirstLine(temp, "forecasts.csv"));
        Assert.Equal("region_code,metric,a,b,class_ratio_ok,c,p,grade,reliable", FirstLine(temp, "forecast_checks.csv"));
        Assert.Equal("region_code,year,rule_id,typology_zh,typology_en,evidence", FirstLine(temp, "policy.csv"));
    }

    [Fact]
    public void The_seed_data_gives_forecasts_for_every_city_and_a_typology_for_Changchun()
    {
        using var temp = new TempFolder();
        CliRun.Of("compute", "--data", RepoPaths.SeedData, "--out", temp.Path);

        var forecasts = File.ReadAllLines(temp.File("forecasts.csv")).Skip(1).Select(l => l.Split(',')).ToArray();
        var checks = File.ReadAllLines(temp.File("forecast_checks.csv")).Skip(1).ToArray();
        var policy = File.ReadAllLines(temp.File("policy.csv"));

        Assert.Equal(18, checks.Length);
        Assert.Equal(["2024", "2025", "2026", "2027", "2028"],
            forecasts.Where(f => f[0] == "220100" && f[1] == "couple.d" && f[4] == "forecast").Select(f => f[2]));
        Assert.Contains(policy, l => l.StartsWith("220100,2023,central_service_hub,中心服务枢纽型,Central service hub,lq.producer_services = 1.3", StringComparison.Ordinal));
        Assert.Contains(File.ReadAllLines(temp.File("obstacles.csv")), l => l.StartsWith("220100,2023,inn.", StringComparison.Ordinal));
    }

    [Fact]
    public void Equal_weighting_is_selectable_and_other_values_are_refused()
    {
        using var entropy = new TempFolder();
        using var equal = new TempFolder();
        CliRun.Of("compute", "--data", RepoPaths.SeedData, "--out", entropy.Path);

        var run = CliRun.Of("compute", "--data", RepoPaths.SeedData, "--out", equal.Path, "--weighting", "equal");

        Assert.Equal(0, run.ExitCode);
        Assert.NotEqual(File.ReadAllText(entropy.File("region_metrics.csv")), File.ReadAllText(equal.File("region_metrics.csv")));
        Assert.NotEqual(0, CliRun.Of("compute", "--data", RepoPaths.SeedData, "--out", equal.Path, "--weighting", "pca").ExitCode);
    }

    private static string FirstLine(TempFolder folder, string file) => File.ReadLines(folder.File(file)).First();
}
