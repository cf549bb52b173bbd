namespace AggloDashboard.Data.Stories;

/// <summary>Who may change stories (<c>Dashboard__StoriesEditableBy</c>); everyone may read and present them.</summary>
public enum StoriesEditableBy
{
    Everyone,
    SignedIn,
    Admins,
}

/// <summary>Who changes a story: the name the audit log records and what <see cref="StoryAccess"/> decides on.</summary>
/// <param name="UserName">The signed-in user's name, or null for an anonymous visitor.</param>
public sealed record StoryActor(string? UserName, bool IsAdministrator)
{
    public static readonly StoryActor Anonymous = new(null, false);

    /// <summary>The app itself, adding the example story at first start.</summary>
    public static readonly StoryActor System = new("system", true);

    public string AuditName => UserName ?? "anonymous";
}

/// <summary>The rule <see cref="Store.StoryStore"/> applies to every change, whatever the page shows.</summary>
public sealed class StoryAccess(StoriesEditableBy editableBy)
{
    public static readonly StoryAccess Default = new(StoriesEditableBy.SignedIn);

    public StoriesEditableBy EditableBy { get; } = editableBy;

    public bool MayEdit(StoryActor editor) => EditableBy switch
    {
        StoriesEditableBy.Everyone => true,
        StoriesEditableBy.SignedIn => editor.UserName is not null,
        _ => editor.IsAdministrator,
    };

    /// <exception cref="StoryProblemException">With <see cref="StoryProblem.NotAllowed"/> when <paramref name="editor"/> may not edit.</exception>
    public void Demand(StoryActor editor)
    {
        if (!MayEdit(editor))
            throw new StoryProblemException(StoryProblem.NotAllowed, null,
                $"stories may be changed by {Text(EditableBy)} only; {editor.AuditName} may not");
    }

    /// <summary>Reads the setting's text: <c>everyone</c>, <c>signed-in</c> or <c>admins</c>.</summary>
    /// <exception cref="ArgumentException">Any other text, so a misspelt setting stops the start instead of opening editing.</exception>
    public static StoriesEditableBy Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "everyone" => StoriesEditableBy.Everyone,
        "" or "signed-in" => StoriesEditableBy.SignedIn,
        "admins" => StoriesEditableBy.Admins,
        _ => throw new ArgumentException($"StoriesEditableBy is '{text}'; use everyone, signed-in or admins", nameof(text)),
    };

    public static string Text(StoriesEditableBy value) => value switch
    {
        StoriesEditableBy.Everyone => "everyone",
        StoriesEditableBy.SignedIn => "signed-in",
        _ => "admins",
    };
}
