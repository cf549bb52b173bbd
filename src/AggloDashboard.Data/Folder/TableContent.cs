namespace AggloDashboard.Data.Folder;

/// <summary>
/// What a file of a dataset folder held: the usable rows, and every code it mentions, so that references to a row
/// with some other problem are not reported as unknown too.
/// </summary>
internal sealed record TableContent<T>(IReadOnlyList<Sourced<T>> Rows, IReadOnlySet<string> CodesInFile);
