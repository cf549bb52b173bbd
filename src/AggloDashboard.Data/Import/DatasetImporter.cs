using AggloDashboard.Data.Store;

namespace AggloDashboard.Data.Import;

/// <summary>Previews an import against the store's active version and commits it as a new version, all or nothing.</summary>
public sealed class DatasetImporter(DatasetStore store, ImportLimits? limits = null)
{
    // One preview at a time: reading a workbook takes a core, and the other core stays with the other users.
    private readonly SemaphoreSlim _previews = new(1, 1);

    public ImportLimits Limits { get; } = limits ?? ImportLimits.Default;

    /// <summary>Reads the file against the active version, off the caller's thread, one preview at a time.</summary>
    /// <exception cref="OperationCanceledException">Cancelled before or while reading.</exception>
    public async Task<ImportPreview> PreviewAsync(ImportRequest request, CancellationToken cancellationToken, IProgress<ImportProgress>? progress = null)
    {
        var active = await store.GetActiveAsync(cancellationToken);
        var baseline = active is null ? null : await store.ReadAsync(active.Id, cancellationToken);
        await _previews.WaitAsync(cancellationToken);
        try
        {
            return await Task.Run(() => ImportPipeline.Preview(request, baseline, active?.Id, Limits, progress, cancellationToken), cancellationToken);
        }
        finally
        {
            _previews.Release();
        }
    }

    /// <summary>
    /// Stores the preview's result as a new version in one transaction (and makes it the active one in the same
    /// transaction when <paramref name="activate"/> is set).
    /// </summary>
    /// <exception cref="ImportRefusedException">The preview has errors or changes nothing, or the active version
    /// changed since the preview; the store is unchanged.</exception>
    public async Task<DatasetVersion> CommitAsync(ImportPreview preview, string? user, bool activate, CancellationToken cancellationToken)
    {
        if (preview.Result is null)
        {
            throw new ImportRefusedException("the file has errors: fix them and import again");
        }

        if (preview.Diff is not { HasChanges: true })
        {
            throw new ImportRefusedException("the file changes nothing in the active version");
        }

        var active = await store.GetActiveAsync(cancellationToken);
        if (active?.Id != preview.BaseVersionId)
        {
            throw new ImportRefusedException(
                $"the active version changed (now #{active?.Id}) since this preview was made against #{preview.BaseVersionId}: preview again");
        }

        // Values merged onto the illustrative panel leave the rest of it illustrative: the pages must keep saying so.
        var illustrative = active?.IsIllustrative == true && preview.Request.Mode != ImportMode.ReplaceAll;
        return await store.AddVersionAsync(preview.Result, SourceOf(preview), user, illustrative, activate, cancellationToken);
    }

    private static string SourceOf(ImportPreview preview)
    {
        var sheets = preview.Request.Sheets is { Count: > 0 } s ? $" [{string.Join(", ", s)}]" : "";
        var shape = preview.Layouts.Count > 0 ? "yearbook" : "long";
        return $"{Path.GetFileName(preview.Request.FileName)}{sheets} ({shape}, {preview.Request.Mode.ToString().ToLowerInvariant()}; {preview.Diff})";
    }
}

/// <summary>An import that was not committed, with a message for the user; the store is unchanged.</summary>
public sealed class ImportRefusedException(string message) : Exception(message);
