namespace AggloDashboard.Data.Store;

/// <summary>What a password must be, for <c>user add</c>, <c>user passwd</c> and the first administrator alike.</summary>
public static class PasswordRule
{
    public const int MinimumLength = 12;

    /// <summary>Why the password cannot be used for the user, or null when it can.</summary>
    public static string? Problem(string userName, string password)
    {
        if (password.Length < MinimumLength)
            return $"the password must have at least {MinimumLength} characters";
        if (userName.Trim() is { Length: > 0 } name && password.Contains(name, StringComparison.OrdinalIgnoreCase))
            return "the password must not contain the user name";
        return null;
    }
}
