using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;

namespace AggloDashboard.Data.Spatial;

/// <summary>The rings of a region's boundary as flat coordinate arrays, for the cheap tests of queen contiguity.</summary>
internal sealed class Outline
{
    private readonly double[][] _x;
    private readonly double[][] _y;

    /// <summary>False for a geometry with points, whose facets are not all on the rings.</summary>
    private readonly bool _ringsOnly;

    public Outline(Geometry geometry)
    {
        _ringsOnly = geometry is IPolygonal or ILineal;
        var rings = LinearComponentExtracter.GetLines(geometry).Select(line => line.Coordinates).ToArray();
        _x = rings.Select(ring => ring.Select(c => c.X).ToArray()).ToArray();
        _y = rings.Select(ring => ring.Select(c => c.Y).ToArray()).ToArray();
    }

    /// <summary>Whether the two outlines have an identical vertex inside <paramref name="window"/> (then they touch).</summary>
    public static bool ShareAVertex(Outline a, Outline b, Envelope window)
    {
        var vertices = new HashSet<(double X, double Y)>();
        a.ForEachVertexIn(window, (x, y) => vertices.Add((x, y)) && false);
        return vertices.Count > 0 && b.ForEachVertexIn(window, (x, y) => vertices.Contains((x, y)));
    }

    /// <summary>Whether a segment of the outline meets <paramref name="window"/> (always true when the geometry has points).</summary>
    public bool Crosses(Envelope window)
    {
        if (!_ringsOnly)
        {
            return true;
        }

        for (var r = 0; r < _x.Length; r++)
        {
            var (x, y) = (_x[r], _y[r]);
            for (var k = 1; k < x.Length; k++)
            {
                if (Math.Max(x[k - 1], x[k]) >= window.MinX && Math.Min(x[k - 1], x[k]) <= window.MaxX
                    && Math.Max(y[k - 1], y[k]) >= window.MinY && Math.Min(y[k - 1], y[k]) <= window.MaxY)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Calls <paramref name="stop"/> on each vertex inside the window until it returns true; whether it did.</summary>
    private bool ForEachVertexIn(Envelope window, Func<double, double, bool> stop)
    {
        var (minX, maxX, minY, maxY) = (window.MinX, window.MaxX, window.MinY, window.MaxY);
        for (var r = 0; r < _x.Length; r++)
        {
            var (x, y) = (_x[r], _y[r]);
            for (var k = 0; k < x.Length; k++)
            {
                if (x[k] >= minX && x[k] <= maxX && y[k] >= minY && y[k] <= maxY && stop(x[k], y[k]))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
