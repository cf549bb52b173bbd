namespace AggloDashboard.Core.Metrics;

/// <summary>Location quotient of a sector in a region (docs/METRICS.md §1).</summary>
public static class LocationQuotient
{
    /// <summary>
    /// LQ = (e_is / e_i) / (E_s / E), the sector's share of the region's employment over its share in the
    /// reference region. Matches REAT's <c>locq(e_ij, e_j, e_i, e)</c>: locq(1714, 79006, 879213, 15593224) = 0.3847623.
    /// </summary>
    /// <returns>The quotient, or <see cref="double.NaN"/> when it is undefined: the region or the reference region
    /// has no employment at all, or the reference region has none in the sector.</returns>
    public static double Compute(double sectorInRegion, double totalInRegion, double sectorInReference, double totalInReference)
    {
        if (totalInRegion <= 0 || totalInReference <= 0 || sectorInReference <= 0)
        {
            return double.NaN;
        }

        return sectorInRegion / totalInRegion / (sectorInReference / totalInReference);
    }
}
