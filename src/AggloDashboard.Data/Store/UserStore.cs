using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AggloDashboard.Data.Store;

/// <summary>The users who can sign in and the audit log, in the same SQLite file as the datasets.</summary>
public sealed class UserStore(IDbContextFactory<AggloDbContext> contextFactory)
{
    public const int MinimumPasswordLength = 10;

    private static readonly PasswordHasher<UserAccount> Hasher = new();

    public async Task<bool> AnyUserAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Users.AnyAsync(cancellationToken);
    }

    /// <summary>Adds a user with a hashed password and records it in the audit log.</summary>
    /// <exception cref="UserRejectedException">The name is empty or taken, or the password is shorter than <see cref="MinimumPasswordLength"/>.</exception>
    public async Task<UserAccount> AddAsync(string userName, string password, bool isAdministrator, string addedBy,
        CancellationToken cancellationToken)
    {
        userName = userName.Trim();
        if (userName.Length == 0)
            throw new UserRejectedException("the user name is empty");
        if (password.Length < MinimumPasswordLength)
            throw new UserRejectedException($"the password must have at least {MinimumPasswordLength} characters");

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await context.Users.AnyAsync(u => u.UserName == userName, cancellationToken))
            throw new UserRejectedException($"a user named '{userName}' already exists");

        var user = new UserAccount
        {
            UserName = userName,
            PasswordHash = "",
            IsAdministrator = isAdministrator,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        user.PasswordHash = Hasher.HashPassword(user, password);
        context.Users.Add(user);
        context.AuditLog.Add(new AuditEntry
        {
            At = user.CreatedAt,
            UserName = addedBy,
            Action = AuditActions.AddUser,
            Detail = $"{userName}{(isAdministrator ? " (administrator)" : "")}",
        });
        await context.SaveChangesAsync(cancellationToken);
        return user;
    }

    /// <summary>The user when the name and password match, else null (the same for an unknown name and a wrong password).</summary>
    public async Task<UserAccount?> VerifyAsync(string userName, string password, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var user = await context.Users.SingleOrDefaultAsync(u => u.UserName == userName.Trim(), cancellationToken);
        if (user is null)
            return null;

        var result = Hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = Hasher.HashPassword(user, password);
            await context.SaveChangesAsync(cancellationToken);
        }

        return result == PasswordVerificationResult.Failed ? null : user;
    }

    public async Task WriteAuditAsync(string userName, string action, int? versionId, string? detail, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        context.AuditLog.Add(new AuditEntry { At = DateTimeOffset.UtcNow, UserName = userName, Action = action, VersionId = versionId, Detail = detail });
        await context.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The newest <paramref name="count"/> entries, newest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ListAuditAsync(int count, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.AuditLog.AsNoTracking().OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Take(count).ToListAsync(cancellationToken);
    }
}

/// <summary>A user that cannot be added, with a message for the person adding it.</summary>
public sealed class UserRejectedException(string message) : Exception(message);
