using AggloDashboard.Core.Domain;

namespace AggloDashboard.Data.Folder;

/// <summary>The spelling of <see cref="RegionLevel"/> in <c>regions.csv</c>.</summary>
internal static class RegionLevelCodes
{
    public const string Province = "province";
    public const string Prefecture = "prefecture";

    public static string ToCode(this RegionLevel level) => level switch
    {
        RegionLevel.Province => Province,
        RegionLevel.Prefecture => Prefecture,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static bool TryParse(string code, out RegionLevel level)
    {
        level = code == Province ? RegionLevel.Province : RegionLevel.Prefecture;
        return code is Province or Prefecture;
    }
}
