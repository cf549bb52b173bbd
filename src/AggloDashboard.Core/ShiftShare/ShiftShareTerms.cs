namespace AggloDashboard.Core.ShiftShare;

/// <summary>How the change from the base to the end year is decomposed (docs/METRICS.md §9).</summary>
public enum ShiftShareMethod
{
    /// <summary>One decomposition from the base year straight to the end year.</summary>
    Static,

    /// <summary>Barff &amp; Knight (1988): a decomposition for every consecutive pair of years, summed.</summary>
    Dynamic,
}

/// <summary>The <c>component</c> column of <c>shift_share.csv</c>, in its order.</summary>
public enum ShiftShareComponent
{
    Growth,
    ReferenceShare,
    IndustryMix,
    Competitive,
    NetCompetitive,
    Allocation,
}

/// <summary>
/// One city's (or one of its sectors') shift-share terms, in employment units. Growth = RS + IM + CE and
/// CE = NC + AL, except for a sector whose base-year employment is 0: its growth is not attributed to any component.
/// </summary>
public sealed record ShiftShareTerms(
    double Growth, double ReferenceShare, double IndustryMix, double Competitive, double NetCompetitive, double Allocation)
{
    public static readonly ShiftShareTerms Zero = new(0, 0, 0, 0, 0, 0);

    public ShiftShareTerms Plus(ShiftShareTerms other) => new(
        Growth + other.Growth, ReferenceShare + other.ReferenceShare, IndustryMix + other.IndustryMix,
        Competitive + other.Competitive, NetCompetitive + other.NetCompetitive, Allocation + other.Allocation);

    public double this[ShiftShareComponent component] => component switch
    {
        ShiftShareComponent.Growth => Growth,
        ShiftShareComponent.ReferenceShare => ReferenceShare,
        ShiftShareComponent.IndustryMix => IndustryMix,
        ShiftShareComponent.Competitive => Competitive,
        ShiftShareComponent.NetCompetitive => NetCompetitive,
        ShiftShareComponent.Allocation => Allocation,
        _ => throw new ArgumentOutOfRangeException(nameof(component), component, null),
    };
}

/// <summary>The contract spellings of <see cref="ShiftShareMethod"/> and <see cref="ShiftShareComponent"/>.</summary>
public static class ShiftShareCodes
{
    public static string ToCode(this ShiftShareMethod method) => method == ShiftShareMethod.Dynamic ? "dynamic" : "static";

    public static string ToCode(this ShiftShareComponent component) => component switch
    {
        ShiftShareComponent.Growth => "growth",
        ShiftShareComponent.ReferenceShare => "reference_share",
        ShiftShareComponent.IndustryMix => "industry_mix",
        ShiftShareComponent.Competitive => "competitive",
        ShiftShareComponent.NetCompetitive => "net_competitive",
        ShiftShareComponent.Allocation => "allocation",
        _ => throw new ArgumentOutOfRangeException(nameof(component), component, null),
    };

    /// <summary>The components a method reports: the Esteban-Marquillas split only for <see cref="ShiftShareMethod.Static"/>.</summary>
    public static IReadOnlyList<ShiftShareComponent> Components(this ShiftShareMethod method) =>
        method == ShiftShareMethod.Static ? Enum.GetValues<ShiftShareComponent>() : ThreeWay;

    private static readonly ShiftShareComponent[] ThreeWay =
        [ShiftShareComponent.Growth, ShiftShareComponent.ReferenceShare, ShiftShareComponent.IndustryMix, ShiftShareComponent.Competitive];
}
