using AggloDashboard.Core.Analytics;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index;
using NetTopologySuite.Index.Strtree;
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
        var geometries = codes.Select(c => regions[c]).ToArray();
        var neighbours = codes.ToDictionary(c => c, _ => new SortedSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        var outlines = geometries.Select(g => new Outline(g)).ToArray();
        // The facet test (segments and vertices) walks two facet indexes together (branch and bound), as
        // IndexedFacetDistance.IsWithinDistance does after indexing the other geometry afresh; each region's index is
        // built once, and only for a pair that neither shares a vertex nor is ruled out by its window.
        var facets = new STRtree<FacetSequence>?[geometries.Length];
        STRtree<FacetSequence> Facets(int i) => facets[i] ??= FacetSequenceTreeBuilder.BuildSTRtree(geometries[i]);
        foreach (var (i, j) in CandidatePairs(geometries, toleranceDegrees))
        {
            var window = Window(geometries[i], geometries[j], toleranceDegrees);
            var near = Outline.ShareAVertex(outlines[i], outlines[j], window)
                || (outlines[i].Crosses(window) && outlines[j].Crosses(window)
                    && Facets(i).IsWithinDistance(Facets(j), FacetDistance.Instance, toleranceDegrees));
            if (near)
            {
                neighbours[codes[i]].Add(codes[j]);
                neighbours[codes[j]].Add(codes[i]);
            }
        }

        return neighbours.ToDictionary(kv => kv.Key, kv => (IReadOnlyCollection<string>)kv.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The pairs i &lt; j whose envelopes come within the tolerance, found through an R-tree of the envelopes.</summary>
    private static IEnumerable<(int I, int J)> CandidatePairs(Geometry[] geometries, double toleranceDegrees)
    {
        var envelopes = new STRtree<int>();
        for (var i = 0; i < geometries.Length; i++)
        {
            envelopes.Insert(geometries[i].EnvelopeInternal, i);
        }

        for (var i = 0; i < geometries.Length; i++)
        {
            var envelope = geometries[i].EnvelopeInternal;
            var search = envelope.Copy();
            search.ExpandBy(toleranceDegrees);
            foreach (var j in envelopes.Query(search).Where(j => j > i).Order())
            {
                if (envelope.Distance(geometries[j].EnvelopeInternal) <= toleranceDegrees)
                {
                    yield return (i, j);
                }
            }
        }
    }

    /// <summary>
    /// Pairs (i &lt; j) with an identical vertex, found by hashing every vertex with the first region that has it. A
    /// vertex of three or more regions yields only the pairs with its first region; the rest are left to the facet test.
    /// </summary>
    private static HashSet<(int I, int J)> PairsSharingAVertex(Geometry[] geometries)
    {
        var firstRegion = new Dictionary<(double X, double Y), int>();
        var pairs = new HashSet<(int I, int J)>();
        for (var j = 0; j < geometries.Length; j++)
        {
            foreach (var c in geometries[j].Coordinates)
            {
                if (!firstRegion.TryAdd((c.X, c.Y), j) && firstRegion[(c.X, c.Y)] is var i && i != j)
                {
                    pairs.Add((i, j));
                }
            }
        }

        return pairs;
    }

    /// <summary>
    /// Where the two boundaries can come within the tolerance of each other: the overlap of their envelopes, each
    /// grown by the tolerance. A boundary point within the tolerance of the other boundary lies in it.
    /// </summary>
    private static Envelope Window(Geometry a, Geometry b, double toleranceDegrees)
    {
        var first = a.EnvelopeInternal.Copy();
        first.ExpandBy(toleranceDegrees);
        var second = b.EnvelopeInternal.Copy();
        second.ExpandBy(toleranceDegrees);
        return first.Intersection(second);
    }

    /// <summary>The distance between two facet sequences, the measure IndexedFacetDistance walks its indexes with.</summary>
    private sealed class FacetDistance : IItemDistance<Envelope, FacetSequence>
    {
        public static FacetDistance Instance { get; } = new();

        public double Distance(IBoundable<Envelope, FacetSequence> item1, IBoundable<Envelope, FacetSequence> item2) =>
            item1.Item.Distance(item2.Item);
    }

    public static SpatialWeights Weights(IReadOnlyDictionary<string, Geometry> regions,
        double toleranceDegrees = DefaultToleranceDegrees) =>
        SpatialWeights.FromNeighbours(SpatialWeights.QueenName, Neighbours(regions, toleranceDegrees));
}
