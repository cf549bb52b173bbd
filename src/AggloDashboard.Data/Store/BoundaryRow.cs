namespace AggloDashboard.Data.Store;

/// <summary>The boundary GeoJSON of a version; a version without boundaries has no row.</summary>
public sealed class BoundaryRow
{
    public int VersionId { get; init; }
    public required string GeoJson { get; init; }
}
