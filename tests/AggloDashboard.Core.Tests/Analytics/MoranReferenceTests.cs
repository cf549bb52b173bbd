using AggloDashboard.Core.Analytics;
using static AggloDashboard.Core.Tests.Analytics.SpatialLattices;

namespace AggloDashboard.Core.Tests.Analytics;

/// <summary>
/// <see cref="MoranI"/> sums over each region's neighbours only; these tests hold it to <see cref="ReferenceMoran"/>,
/// which sums over every region, bit for bit: statistics, p-values, clusters and p methods.
/// </summary>
public class MoranReferenceTests
{
    public static TheoryData<string, int> Cases() => new()
    {
        { "line", 5 },
        { "rook", 12 },
        { "rook ties", 7 },
        { "inverse distance", 30 },
        { "unequal", 9 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_the_dense_reference_bit_for_bit(string kind, int size)
    {
        var random = new Random(size);
        var weights = kind switch
        {
            "line" => Line(size),
            "inverse distance" => SpatialWeights.InverseDistance(Enumerable.Range(0, size).ToDictionary(Code,
                _ => new GeoPoint(120 + 10 * random.NextDouble(), 30 + 10 * random.NextDouble()))),
            "unequal" => SpatialWeights.FromMatrix("unequal", Enumerable.Range(0, size).Select(Code).ToArray(),
                Enumerable.Range(0, size).Select(i => Enumerable.Range(0, size)
                    .Select(j => i != j && (i + j) % 3 == 0 ? 1.0 + (i * j) % 4 : 0.0).ToArray()).ToArray()),
            _ => RookGrid(size, size),
        };
        var values = weights.Codes.Select(_ => kind == "rook ties" ? random.Next(4) : 100 * random.NextDouble()).ToArray();

        AssertSame(ReferenceMoran.Global(weights, values, 199, 7), MoranI.Global(weights, values, 199, 7));
        var expected = ReferenceMoran.Local(weights, values, 199, 7);
        var actual = MoranI.Local(weights, values, 199, 7);
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var (e, a) = (expected[i], actual[i]);
            Assert.Equal((e.Code, e.Cluster, e.PMethod), (a.Code, a.Cluster, a.PMethod));
            Assert.Equal(Bits(e.Value, e.Lag, e.I, e.PseudoP), Bits(a.Value, a.Lag, a.I, a.PseudoP));
        }
    }

    internal static void AssertSame(GlobalMoran expected, GlobalMoran actual)
    {
        Assert.Equal((expected.N, expected.Permutations), (actual.N, actual.Permutations));
        Assert.Equal(Bits(expected.I, expected.Expected, expected.Variance, expected.Z, expected.PseudoP),
            Bits(actual.I, actual.Expected, actual.Variance, actual.Z, actual.PseudoP));
    }

    internal static long[] Bits(params double[] values) => values.Select(BitConverter.DoubleToInt64Bits).ToArray();
}
