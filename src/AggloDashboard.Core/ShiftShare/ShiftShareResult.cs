namespace AggloDashboard.Core.ShiftShare;

/// <summary>One city's decomposition: its totals and its terms per sector (in the order of <see cref="ShiftShareResult.Sectors"/>).</summary>
public sealed record CityShiftShare(string RegionCode, ShiftShareTerms Total, IReadOnlyList<ShiftShareTerms> Sectors);

public enum ShiftShareWarningKind
{
    /// <summary>Static: the city misses a sector's value in the base or end year and is left out.</summary>
    CityLeftOut,

    /// <summary>Dynamic: the city misses a sector's value in one of the pair's years; the pair is skipped for it.</summary>
    PairSkipped,

    /// <summary>The city's sector employment is 0 in the pair's first year: no growth rate, no competitive term.</summary>
    ZeroBaseSector,

    /// <summary>No city taking part has any employment in the pair's first year: the pair is skipped for everyone.</summary>
    ZeroReference,
}

/// <summary>
/// What the decomposition left out or could not attribute, for the pair of years <see cref="FromYear"/>–<see cref="ToYear"/>;
/// <see cref="Year"/> and <see cref="Sector"/> name the missing or zero value when there is one.
/// </summary>
public sealed record ShiftShareWarning(ShiftShareWarningKind Kind, string? RegionCode, int FromYear, int ToYear, int? Year, string? Sector)
{
    /// <summary>The warning as one English sentence (the command line's note).</summary>
    public string Message => Kind switch
    {
        ShiftShareWarningKind.CityLeftOut =>
            $"shift-share {FromYear}-{ToYear}: {RegionCode} has no {Sector} value in {Year} and is left out",
        ShiftShareWarningKind.PairSkipped =>
            $"dynamic shift-share: {RegionCode} has no {Sector} value in {Year}, so {FromYear}-{ToYear} is skipped for it",
        ShiftShareWarningKind.ZeroBaseSector =>
            $"shift-share {FromYear}-{ToYear}: {RegionCode} has no {Sector} employment in {FromYear}; its growth there is in no component",
        _ => $"shift-share {FromYear}-{ToYear}: no city taking part has employment in {FromYear}; the pair is skipped",
    };
}

/// <summary>
/// The decomposition of every city taking part, from <see cref="BaseYear"/> to <see cref="EndYear"/>, with the
/// sectors (indicator codes) it covers and the warnings on what was left out.
/// </summary>
public sealed record ShiftShareResult(
    ShiftShareMethod Method, int BaseYear, int EndYear, IReadOnlyList<string> Sectors,
    IReadOnlyList<CityShiftShare> Cities, IReadOnlyList<ShiftShareWarning> Warnings)
{
    public CityShiftShare? City(string regionCode) => Cities.FirstOrDefault(c => c.RegionCode == regionCode);
}

/// <summary>Why a decomposition cannot be asked for.</summary>
public enum ShiftShareProblem
{
    /// <summary>The base or end year has no observation in the dataset.</summary>
    YearOutsidePanel,

    /// <summary>The base year is not before the end year.</summary>
    NotIncreasing,

    /// <summary>The dataset has no sector indicator, or no city has every sector's value in both years.</summary>
    NoSectorEmployment,
}
