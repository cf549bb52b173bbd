namespace AggloDashboard.Core.Analytics;

/// <summary>
/// A spatial weights matrix over regions (docs/METRICS.md §7), kept raw (binary contiguity or inverse distance) so it
/// can be restricted to the regions that have a value in a given year and row-standardised afterwards.
/// </summary>
public sealed class SpatialWeights
{
    public const string QueenName = "queen";
    public const string InverseDistanceName = "inverse_distance";

    private readonly double[][] _raw;

    private SpatialWeights(string name, IReadOnlyList<string> codes, double[][] raw)
    {
        Name = name;
        Codes = codes;
        _raw = raw;
    }

    /// <summary>What the weights are, e.g. <see cref="QueenName"/>; written with every statistic that uses them.</summary>
    public string Name { get; }

    /// <summary>The regions, in ordinal code order; rows and columns of the matrix follow it.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>
    /// Binary weights w_ij = 1 when j is listed as a neighbour of i or i of j (the relation is made symmetric).
    /// Codes listed only as neighbours, and a region listed as its own neighbour, are ignored.
    /// </summary>
    public static SpatialWeights FromNeighbours(string name, IReadOnlyDictionary<string, IReadOnlyCollection<string>> neighbours)
    {
        var codes = neighbours.Keys.Order(StringComparer.Ordinal).ToArray();
        var index = codes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var raw = codes.Select(_ => new double[codes.Length]).ToArray();
        foreach (var (code, list) in neighbours)
        {
            foreach (var other in list)
            {
                if (index.TryGetValue(other, out var j) && j != index[code])
                {
                    raw[index[code]][j] = 1;
                    raw[j][index[code]] = 1;
                }
            }
        }

        return new SpatialWeights(name, codes, raw);
    }

    /// <summary>w_ij = 1 / d_ij, d the great-circle distance in km between the points (<see cref="GeoPoint.DistanceKm"/>), no cut-off.</summary>
    /// <exception cref="ArgumentException">Two regions share a point (the distance is 0).</exception>
    public static SpatialWeights InverseDistance(IReadOnlyDictionary<string, GeoPoint> points)
    {
        var codes = points.Keys.Order(StringComparer.Ordinal).ToArray();
        var raw = codes.Select((a, i) => codes.Select((b, j) =>
        {
            if (i == j)
            {
                return 0.0;
            }

            var d = points[a].DistanceKm(points[b]);
            return d > 0 ? 1 / d : throw new ArgumentException($"{a} and {b} have the same point");
        }).ToArray()).ToArray();
        return new SpatialWeights(InverseDistanceName, codes, raw);
    }

    /// <summary>Dense raw weights for <paramref name="codes"/> (any non-negative values; the diagonal is ignored).</summary>
    public static SpatialWeights FromMatrix(string name, IReadOnlyList<string> codes, double[][] weights)
    {
        if (weights.Length != codes.Count || weights.Any(row => row.Length != codes.Count))
        {
            throw new ArgumentException($"the matrix must be {codes.Count} x {codes.Count}", nameof(weights));
        }

        if (weights.Any(row => row.Any(w => !(w >= 0) || double.IsInfinity(w))))
        {
            throw new ArgumentException("weights must be finite and non-negative", nameof(weights));
        }

        var order = Enumerable.Range(0, codes.Count).OrderBy(i => codes[i], StringComparer.Ordinal).ToArray();
        var raw = order.Select(i => order.Select(j => i == j ? 0.0 : weights[i][j]).ToArray()).ToArray();
        return new SpatialWeights(name, order.Select(i => codes[i]).ToArray(), raw);
    }

    /// <summary>The same weights over the given subset of <see cref="Codes"/> (codes not in the matrix are ignored).</summary>
    public SpatialWeights Restrict(IEnumerable<string> codes)
    {
        var keep = codes.ToHashSet(StringComparer.Ordinal);
        var rows = Enumerable.Range(0, Codes.Count).Where(i => keep.Contains(Codes[i])).ToArray();
        return new SpatialWeights(Name, rows.Select(i => Codes[i]).ToArray(),
            rows.Select(i => rows.Select(j => _raw[i][j]).ToArray()).ToArray());
    }

    /// <summary>The codes of i's neighbours (non-zero raw weight), in code order.</summary>
    public IReadOnlyList<string> NeighboursOf(string code)
    {
        var i = IndexOf(code);
        return Enumerable.Range(0, Codes.Count).Where(j => _raw[i][j] > 0).Select(j => Codes[j]).ToArray();
    }

    /// <summary>The regions without a neighbour (islands), in code order.</summary>
    public IReadOnlyList<string> Islands => Codes.Where(c => NeighboursOf(c).Count == 0).ToArray();

    /// <summary>
    /// Row-standardised weights: each row divided by its sum, so the spatial lag is a weighted mean of the
    /// neighbours. A region without neighbours (an island) keeps a row of zeros: its lag is 0 (GeoDa does the same).
    /// </summary>
    public double[][] RowStandardised() => _raw.Select(row =>
    {
        var sum = row.Sum();
        return sum > 0 ? row.Select(w => w / sum).ToArray() : new double[row.Length];
    }).ToArray();

    private int IndexOf(string code)
    {
        for (var i = 0; i < Codes.Count; i++)
        {
            if (Codes[i] == code)
            {
                return i;
            }
        }

        throw new ArgumentException($"{code} is not in the weights", nameof(code));
    }
}
