using AggloDashboard.Data.Seed;
using AggloDashboard.Data.Spatial;
using AggloDashboard.Data.Tests.Boundaries;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Distance;

namespace AggloDashboard.Data.Tests.Spatial;

/// <summary>
/// Queen contiguity indexes each boundary once and pairs regions through an R-tree; these tests hold it to the
/// plain pairwise test it replaced, neighbour set by neighbour set, on the seed and on the generated national panel.
/// </summary>
public class QueenReferenceTests
{
    public static TheoryData<string> Boundaries() => ["seed", "national"];

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void Gives_the_neighbour_sets_of_the_pairwise_test(string boundaries)
    {
        var geojson = boundaries == "seed"
            ? File.ReadAllText(Path.Combine(RepositoryRoot.Path, "seed-data", "jilin-prefectures.json"))
            : RegionSetPanel.Generate(RegionSet.National).Dataset.BoundaryGeoJson!;
        var geometries = BoundaryGeometries.Read(geojson);

        foreach (var tolerance in new[] { QueenContiguity.DefaultToleranceDegrees, 0.0, 0.1 })
        {
            var expected = PairwiseNeighbours(geometries, tolerance);
            var actual = QueenContiguity.Neighbours(geometries, tolerance);
            Assert.Equal(expected.Keys, actual.Keys);
            Assert.All(expected, kv => Assert.Equal(kv.Value, actual[kv.Key]));
        }
    }

    /// <summary>Every pair whose envelopes come within the tolerance, tested with a facet index of the first.</summary>
    private static Dictionary<string, string[]> PairwiseNeighbours(IReadOnlyDictionary<string, Geometry> regions, double tolerance)
    {
        var codes = regions.Keys.Order(StringComparer.Ordinal).ToArray();
        var neighbours = codes.ToDictionary(c => c, _ => new SortedSet<string>(StringComparer.Ordinal));
        for (var i = 0; i < codes.Length; i++)
        {
            var indexed = new IndexedFacetDistance(regions[codes[i]]);
            for (var j = i + 1; j < codes.Length; j++)
            {
                if (regions[codes[i]].EnvelopeInternal.Distance(regions[codes[j]].EnvelopeInternal) <= tolerance
                    && indexed.IsWithinDistance(regions[codes[j]], tolerance))
                {
                    neighbours[codes[i]].Add(codes[j]);
                    neighbours[codes[j]].Add(codes[i]);
                }
            }
        }

        return neighbours.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
    }
}
