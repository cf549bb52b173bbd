namespace AggloDashboard.Data.Store;

/// <summary>One panel value; a null <see cref="Value"/> is a missing value. Written in bulk by <see cref="ObservationBulkInsert"/>.</summary>
public sealed class ObservationRow
{
    public int VersionId { get; init; }
    public required string RegionCode { get; init; }
    public int Year { get; init; }
    public required string IndicatorCode { get; init; }
    public double? Value { get; init; }
}
