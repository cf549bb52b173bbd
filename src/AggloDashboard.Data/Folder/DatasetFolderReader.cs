using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Validation;

namespace AggloDashboard.Data.Folder;

/// <summary>Reads a dataset folder (docs/METRICS.md §8) and reports every problem in it, not just the first.</summary>
public static class DatasetFolderReader
{
    public static DatasetReadResult Read(string folderPath)
    {
        var log = new ProblemLog();
        if (!Directory.Exists(folderPath))
        {
            log.Error(folderPath, null, null, "folder not found");
            return new DatasetReadResult(null, log.Problems, DatasetSummary.Of([], [], []));
        }

        var regions = RegionsFile.Read(folderPath, log);
        var indicators = IndicatorsFile.Read(folderPath, log);
        var observations = PanelFile.Read(folderPath, regions, indicators, log);
        if (observations is not null && indicators is not null)
        {
            EmploymentSumCheck.Check(observations, indicators.Rows.Select(i => i.Value), log);
        }

        var boundary = BoundaryFile.Read(folderPath, log);
        if (boundary is not null && regions is not null)
        {
            BoundaryCoverage.Check(boundary, regions, log);
        }

        var regionValues = Values(regions?.Rows);
        var indicatorValues = Values(indicators?.Rows);
        var observationValues = Values(observations);
        var dataset = log.HasErrors
            ? null
            : new Dataset(regionValues, indicatorValues, observationValues, boundary?.GeoJson);
        return new DatasetReadResult(dataset, log.Problems,
            DatasetSummary.Of(regionValues, indicatorValues, observationValues));
    }

    private static IReadOnlyList<T> Values<T>(IReadOnlyList<Sourced<T>>? rows) =>
        rows?.Select(r => r.Value).ToArray() ?? [];
}
