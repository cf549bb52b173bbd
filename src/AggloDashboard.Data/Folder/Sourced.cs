namespace AggloDashboard.Data.Folder;

/// <summary>A value read from a file, with the line it came from so later checks can point at it.</summary>
internal readonly record struct Sourced<T>(T Value, int Line);
