using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Spatial;
using AggloDashboard.Data.Validation;

namespace AggloDashboard.Data.Folder;

/// <summary>Warns, naming the code, where the boundary features and the regions do not match one to one.</summary>
internal static class BoundaryCoverage
{
    public static void Check(BoundaryFile boundary, TableContent<Region> regions, ProblemLog log)
    {
        var report = BoundaryReport.Of(boundary.Features, regions.Rows.Select(r => r.Value));
        foreach (var code in report.FeatureCodesWithoutRegion.Where(code => !regions.CodesInFile.Contains(code)))
        {
            log.Warning(boundary.FileName, null, null,
                $"feature code '{code}' is not a region in {DatasetFolderLayout.RegionsFile}");
        }

        var lineOf = regions.Rows.ToDictionary(r => r.Value.Code, r => r.Line, StringComparer.Ordinal);
        var featureCodes = boundary.Features.FeatureCodes.ToHashSet(StringComparer.Ordinal);
        foreach (var prefecture in report.PrefecturesWithoutBoundary)
        {
            var what = featureCodes.Contains(prefecture.Code) ? "no usable feature (see above)" : "no feature";
            log.Warning(boundary.FileName, null, null,
                $"{what} for prefecture {prefecture.Code} {prefecture.NameZh} " +
                $"({DatasetFolderLayout.RegionsFile} line {lineOf[prefecture.Code]}): it is left off the maps and the spatial statistics");
        }
    }
}
