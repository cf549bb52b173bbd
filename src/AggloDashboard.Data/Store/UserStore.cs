using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AggloDashboard.Data.Store;

/// <summary>The users who can sign in and the audit log, in the same SQLite file as the datasets.</summary>
public sealed class UserStore
{
    /// <summary>The longest typed user name written to the audit log; the sign-in form accepts anything.</summary>
    private const int AuditedNameLength = 64;

    private readonly IDbContextFactory<AggloDbContext> _contextFactory;
    private readonly TimeProvider _time;
    private readonly IPasswordHasher<UserAccount> _hasher;
    private readonly StoreAccess _access;
    private readonly UnknownNameFailures _unknownNames = new();
    private readonly UserAccount _dummyUser = new() { UserName = "", PasswordHash = "" };

    public UserStore(IDbContextFactory<AggloDbContext> contextFactory, TimeProvider time, IPasswordHasher<UserAccount> hasher, StoreAccess access)
    {
        _contextFactory = contextFactory;
        _time = time;
        _hasher = hasher;
        _access = access;
        // An unknown name is checked against this hash so that it costs as long as a wrong password for a real user.
        _dummyUser.PasswordHash = hasher.HashPassword(_dummyUser, NewStamp());
    }

    /// <summary>The hash an unknown user name's password is verified against.</summary>
    public string DummyPasswordHash => _dummyUser.PasswordHash;

    public async Task<bool> AnyUserAsync(CancellationToken cancellationToken)
    {
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Users.AnyAsync(cancellationToken);
    }

    /// <summary>Adds a user with a hashed password and records it in the audit log.</summary>
    /// <exception cref="UserRejectedException">The name is empty or taken, or the password breaks <see cref="PasswordRule"/>.</exception>
    public async Task<UserAccount> AddAsync(string userName, string password, bool isAdministrator, string addedBy,
        CancellationToken cancellationToken)
    {
        userName = userName.Trim();
        if (userName.Length == 0)
            throw new UserRejectedException("the user name is empty");
        if (PasswordRule.Problem(userName, password) is { } problem)
            throw new UserRejectedException(problem);

        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        if (await context.Users.AnyAsync(u => u.UserName == userName, cancellationToken))
            throw new UserRejectedException($"a user named '{userName}' already exists");

        var user = new UserAccount
        {
            UserName = userName,
            PasswordHash = "",
            IsAdministrator = isAdministrator,
            CreatedAt = _time.GetUtcNow(),
            SecurityStamp = NewStamp(),
        };
        user.PasswordHash = _hasher.HashPassword(user, password);
        context.Users.Add(user);
        context.AuditLog.Add(Audit(addedBy, AuditActions.AddUser, $"{userName}{(isAdministrator ? " (administrator)" : "")}"));
        await context.SaveChangesAsync(cancellationToken);
        return user;
    }

    /// <summary>
    /// Checks a sign-in and counts wrong passwords (<see cref="SignInLockout"/>). An unknown name takes the same path
    /// as a wrong password: a hash is verified, the failure is counted (in memory) and audited, and it locks alike,
    /// so neither the answer nor its time tells whether the name exists. A store that refuses the write (read-only,
    /// busy or full) does not change the answer: the outcome says what could not be recorded.
    /// </summary>
    /// <param name="from">The client's address, for the audit log.</param>
    public async Task<SignInOutcome> SignInAsync(string userName, string password, string from, CancellationToken cancellationToken)
    {
        userName = userName.Trim();
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        var user = await context.Users.SingleOrDefaultAsync(u => u.UserName == userName, cancellationToken);
        var now = _time.GetUtcNow();
        if (user is null)
        {
            _hasher.VerifyHashedPassword(_dummyUser, _dummyUser.PasswordHash, password);
            var (outcome, startsLock) = _unknownNames.Fail(userName, now);
            var unrecorded = await AuditFailureAsync(context, userName, outcome.Status == SignInStatus.LockedOut && !startsLock ? "attempt while locked" : "unknown user name", from,
                startsLock ? outcome.LockedUntil : null, cancellationToken);
            return outcome with { NotRecorded = unrecorded };
        }

        var result = _hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (SignInLockout.IsLocked(user, now))
        {
            var unrecorded = await AuditFailureAsync(context, userName, "attempt while locked", from, null, cancellationToken);
            return new SignInOutcome(SignInStatus.LockedOut, null, user.LockedUntil) { NotRecorded = unrecorded };
        }

        if (result == PasswordVerificationResult.Failed)
        {
            var startsLock = SignInLockout.RecordFailure(user, now);
            var unrecorded = await AuditFailureAsync(context, userName, "wrong password", from, startsLock ? user.LockedUntil : null, cancellationToken);
            // A lock that could not be stored does not hold: the next attempt reads the old count again.
            return startsLock && unrecorded is null
                ? new SignInOutcome(SignInStatus.LockedOut, null, user.LockedUntil)
                : SignInOutcome.Failed with { NotRecorded = unrecorded };
        }

        SignInLockout.Reset(user);
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
            user.PasswordHash = _hasher.HashPassword(user, password);
        return new SignInOutcome(SignInStatus.Succeeded, user, null) { NotRecorded = await TrySaveAsync(context, cancellationToken) };
    }

