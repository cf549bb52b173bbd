using AggloDashboard.Core.Analytics;
using NetTopologySuite.Geometries;

namespace AggloDashboard.Data.Spatial;

public static class RegionCentroids
{
    /// <summary>
    /// The area centroid of each region, computed in the plane of longitude and latitude degrees. Over a
    /// prefecture (a degree or two across) the distortion of that plane moves the point far less than the
    /// distances between centroids, which is all inverse-distance weights use.
    /// </summary>
    public static IReadOnlyDictionary<string, GeoPoint> Of(IReadOnlyDictionary<string, Geometry> regions) =>
        regions.ToDictionary(kv => kv.Key, kv => new GeoPoint(kv.Value.Centroid.X, kv.Value.Centroid.Y), StringComparer.Ordinal);

    public static SpatialWeights InverseDistanceWeights(IReadOnlyDictionary<string, Geometry> regions) =>
        SpatialWeights.InverseDistance(Of(regions));
}
