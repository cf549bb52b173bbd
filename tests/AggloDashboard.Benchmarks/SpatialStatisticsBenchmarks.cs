using AggloDashboard.Core.Analytics;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Data.Seed;
using AggloDashboard.Data.Spatial;
using BenchmarkDotNet.Attributes;

namespace AggloDashboard.Benchmarks;

/// <summary>
/// Global Moran's I and LISA with 999 permutations (docs/METRICS.md §7) of <c>couple.d</c> under queen contiguity, every
/// year of a panel, on the seed (9 cities × 19 years) and on the national panel of <c>generate --regions national</c>
/// (367 prefecture-level regions × 19 years; its island region keeps a row of zeros), generated in memory by the same
/// code as the CLI. Inverse distance, the alternative, makes every region a neighbour of every other: one year of it is
/// timed too.
/// Run: dotnet run -c Release --project tests/AggloDashboard.Benchmarks -- --filter '*SpatialStatistics*'
/// </summary>
[MemoryDiagnoser]
public class SpatialStatisticsBenchmarks
{
    private (SpatialWeights Weights, double[] Values)[] _seed = null!;
    private (SpatialWeights Weights, double[] Values)[] _national = null!;
    private (SpatialWeights Weights, double[] Values)[] _nationalInverseDistance = null!;

    [GlobalSetup]
    public void Setup()
    {
        _seed = YearByYear(RegionSetPanel.Generate(RegionSet.Jilin).Dataset, inverseDistance: false);
        var national = RegionSetPanel.Generate(RegionSet.National).Dataset;
        _national = YearByYear(national, inverseDistance: false);
        _nationalInverseDistance = YearByYear(national, inverseDistance: true)[^1..];
    }

    [Benchmark(Baseline = true)]
    public int Moran_and_Lisa_seed_9_regions_19_years() => Run(_seed);

    [Benchmark]
    public int Moran_and_Lisa_367_regions_19_years() => Run(_national);

    [Benchmark]
    public int Moran_and_Lisa_367_regions_one_year_inverse_distance() => Run(_nationalInverseDistance);

    private static int Run((SpatialWeights Weights, double[] Values)[] years)
    {
        var significant = 0;
        foreach (var (weights, values) in years)
        {
            significant += MoranI.Global(weights, values).PseudoP <= MoranI.Significance ? 1 : 0;
            significant += MoranI.Local(weights, values).Count(l => l.Cluster != LisaCluster.NotSignificant);
        }

        return significant;
    }

    /// <summary>Each year's values of couple.d and the weights restricted to the cities that have one.</summary>
    private static (SpatialWeights, double[])[] YearByYear(AggloDashboard.Core.Domain.Dataset dataset, bool inverseDistance)
    {
        var results = MetricsEngine.Compute(dataset);
        var cities = dataset.Prefectures.Select(r => r.Code).ToHashSet();
        var geometries = BoundaryGeometries.Read(dataset.BoundaryGeoJson!).Where(kv => cities.Contains(kv.Key))
            .ToDictionary(kv => kv.Key, kv => kv.Value);
        var weights = inverseDistance ? RegionCentroids.InverseDistanceWeights(geometries) : QueenContiguity.Weights(geometries);
        return dataset.Years.Select(year =>
        {
            var restricted = weights.Restrict(weights.Codes.Where(c => results.Get(c, year, MetricCodes.CouplingD) is not null));
            return (restricted, restricted.Codes.Select(c => results.Get(c, year, MetricCodes.CouplingD)!.Value).ToArray());
        }).Where(y => y.Item1.Codes.Count >= 3).ToArray();
    }
}
