using AggloDashboard.Core.Domain;

namespace AggloDashboard.Data.Store;

/// <summary>
/// The contract spellings (docs/METRICS.md §8) under which enums are stored and hashed,
/// so neither the database nor the content hash depends on the enums' member order.
/// </summary>
internal static class StoredCodes
{
    public static string ToCode(RegionLevel level) => level switch
    {
        RegionLevel.Province => "province",
        RegionLevel.Prefecture => "prefecture",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown region level."),
    };

    public static RegionLevel RegionLevelFromCode(string code) => code switch
    {
        "province" => RegionLevel.Province,
        "prefecture" => RegionLevel.Prefecture,
        _ => throw new InvalidDataException($"Unknown stored region level '{code}'."),
    };

    public static Subsystem SubsystemFromCode(string code) =>
        SubsystemCodes.TryParse(code, out var subsystem)
            ? subsystem
            : throw new InvalidDataException($"Unknown stored subsystem '{code}'.");
}
