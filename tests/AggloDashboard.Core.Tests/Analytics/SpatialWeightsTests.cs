using AggloDashboard.Core.Analytics;
using static AggloDashboard.Core.Tests.Analytics.SpatialLattices;

namespace AggloDashboard.Core.Tests.Analytics;

public class SpatialWeightsTests
{
    [Fact]
    public void Contiguity_is_made_symmetric_and_rows_sum_to_one()
    {
        var weights = SpatialWeights.FromNeighbours("test", new Dictionary<string, IReadOnlyCollection<string>>
        {
            ["b"] = ["a", "b", "zzz"],
            ["a"] = [],
            ["c"] = ["a"],
        });

        Assert.Equal(["a", "b", "c"], weights.Codes);
        Assert.Equal(["b", "c"], weights.NeighboursOf("a"));
        Assert.Equal(["a"], weights.NeighboursOf("b"));
        var w = weights.RowStandardised();
        Assert.Equal([0, 0.5, 0.5], w[0]);
        Assert.Equal([1.0, 0, 0], w[1]);
    }

    [Fact]
    public void An_island_keeps_a_zero_row()
    {
        var w = SpatialWeights.FromNeighbours("test", new Dictionary<string, IReadOnlyCollection<string>>
        {
            ["a"] = ["b"], ["b"] = [], ["c"] = [],
        }).RowStandardised();

        Assert.Equal([0.0, 0, 0], w[2]);
    }

    [Fact]
    public void Restricting_drops_regions_and_re_standardises()
    {
        var line = Line(4).Restrict([Code(0), Code(1), Code(3)]);

        Assert.Equal([Code(0), Code(1), Code(3)], line.Codes);
        var w = line.RowStandardised();
        Assert.Equal([1.0, 0, 0], w[1]);
        Assert.Equal([0.0, 0, 0], w[2]);
    }

    [Fact]
    public void Inverse_distance_on_the_equator()
    {
        // Points at longitude 0, 1 and 3 on the equator: distances 1°, 3° and 2° of arc (R·π/180 each), so the
        // radius cancels: row 0 ∝ (1, 1/3) -> (0.75, 0.25); row 1 ∝ (1, 1/2) -> (2/3, 1/3).
        var weights = SpatialWeights.InverseDistance(new Dictionary<string, GeoPoint>
        {
            ["a"] = new(0, 0), ["b"] = new(1, 0), ["c"] = new(3, 0),
        });

        var w = weights.RowStandardised();
        Assert.Equal(0.75, w[0][1], 14);
        Assert.Equal(0.25, w[0][2], 14);
        Assert.Equal(2.0 / 3, w[1][0], 14);
        Assert.Equal(1.0 / 3, w[1][2], 14);
        Assert.Equal(SpatialWeights.InverseDistanceName, weights.Name);
    }

    [Fact]
    public void Great_circle_distances()
    {
        // One degree of the equator and a quarter meridian on a sphere of radius 6371.0088 km.
        Assert.Equal(6371.0088 * Math.PI / 180, new GeoPoint(0, 0).DistanceKm(new GeoPoint(1, 0)), 9);
        Assert.Equal(6371.0088 * Math.PI / 2, new GeoPoint(125, 0).DistanceKm(new GeoPoint(10, 90)), 9);
    }

    [Fact]
    public void A_dense_matrix_is_reordered_by_code()
    {
        var weights = SpatialWeights.FromMatrix("m", ["b", "a"], [[5, 2], [3, 7]]);

        Assert.Equal(["a", "b"], weights.Codes);
        Assert.Equal(["b"], weights.NeighboursOf("a"));
        Assert.Throws<ArgumentException>(() => SpatialWeights.FromMatrix("m", ["a"], [[1, 2]]));
        Assert.Throws<ArgumentException>(() => SpatialWeights.FromMatrix("m", ["a", "b"], [[0, -1], [1, 0]]));
    }
}
