using AggloDashboard.Core.Domain;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Core.Quality;
using BenchmarkDotNet.Attributes;

namespace AggloDashboard.Benchmarks;

/// <summary>
/// What the data browser's quality report and a changed calculation setting cost: <see cref="DataQuality.Check"/>
/// (a Theil–Sen trend per city and indicator) and the engine under non-default settings, on the seed panel and on a
/// synthetic 400 regions x 20 years panel.
/// Run: dotnet run -c Release --project tests/AggloDashboard.Benchmarks -- --filter '*QualityAndSettings*'
/// </summary>
[MemoryDiagnoser]
public class QualityAndSettingsBenchmarks
{
    private static readonly MetricSettings Changed = MetricSettingsText.ParseText("ccd=modified&alpha=0.5,0.3,0.2&weighting=equal&tol=0.05").Settings;

    private Dataset _seed = null!;
    private Dataset _large = null!;

    [GlobalSetup]
    public void Setup() => (_seed, _large) = SyntheticPanel.SeedAndLarge();

    [Benchmark(Baseline = true)]
    public DataQualityReport Quality_seed() => DataQuality.Check(_seed);

    [Benchmark]
    public DataQualityReport Quality_400_regions_20_years() => DataQuality.Check(_large);

    [Benchmark]
    public MetricResults Engine_with_changed_settings_seed() => MetricsEngine.Compute(_seed, Changed);

    [Benchmark]
    public MetricResults Engine_with_changed_settings_400_regions() => MetricsEngine.Compute(_large, Changed);
}
