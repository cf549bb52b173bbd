using AggloDashboard.Core.Domain;

namespace AggloDashboard.Data.Store;

public sealed class RegionRow
{
    public int VersionId { get; init; }
    public required string Code { get; init; }
    public required string NameZh { get; init; }
    public required string NameEn { get; init; }
    public RegionLevel Level { get; init; }
    public string? ParentCode { get; init; }
    public string? Aliases { get; init; }

    public static RegionRow From(int versionId, Region region) => new()
    {
        VersionId = versionId,
        Code = region.Code,
        NameZh = region.NameZh,
        NameEn = region.NameEn,
        Level = region.Level,
        ParentCode = region.ParentCode,
        Aliases = region.Aliases,
    };

    public Region ToRegion() => new(Code, NameZh, NameEn, Level, ParentCode, Aliases);
}
