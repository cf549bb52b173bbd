using AggloDashboard.Core.Domain;

namespace AggloDashboard.Data.Store;

public sealed class IndicatorRow
{
    public int VersionId { get; init; }
    public required string Code { get; init; }
    public required string NameZh { get; init; }
    public required string NameEn { get; init; }
    public required string Unit { get; init; }
    public Subsystem Subsystem { get; init; }
    public int Direction { get; init; }

    public static IndicatorRow From(int versionId, Indicator indicator) => new()
    {
        VersionId = versionId,
        Code = indicator.Code,
        NameZh = indicator.NameZh,
        NameEn = indicator.NameEn,
        Unit = indicator.Unit,
        Subsystem = indicator.Subsystem,
        Direction = indicator.Direction,
    };

    public Indicator ToIndicator() => new(Code, NameZh, NameEn, Unit, Subsystem, Direction);
}
