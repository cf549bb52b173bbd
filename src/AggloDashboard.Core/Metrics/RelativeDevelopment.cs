namespace AggloDashboard.Core.Metrics;

/// <summary>Relative development type of agglomeration (U_1) and innovation (U_2) (docs/METRICS.md §5).</summary>
public enum RelativeDevelopmentType
{
    Synchronous,

    /// <summary>U_1 &gt; U_2: innovation lags behind agglomeration.</summary>
    InnovationLags,

    /// <summary>U_1 &lt; U_2: agglomeration lags behind innovation.</summary>
    AgglomerationLags,
}

public static class RelativeDevelopment
{
    /// <summary>The default tolerance of the rule: |U_1 - U_2| ≤ 0.1 is synchronous.</summary>
    public const double DefaultTolerance = 0.1;

    /// <summary>Synchronous when |U_1 - U_2| ≤ <paramref name="tolerance"/>; otherwise the smaller system lags.</summary>
    public static RelativeDevelopmentType Classify(double agglomeration, double innovation,
        double tolerance = DefaultTolerance)
    {
        if (Math.Abs(agglomeration - innovation) <= tolerance)
        {
            return RelativeDevelopmentType.Synchronous;
        }

        return agglomeration > innovation
            ? RelativeDevelopmentType.InnovationLags
            : RelativeDevelopmentType.AgglomerationLags;
    }
}
