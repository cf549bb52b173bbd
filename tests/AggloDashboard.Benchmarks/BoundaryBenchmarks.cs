using AggloDashboard.Core.Analytics;
using AggloDashboard.Data.Seed;
using AggloDashboard.Data.Spatial;
using BenchmarkDotNet.Attributes;
using NetTopologySuite.Geometries;

namespace AggloDashboard.Benchmarks;

/// <summary>
/// What a national dataset's boundaries cost each time a snapshot is built: reading and repairing the 367
/// prefecture-level boundaries of <c>generate --regions national</c>, and their queen contiguity weights (and the
/// seed's nine, for comparison).
/// Run: dotnet run -c Release --project tests/AggloDashboard.Benchmarks -- --filter '*BoundaryBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class BoundaryBenchmarks
{
    private string _national = null!;
    private IReadOnlyDictionary<string, Geometry> _geometries = null!;
    private IReadOnlyDictionary<string, Geometry> _seed = null!;

    [GlobalSetup]
    public void Setup()
    {
        _national = RegionSetPanel.Generate(RegionSet.National).Dataset.BoundaryGeoJson!;
        _geometries = BoundaryGeometries.Read(_national);
        _seed = BoundaryGeometries.Read(RegionSetPanel.Generate(RegionSet.Jilin).Dataset.BoundaryGeoJson!);
    }

    [Benchmark]
    public BoundaryReadResult Read_and_repair_367_regions() => BoundaryGeometries.Parse(_national);

    [Benchmark]
    public SpatialWeights Queen_weights_seed_9_regions() => QueenContiguity.Weights(_seed);

    [Benchmark]
    public SpatialWeights Queen_weights_367_regions() => QueenContiguity.Weights(_geometries);
}
