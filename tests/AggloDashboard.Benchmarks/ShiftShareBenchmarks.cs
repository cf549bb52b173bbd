using AggloDashboard.Core.Domain;
using AggloDashboard.Core.ShiftShare;
using BenchmarkDotNet.Attributes;

namespace AggloDashboard.Benchmarks;

/// <summary>
/// The shift-share decomposition (docs/METRICS.md §9) on the synthetic 400 regions x 20 years panel: reading the sector
/// employment once, then the static and the dynamic (19 consecutive pairs) decomposition from the first to the last year.
/// Run: dotnet run -c Release --project tests/AggloDashboard.Benchmarks -- --filter '*ShiftShare*'
/// </summary>
[MemoryDiagnoser]
public class ShiftShareBenchmarks
{
    private Dataset _large = null!;
    private ShiftSharePanel _panel = null!;

    [GlobalSetup]
    public void Setup()
    {
        _large = SyntheticPanel.SeedAndLarge().Large;
        _panel = new ShiftSharePanel(_large);
    }

    [Benchmark]
    public ShiftSharePanel Panel_400_regions_20_years() => new(_large);

    [Benchmark]
    public ShiftShareResult Static_400_regions_2000_2019() => _panel.Static(2000, 2019);

    [Benchmark]
    public ShiftShareResult Dynamic_400_regions_19_pairs() => _panel.Dynamic(2000, 2019);
}
