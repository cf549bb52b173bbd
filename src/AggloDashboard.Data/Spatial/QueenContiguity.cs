using AggloDashboard.Core.Analytics;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Distance;

namespace AggloDashboard.Data.Spatial;

/// <summary>Queen contiguity between region boundaries: regions that share any boundary point, edge or corner.</summary>
public static class QueenContiguity
{
    /// <summary>
    /// 0.01° (about 1.1 km north–south, 0.8 km east–west at 44° N). Simplified boundaries (ECharts outlines,
    /// coordinates rounded to about 0.001°) may draw the two sides of a border separately, leaving slivers or
    /// gaps; 0.01° bridges such seams. In the seed boundaries neighbours touch exactly and the closest
    /// non-neighbours (Siping and Tonghua) are 0.053° apart, so the result there does not hinge on the value.
    /// </summary>
    public const double DefaultToleranceDegrees = 0.01;

    /// <summary>
    /// Neighbours of every region: two regions are neighbours when their geometries come within
    /// <paramref name="toleranceDegrees"/> of each other (planar distance in degrees). Symmetric by construction;
    /// every region appears as a key, with an empty list when it has no neighbour.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyCollection<string>> Neighbours(
        IReadOnlyDictionary<string, Geometry> regions, double toleranceDegrees = DefaultToleranceDegrees)
    {
        var codes = regions.Keys.Order(StringComparer.Ordinal).ToArray();
        var neighbours = codes.ToDictionary(c => c, _ => new SortedSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        for (var i = 0; i < codes.Length; i++)
        {
            var a = regions[codes[i]];
            // A facet index answers "within distance" without comparing every pair of segments.
            var indexed = new IndexedFacetDistance(a);
            for (var j = i + 1; j < codes.Length; j++)
            {
                var b = regions[codes[j]];
                if (a.EnvelopeInternal.Distance(b.EnvelopeInternal) <= toleranceDegrees
                    && indexed.IsWithinDistance(b, toleranceDegrees))
                {
                    neighbours[codes[i]].Add(codes[j]);
                    neighbours[codes[j]].Add(codes[i]);
                }
            }
        }

        return neighbours.ToDictionary(kv => kv.Key, kv => (IReadOnlyCollection<string>)kv.Value.ToArray(), StringComparer.Ordinal);
    }

    public static SpatialWeights Weights(IReadOnlyDictionary<string, Geometry> regions,
        double toleranceDegrees = DefaultToleranceDegrees) =>
        SpatialWeights.FromNeighbours(SpatialWeights.QueenName, Neighbours(regions, toleranceDegrees));
}
