namespace AggloDashboard.Data.Store;

/// <summary>
/// Marks a SQLite store as served by a running dashboard: the app holds an exclusive lock on <c>&lt;store&gt;.in-use</c>
/// for as long as it runs, so <c>agglo restore</c> can tell the store is in use even while the app is idle (in WAL mode
/// an idle app holds no SQLite lock). The operating system drops the lock when the process ends, also after a crash,
/// so a stopped app never leaves a stale mark; the empty file itself may stay and means nothing.
/// </summary>
public sealed class StoreInUseLock : IDisposable
{
    private readonly FileStream? _file;

    private StoreInUseLock(FileStream? file) => _file = file;

    /// <summary>True when this process holds the lock.</summary>
    public bool IsHeld => _file is not null;

    public static string PathFor(string databasePath) => databasePath + ".in-use";

    /// <summary>
    /// Takes the lock for <paramref name="databasePath"/>; <see cref="IsHeld"/> is false when another process holds it or
    /// the lock file cannot be created (a read-only folder).
    /// </summary>
    public static StoreInUseLock Take(string databasePath)
    {
        try
        {
            // FileShare.None is an exclusive flock(2) on Linux and a sharing lock on Windows.
            return new StoreInUseLock(new FileStream(PathFor(databasePath), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new StoreInUseLock(null);
        }
    }

    /// <summary>True when a running process (a dashboard) holds the lock of <paramref name="databasePath"/>.</summary>
    public static bool IsHeldElsewhere(string databasePath)
    {
        if (!File.Exists(PathFor(databasePath)))
        {
            return false;
        }

        try
        {
            using var _ = new FileStream(PathFor(databasePath), FileMode.Open, FileAccess.Read, FileShare.None);
            return false;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        catch (IOException)
        {
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    public void Dispose() => _file?.Dispose();
}
