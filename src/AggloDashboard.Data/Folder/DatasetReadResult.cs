using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Validation;

namespace AggloDashboard.Data.Folder;

/// <summary>What <see cref="DatasetFolderReader.Read"/> found: the dataset when it is usable, and every problem.</summary>
public sealed class DatasetReadResult(Dataset? dataset, IReadOnlyList<DataProblem> problems, DatasetSummary summary)
{
    /// <summary>The dataset, or null when any problem is an <see cref="ProblemSeverity.Error"/>.</summary>
    public Dataset? Dataset { get; } = dataset;

    /// <summary>Errors and warnings, in the order they were found (file by file, then line by line).</summary>
    public IReadOnlyList<DataProblem> Problems { get; } = problems;

    public DatasetSummary Summary { get; } = summary;

    public bool IsValid => Dataset is not null;
}
