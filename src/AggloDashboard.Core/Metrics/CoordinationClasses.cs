namespace AggloDashboard.Core.Metrics;

/// <summary>One class of the coordination degree D, with its bilingual name (docs/METRICS.md §6).</summary>
public sealed record CoordinationClass(int Index, double UpperBound, string NameZh, string NameEn);

/// <summary>
/// The ten coordination classes of D. Intervals are closed on the right, as in the published tables:
/// [0, 0.1], (0.1, 0.2], ..., (0.9, 1.0].
/// </summary>
public sealed class CoordinationClasses
{
    private static readonly (string Zh, string En)[] Names =
    [
        ("极度失调", "extreme disorder"),
        ("严重失调", "serious disorder"),
        ("中度失调", "moderate disorder"),
        ("轻度失调", "mild disorder"),
        ("濒临失调", "on the verge of disorder"),
        ("勉强协调", "barely coordinated"),
        ("初级协调", "primary coordination"),
        ("中级协调", "intermediate coordination"),
        ("良好协调", "good coordination"),
        ("优质协调", "quality coordination"),
    ];

    public static CoordinationClasses Default { get; } =
        new([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]);

    /// <param name="upperBounds">The ten right-closed upper bounds, strictly increasing, the last at least 1.</param>
    public CoordinationClasses(IReadOnlyList<double> upperBounds)
    {
        if (upperBounds.Count != Names.Length)
        {
            throw new ArgumentException($"{Names.Length} upper bounds are needed, got {upperBounds.Count}");
        }

        for (var i = 1; i < upperBounds.Count; i++)
        {
            if (!(upperBounds[i] > upperBounds[i - 1]))
            {
                throw new ArgumentException("class upper bounds must increase strictly");
            }
        }

        if (upperBounds[^1] < 1)
        {
            throw new ArgumentException("the last class must reach D = 1");
        }

        Classes = upperBounds.Select((b, i) => new CoordinationClass(i, b, Names[i].Zh, Names[i].En)).ToArray();
    }

    public IReadOnlyList<CoordinationClass> Classes { get; }

    /// <summary>The class whose right-closed interval holds <paramref name="d"/>; D ≤ 0 falls in the first.</summary>
    public CoordinationClass Classify(double d)
    {
        if (double.IsNaN(d) || d > Classes[^1].UpperBound)
        {
            throw new ArgumentOutOfRangeException(nameof(d), d, "D must lie in [0, 1]");
        }

        foreach (var c in Classes)
        {
            if (d <= c.UpperBound)
            {
                return c;
            }
        }

        return Classes[^1];
    }
}

/// <summary>Bands of the coupling degree C (docs/METRICS.md §6): ≤ 0.3, ≤ 0.5, ≤ 0.8, ≤ 1.</summary>
public enum CouplingBand
{
    LowLevel,
    Antagonism,
    RunningIn,
    HighLevel,
}

/// <summary>Coarse stages of D used in prose (docs/METRICS.md §6): low D &lt; 0.5, medium 0.5–0.7, high ≥ 0.7.</summary>
public enum CoordinationStage
{
    Low,
    Medium,
    High,
}

public static class CoordinationBands
{
    public static CouplingBand CouplingBandOf(double c) => c switch
    {
        <= 0.3 => CouplingBand.LowLevel,
        <= 0.5 => CouplingBand.Antagonism,
        <= 0.8 => CouplingBand.RunningIn,
        _ => CouplingBand.HighLevel,
    };

    public static CoordinationStage StageOf(double d) => d switch
    {
        < 0.5 => CoordinationStage.Low,
        < 0.7 => CoordinationStage.Medium,
        _ => CoordinationStage.High,
    };
}
