namespace AggloDashboard.Data.Store;

/// <summary>The active version cannot be deleted: another version has to be activated first.</summary>
public sealed class ActiveVersionDeletionException(int versionId)
    : InvalidOperationException($"version {versionId} is the active version and cannot be deleted; activate another version first")
{
    public int VersionId { get; } = versionId;
}
