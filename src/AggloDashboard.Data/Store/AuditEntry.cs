namespace AggloDashboard.Data.Store;

/// <summary>One thing someone did to the data (an import, an activation, a deletion, a user added, a failed sign-in, a story changed), kept for good.</summary>
public sealed class AuditEntry
{
    public int Id { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>Who did it: a user name, or where it came from ("cli", "system").</summary>
    public required string UserName { get; init; }

    /// <summary>What was done: one of <see cref="AuditActions"/>.</summary>
    public required string Action { get; init; }

    public int? VersionId { get; init; }

    public string? Detail { get; init; }
}

public static class AuditActions
{
    public const string Import = "import";
    public const string Activate = "activate";
    public const string Delete = "delete";
    public const string AddUser = "add-user";
    public const string RemoveUser = "remove-user";
    public const string ChangePassword = "change-password";
    public const string RevokeSessions = "revoke-sessions";
    public const string SignInFailed = "sign-in-failed";
    public const string Lockout = "lockout";
    public const string StoryCreate = "story-create";
    public const string StoryImport = "story-import";
    public const string StoryRename = "story-rename";
    public const string StoryAddSlide = "story-add-slide";
    public const string StoryCaption = "story-caption";
    public const string StoryReorder = "story-reorder";
    public const string StoryDeleteSlide = "story-delete-slide";
    public const string StoryDelete = "story-delete";
    public const string StoryRestore = "story-restore";
    public const string StoryPurge = "story-purge";
}
