using AggloDashboard.Core.Analytics;

namespace AggloDashboard.Core.Tests.Analytics;

/// <summary>Small contiguity structures with codes that sort in region order ("r00", "r01", ...).</summary>
internal static class SpatialLattices
{
    public static string Code(int i) => "r" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>n regions on a line, each bordering the previous and the next.</summary>
    public static SpatialWeights Line(int n) => SpatialWeights.FromNeighbours("line",
        Enumerable.Range(0, n).ToDictionary(Code,
            i => (IReadOnlyCollection<string>)new[] { i - 1, i + 1 }.Where(j => j >= 0 && j < n).Select(Code).ToArray()));

    /// <summary>A rows x columns grid (region r·columns + c) with rook contiguity (shared edges only).</summary>
    public static SpatialWeights RookGrid(int rows, int columns) => SpatialWeights.FromNeighbours("rook",
        Enumerable.Range(0, rows * columns).ToDictionary(Code, i =>
        {
            var (r, c) = (i / columns, i % columns);
            return (IReadOnlyCollection<string>)new[] { (r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1) }
                .Where(p => p.Item1 >= 0 && p.Item1 < rows && p.Item2 >= 0 && p.Item2 < columns)
                .Select(p => Code(p.Item1 * columns + p.Item2))
                .ToArray();
        }));
}
