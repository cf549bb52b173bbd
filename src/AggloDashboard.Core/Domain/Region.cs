namespace AggloDashboard.Core.Domain;

public enum RegionLevel
{
    Province,
    Prefecture,
}

/// <summary>A region of the dataset, identified by its GB/T 2260 code.</summary>
public sealed record Region(string Code, string NameZh, string NameEn, RegionLevel Level, string? ParentCode);
