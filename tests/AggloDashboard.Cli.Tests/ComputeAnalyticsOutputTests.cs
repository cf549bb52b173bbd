namespace AggloDashboard.Cli.Tests;

/// <summary>One <c>compute</c> run over the seed data, shared by the tests that only read its output.</summary>
public sealed class SeedComputeRun : IDisposable
{
    private readonly TempFolder _output = new();

    public SeedComputeRun()
    {
        var run = CliRun.Of("compute", "--data", RepoPaths.SeedData, "--out", _output.Path);
        (ExitCode, Output) = (run.ExitCode, run.Output);
    }

    public int ExitCode { get; }

    public string Output { get; }

    public string File(string name) => _output.File(name);

    public void Dispose() => _output.Dispose();
}

/// <summary>The analysis files <c>compute</c> writes beside the metric files (README, Commands).</summary>
public class ComputeAnalyticsOutputTests(SeedComputeRun seed) : IClassFixture<SeedComputeRun>
{
    [Theory]
    [InlineData("sigma_convergence.csv", "metric,year,n,cv,theil,gini")]
    [InlineData("beta_convergence.csv", "metric,from_year,to_year,n,beta,intercept,se,t,p,r2,speed,half_life")]
    [InlineData("moran.csv", "weights,metric,year,n,moran_i,expected,variance,z,p_sim,permutations")]
    [InlineData("lisa.csv", "weights,metric,year,region_code,value,lag,local_i,p_sim,p_method,cluster")]
    [InlineData("krugman.csv", "region_code,year,krugman")]
    [InlineData("grey_relational.csv", "reference,scope,driver,grade,rank,years")]
    [InlineData("regression.csv", "model,term,coef,se,t,p,ci_low,ci_high,n,clusters,r2")]
    public void Writes_each_analysis_file_with_its_header_and_rows_for_the_seed_data(string file, string header)
    {
        Assert.Equal(0, seed.ExitCode);
        var lines = File.ReadAllLines(seed.File(file));
        Assert.Equal(header, lines[0]);
        Assert.True(lines.Length > 1, $"{file} has no rows");
    }

    [Fact]
    public void Seed_data_results_cover_both_models_both_weights_and_every_city()
    {
        var regression = File.ReadAllLines(seed.File("regression.csv"));
        Assert.Contains(regression, l => l.StartsWith("pooled_ols,(intercept),", StringComparison.Ordinal));
        Assert.Contains(regression, l => l.StartsWith("twoway_fe,ln(drv.fdi),", StringComparison.Ordinal));
        var moran = File.ReadAllLines(seed.File("moran.csv"));
        Assert.Contains(moran, l => l.StartsWith("queen,lq.producer_services,2023,9,", StringComparison.Ordinal));
        Assert.Contains(moran, l => l.StartsWith("inverse_distance,lq.producer_services,2023,9,", StringComparison.Ordinal));
        Assert.Equal(9, File.ReadAllLines(seed.File("krugman.csv")).Count(l => l.Contains(",2023,")));
        var table = File.ReadAllText(seed.File("regression.txt"));
        Assert.Contains("(2) Two-way FE", table);
        Assert.Contains("Only 9 clusters", table);
        Assert.Contains("note: Moran's I and LISA rest on only 9 regions", seed.Output);
    }

    [Fact]
    public void Lisa_p_values_of_the_nine_cities_are_exact_and_say_so()
    {
        var lisa = File.ReadAllLines(seed.File("lisa.csv")).Skip(1).Select(l => l.Split(',')).ToArray();

        Assert.All(lisa, row => Assert.Equal("exact", row[8]));
        var changchun = lisa.Single(r => r[1] == "lq.producer_services" && r[2] == "2023" && r[3] == "220100");
        Assert.Equal(3.0 / 56, double.Parse(changchun[7], System.Globalization.CultureInfo.InvariantCulture), 15);
        Assert.Equal("ns", changchun[9]);
    }

    [Fact]
    public void Permutation_results_are_identical_from_run_to_run()
    {
        using var second = new TempFolder();
        CliRun.Of("compute", "--data", RepoPaths.SeedData, "--out", second.Path);

        Assert.Equal(File.ReadAllText(seed.File("moran.csv")), File.ReadAllText(second.File("moran.csv")));
        Assert.Equal(File.ReadAllText(seed.File("lisa.csv")), File.ReadAllText(second.File("lisa.csv")));
    }

    [Fact]
    public void Without_boundaries_moran_is_skipped_with_a_note()
    {
        using var data = new TempFolder();
        using var output = new TempFolder();
        foreach (var file in Directory.GetFiles(RepoPaths.SeedData, "*.csv"))
        {
            File.Copy(file, data.File(Path.GetFileName(file)));
        }

        var run = CliRun.Of("compute", "--data", data.Path, "--out", output.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("note: the dataset has no boundary file", run.Output);
        Assert.Contains("Moran's I and LISA skipped", run.Output);
        Assert.Single(File.ReadAllLines(output.File("moran.csv")));
        Assert.True(File.ReadAllLines(output.File("regression.csv")).Length > 1);
    }
}
