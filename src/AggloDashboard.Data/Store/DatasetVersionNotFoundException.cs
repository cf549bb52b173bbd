namespace AggloDashboard.Data.Store;

public sealed class DatasetVersionNotFoundException(int versionId)
    : Exception($"Dataset version {versionId} does not exist.")
{
    public int VersionId { get; } = versionId;
}
