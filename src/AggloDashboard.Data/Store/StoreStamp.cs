namespace AggloDashboard.Data.Store;

/// <summary>
/// What an instance compares to see that the store changed elsewhere: the active version, the newest version and the
/// version count (an add, an activation, a deletion), and the newest audit entry (every story, user and deletion change
/// writes one in its own transaction).
/// </summary>
public sealed record StoreStamp(int? ActiveId, string? ActiveHash, int? LastVersionId, int VersionCount, int? LastAuditId);
