using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Validation;

namespace AggloDashboard.Data.Import;

/// <summary>What committing an import would do, computed without touching the store.</summary>
public sealed class ImportPreview
{
    public required ImportRequest Request { get; init; }

    /// <summary>The version the import was merged onto (the active one at preview time), or null when there was none.</summary>
    public required int? BaseVersionId { get; init; }

    /// <summary>Every problem, with file, sheet, row and column; any error blocks the commit.</summary>
    public required IReadOnlyList<DataProblem> Problems { get; init; }

    /// <summary>Problems found beyond the listed ones (<see cref="ImportLimits.MaxListedProblems"/>), only counted.</summary>
    public int OmittedProblemCount { get; init; }

    /// <summary>The yearbook columns and the indicators they were read as (empty for the long format).</summary>
    public required IndicatorMapping Mapping { get; init; }

    /// <summary>How each sheet of a yearbook table was read (empty for the long format).</summary>
    public IReadOnlyList<SheetLayout> Layouts { get; init; } = [];

    /// <summary>How many values the file supplied.</summary>
    public required int ImportedValueCount { get; init; }

    /// <summary>The dataset the commit would store, or null when there are errors.</summary>
    public Dataset? Result { get; init; }

    public string? ResultHash { get; init; }

    /// <summary>The result against the base version; null when there are errors.</summary>
    public DatasetDiff? Diff { get; init; }

    /// <summary>True when the file has an error, listed in <see cref="Problems"/> or among the omitted ones.</summary>
    public required bool HasErrors { get; init; }

    /// <summary>True when the file is free of errors and changes something.</summary>
    public bool CanCommit => Result is not null && Diff is { HasChanges: true };
}
