namespace AggloDashboard.Data.Store;

/// <summary>Someone who can sign in. Only the hash of the password is stored (ASP.NET Core Identity's format).</summary>
public sealed class UserAccount : ISignInFailures
{
    public int Id { get; init; }

    public required string UserName { get; init; }

    public required string PasswordHash { get; set; }

    /// <summary>Administrators may import datasets and activate versions.</summary>
    public bool IsAdministrator { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>
    /// Changes whenever the password changes or the user's sessions are revoked; the sign-in cookie carries the value
    /// it was issued with, so an older cookie no longer signs anyone in.
    /// </summary>
    public string SecurityStamp { get; set; } = "";

    public int FailedSignIns { get; set; }

    public DateTimeOffset? FirstFailedSignInAt { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }
}
