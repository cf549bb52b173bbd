namespace AggloDashboard.Core.Metrics;

/// <summary>Synergy co-agglomeration of producer services and manufacturing in one city (docs/METRICS.md §1, <c>coagg</c>).</summary>
public static class SynergyCoagglomeration
{
    /// <summary>
    /// (1 - |LQp - LQm| / (LQp + LQm)) + (LQp + LQm): the first term is the quality of synergy, the second its scale.
    /// </summary>
    /// <returns>The index, or <see cref="double.NaN"/> when either quotient is undefined or both are 0
    /// (the quality term is then 0/0).</returns>
    public static double Compute(double lqProducerServices, double lqManufacturing)
    {
        var scale = lqProducerServices + lqManufacturing;
        if (!(scale > 0))
        {
            return double.NaN;
        }

        var quality = 1 - Math.Abs(lqProducerServices - lqManufacturing) / scale;
        return quality + scale;
    }
}
