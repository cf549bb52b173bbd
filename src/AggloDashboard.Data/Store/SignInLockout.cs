namespace AggloDashboard.Data.Store;

/// <summary>The wrong passwords counted against one user name, and the lock they lead to.</summary>
public interface ISignInFailures
{
    int FailedSignIns { get; set; }

    /// <summary>The first wrong password of the current counting window.</summary>
    DateTimeOffset? FirstFailedSignInAt { get; set; }

    DateTimeOffset? LockedUntil { get; set; }
}

/// <summary>
/// <see cref="MaxFailures"/> wrong passwords for a user name within <see cref="Window"/> lock the name for
/// <see cref="Duration"/>; while locked even the right password is refused.
/// </summary>
public static class SignInLockout
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(15);

    public static bool IsLocked(ISignInFailures failures, DateTimeOffset now) => failures.LockedUntil > now;

    /// <summary>Counts a wrong password; true when it starts a lock.</summary>
    public static bool RecordFailure(ISignInFailures failures, DateTimeOffset now)
    {
        if (failures.FirstFailedSignInAt is not { } since || now - since >= Window)
        {
            failures.FailedSignIns = 0;
            failures.FirstFailedSignInAt = now;
        }

        failures.FailedSignIns++;
        if (failures.FailedSignIns < MaxFailures)
        {
            return false;
        }

        failures.LockedUntil = now + Duration;
        failures.FailedSignIns = 0;
        failures.FirstFailedSignInAt = null;
        return true;
    }

    public static void Reset(ISignInFailures failures)
    {
        failures.FailedSignIns = 0;
        failures.FirstFailedSignInAt = null;
        failures.LockedUntil = null;
    }
}

/// <summary>What a sign-in attempt came to. <see cref="LockedUntil"/> is set when <see cref="Status"/> is locked out.</summary>
public sealed record SignInOutcome(SignInStatus Status, UserAccount? User, DateTimeOffset? LockedUntil)
{
    /// <summary>
    /// Why the attempt's audit entry and failure count (or, on success, the reset count) were not stored, or null when
    /// they were. A read-only store cannot count wrong passwords, so it cannot lock a user.
    /// </summary>
    public StoreFault? NotRecorded { get; init; }

    public static SignInOutcome Failed { get; } = new(SignInStatus.Failed, null, null);
}

public enum SignInStatus
{
    Succeeded,
    Failed,
    LockedOut,
}
