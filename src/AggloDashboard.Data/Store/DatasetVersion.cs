namespace AggloDashboard.Data.Store;

/// <summary>One stored dataset. Its content rows all carry its <see cref="Id"/>, so versions never share rows.</summary>
public sealed class DatasetVersion
{
    public int Id { get; init; }

    /// <summary>Where the content came from, e.g. a dataset folder path or an uploaded file name.</summary>
    public required string Source { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public string? CreatedBy { get; init; }

    /// <summary>Lowercase hex SHA-256 computed by <see cref="ContentHash.Compute"/>.</summary>
    public required string ContentHash { get; init; }

    public bool IsActive { get; init; }

    /// <summary>True for made-up demonstration data that must not be presented as real statistics.</summary>
    public bool IsIllustrative { get; init; }

    public int RegionCount { get; init; }

    public int IndicatorCount { get; init; }

    public int ObservationCount { get; init; }

    public string? Note { get; init; }
}
