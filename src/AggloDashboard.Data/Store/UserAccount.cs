namespace AggloDashboard.Data.Store;

/// <summary>Someone who can sign in. Only the hash of the password is stored (ASP.NET Core Identity's format).</summary>
public sealed class UserAccount
{
    public int Id { get; init; }

    public required string UserName { get; init; }

    public required string PasswordHash { get; set; }

    /// <summary>Administrators may import datasets and activate versions.</summary>
    public bool IsAdministrator { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
