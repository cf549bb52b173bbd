namespace AggloDashboard.Core.Domain;

public enum RegionLevel
{
    Province,
    Prefecture,
}

/// <summary>A region of the dataset, identified by its GB/T 2260 code.</summary>
/// <param name="Aliases">Other names tables print for the region, ';'-separated as in regions.csv, or null.</param>
public sealed record Region(string Code, string NameZh, string NameEn, RegionLevel Level, string? ParentCode, string? Aliases = null)
{
    /// <summary>The names in <see cref="Aliases"/>, trimmed, empty ones left out.</summary>
    public IReadOnlyList<string> AliasList() =>
        Aliases is null ? [] : Aliases.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
