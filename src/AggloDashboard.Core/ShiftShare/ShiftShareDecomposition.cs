namespace AggloDashboard.Core.ShiftShare;

/// <summary>The shift-share arithmetic of one city against its reference region over one pair of years (docs/METRICS.md §9).</summary>
public static class ShiftShareDecomposition
{
    /// <summary>
    /// Each sector's terms: RS_s = e_s(t0)·g_R, IM_s = e_s(t0)·(g_sR − g_R), CE_s = e_s(t0)·(g_s − g_sR), and the
    /// Esteban-Marquillas split NC_s = ê_s·(g_s − g_sR), AL_s = (e_s(t0) − ê_s)·(g_s − g_sR) with the homothetic
    /// ê_s = e(t0)·E_sR(t0)/E_R(t0).
    /// </summary>
    /// <remarks>
    /// Edge cases: a sector with e_s(t0) = 0 has no growth rate, so its g_s − g_sR is taken as 0 (it adds nothing to
    /// CE, NC or AL; its growth stays unattributed and the caller names it). A reference sector with E_sR(t0) = 0 has
    /// g_sR = 0 (every city's term of that sector is then 0 anyway).
    /// </remarks>
    /// <param name="cityBase">e_s(t0) of the city, per sector, all ≥ 0.</param>
    /// <param name="cityEnd">e_s(t1) of the city.</param>
    /// <param name="referenceBase">E_sR(t0), the sum over the cities taking part.</param>
    /// <param name="referenceEnd">E_sR(t1).</param>
    /// <exception cref="ArgumentException">The lengths differ or E_R(t0) is not positive.</exception>
    public static ShiftShareTerms[] Sectors(IReadOnlyList<double> cityBase, IReadOnlyList<double> cityEnd,
        IReadOnlyList<double> referenceBase, IReadOnlyList<double> referenceEnd)
    {
        var n = cityBase.Count;
        if (cityEnd.Count != n || referenceBase.Count != n || referenceEnd.Count != n)
        {
            throw new ArgumentException("the city and reference need a value for every sector in both years");
        }

        var referenceTotalBase = Sum(referenceBase);
        if (!(referenceTotalBase > 0))
        {
            throw new ArgumentException("the reference region's base-year employment must be positive");
        }

        var gR = Sum(referenceEnd) / referenceTotalBase - 1;
        var cityTotalBase = Sum(cityBase);
        var terms = new ShiftShareTerms[n];
        for (var s = 0; s < n; s++)
        {
            var e0 = cityBase[s];
            var gsR = referenceBase[s] > 0 ? referenceEnd[s] / referenceBase[s] - 1 : 0;
            var differential = e0 > 0 ? cityEnd[s] / e0 - 1 - gsR : 0;
            var homothetic = cityTotalBase * referenceBase[s] / referenceTotalBase;
            terms[s] = new ShiftShareTerms(
                cityEnd[s] - e0, e0 * gR, e0 * (gsR - gR), e0 * differential,
                homothetic * differential, (e0 - homothetic) * differential);
        }

        return terms;
    }

    /// <summary>The city's totals: each component summed over the sectors.</summary>
    public static ShiftShareTerms Total(IEnumerable<ShiftShareTerms> sectors) =>
        sectors.Aggregate(ShiftShareTerms.Zero, (sum, t) => sum.Plus(t));

    private static double Sum(IReadOnlyList<double> values)
    {
        var sum = 0.0;
        for (var i = 0; i < values.Count; i++)
        {
            sum += values[i];
        }

        return sum;
    }
}