    /// <summary>The user's current security stamp, or null when the user no longer exists.</summary>
    public async Task<string?> SecurityStampAsync(int userId, CancellationToken cancellationToken)
    {
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Sets a new password, lifts a lock and signs the user's sessions out.</summary>
    /// <exception cref="UserRejectedException">No such user, or the password breaks <see cref="PasswordRule"/>.</exception>
    public async Task ChangePasswordAsync(string userName, string password, string changedBy, CancellationToken cancellationToken)
    {
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        var user = await FindAsync(context, userName, cancellationToken);
        if (PasswordRule.Problem(user.UserName, password) is { } problem)
            throw new UserRejectedException(problem);

        user.PasswordHash = _hasher.HashPassword(user, password);
        user.SecurityStamp = NewStamp();
        SignInLockout.Reset(user);
        context.AuditLog.Add(Audit(changedBy, AuditActions.ChangePassword, user.UserName));
        await context.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Removes a user; their sessions end with them.</summary>
    /// <exception cref="UserRejectedException">No such user, or the user is the last administrator.</exception>
    public async Task RemoveAsync(string userName, string removedBy, CancellationToken cancellationToken)
    {
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        var user = await FindAsync(context, userName, cancellationToken);
        if (user.IsAdministrator && !await context.Users.AnyAsync(u => u.IsAdministrator && u.Id != user.Id, cancellationToken))
            throw new UserRejectedException($"'{user.UserName}' is the last administrator; add another one first");

        context.Users.Remove(user);
        context.AuditLog.Add(Audit(removedBy, AuditActions.RemoveUser, user.UserName));
        await context.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Signs out every session of the named user, or of every user when <paramref name="userName"/> is null.</summary>
    /// <returns>The users whose sessions were revoked.</returns>
    /// <exception cref="UserRejectedException">No such user.</exception>
    public async Task<IReadOnlyList<string>> RevokeSessionsAsync(string? userName, string revokedBy, CancellationToken cancellationToken)
    {
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        var users = userName is null
            ? await context.Users.ToListAsync(cancellationToken)
            : [await FindAsync(context, userName, cancellationToken)];
        foreach (var user in users)
        {
            user.SecurityStamp = NewStamp();
            context.AuditLog.Add(Audit(revokedBy, AuditActions.RevokeSessions, user.UserName));
        }

        await context.SaveChangesAsync(cancellationToken);
        return users.Select(u => u.UserName).ToList();
    }

    public async Task WriteAuditAsync(string userName, string action, int? versionId, string? detail, CancellationToken cancellationToken)
    {
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        context.AuditLog.Add(new AuditEntry { At = _time.GetUtcNow(), UserName = userName, Action = action, VersionId = versionId, Detail = detail });
        await context.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The newest <paramref name="count"/> entries, newest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ListAuditAsync(int count, CancellationToken cancellationToken)
    {
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.AuditLog.AsNoTracking().OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Take(count).ToListAsync(cancellationToken);
    }

    private static async Task<UserAccount> FindAsync(AggloDbContext context, string userName, CancellationToken cancellationToken) =>
        await context.Users.SingleOrDefaultAsync(u => u.UserName == userName.Trim(), cancellationToken)
        ?? throw new UserRejectedException($"there is no user named '{userName.Trim()}'");

    /// <param name="lockedUntil">Set when this failure starts a lock, which gets an entry of its own.</param>
    /// <returns>Why the failure could not be recorded, or null when it was.</returns>
    private async Task<StoreFault?> AuditFailureAsync(AggloDbContext context, string userName, string reason, string from, DateTimeOffset? lockedUntil,
        CancellationToken cancellationToken)
    {
        var name = userName.Length > AuditedNameLength ? userName[..AuditedNameLength] : userName;
        context.AuditLog.Add(Audit(name, AuditActions.SignInFailed, $"{reason} from {from}"));
        if (lockedUntil is { } until)
        {
            context.AuditLog.Add(Audit(name, AuditActions.Lockout,
                $"{SignInLockout.MaxFailures} wrong passwords within {SignInLockout.Window.TotalMinutes:0} minutes, the last from {from}; " +
                $"locked until {until.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)}"));
        }

        return await TrySaveAsync(context, cancellationToken);
    }

    /// <summary>Saves a sign-in's bookkeeping; a store that refuses it is reported, not thrown, so the sign-in still answers.</summary>
    private async Task<StoreFault?> TrySaveAsync(AggloDbContext context, CancellationToken cancellationToken)
    {
        if (_access.IsReadOnly)
        {
            // Known before trying: no refused statement for every wrong password.
            return context.ChangeTracker.HasChanges() ? StoreFault.ReadOnly : null;
        }

        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (Exception e) when (StoreFaults.Classify(e) is { } fault)
        {
            return fault;
        }
    }

    private AuditEntry Audit(string userName, string action, string detail) =>
        new() { At = _time.GetUtcNow(), UserName = userName, Action = action, Detail = detail };

    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    /// <summary>
    /// Failure counts of names that are not users, so they lock like real ones. Held in memory and bounded: an
    /// attacker cycling through names only ever costs <see cref="Capacity"/> entries.
    /// </summary>
    private sealed class UnknownNameFailures
    {
        private const int Capacity = 10_000;
        private readonly Dictionary<string, Failures> _byName = new(StringComparer.OrdinalIgnoreCase);

        /// <returns>The outcome, and whether this failure started a lock.</returns>
        public (SignInOutcome Outcome, bool StartsLock) Fail(string userName, DateTimeOffset now)
        {
            lock (_byName)
            {
                if (!_byName.TryGetValue(userName, out var failures))
                {
                    if (_byName.Count >= Capacity)
                        Forget(now);
                    failures = new Failures();
                    _byName[userName] = failures;
                }

                if (SignInLockout.IsLocked(failures, now))
                    return (new SignInOutcome(SignInStatus.LockedOut, null, failures.LockedUntil), false);
                return SignInLockout.RecordFailure(failures, now)
                    ? (new SignInOutcome(SignInStatus.LockedOut, null, failures.LockedUntil), true)
                    : (SignInOutcome.Failed, false);
            }
        }

        /// <summary>Drops the entries that count nothing any more, or all of them when every one still counts.</summary>
        private void Forget(DateTimeOffset now)
        {
            foreach (var (name, failures) in _byName.ToList())
            {
                if (!SignInLockout.IsLocked(failures, now) && (failures.FirstFailedSignInAt is null || now - failures.FirstFailedSignInAt >= SignInLockout.Window))
                    _byName.Remove(name);
            }

            if (_byName.Count >= Capacity)
                _byName.Clear();
        }

        private sealed class Failures : ISignInFailures
        {
            public int FailedSignIns { get; set; }

            public DateTimeOffset? FirstFailedSignInAt { get; set; }

            public DateTimeOffset? LockedUntil { get; set; }
        }
    }
}

/// <summary>A user that cannot be added or changed, with a message for the person doing it.</summary>
public sealed class UserRejectedException(string message) : Exception(message);
