using AggloDashboard.Core.Domain;
using AggloDashboard.Core.Metrics;
using BenchmarkDotNet.Attributes;

namespace AggloDashboard.Benchmarks;

/// <summary>
/// The metrics engine on the bundled seed panel (9 cities x 19 years) and on a synthetic 400 regions x 20 years
/// panel with the seed's indicators. Run: dotnet run -c Release --project tests/AggloDashboard.Benchmarks -- --filter '*'
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private Dataset _seed = null!;
    private Dataset _large = null!;

    [GlobalSetup]
    public void Setup() => (_seed, _large) = SyntheticPanel.SeedAndLarge();

    [Benchmark(Baseline = true)]
    public MetricResults Seed_9_cities_19_years() => MetricsEngine.Compute(_seed);

    [Benchmark]
    public MetricResults Synthetic_400_regions_20_years() => MetricsEngine.Compute(_large);
}
