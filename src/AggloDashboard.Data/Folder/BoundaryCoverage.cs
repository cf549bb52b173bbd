using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Validation;

namespace AggloDashboard.Data.Folder;

/// <summary>Warns where the boundary features and the regions do not match one to one.</summary>
internal static class BoundaryCoverage
{
    public static void Check(BoundaryFile boundary, TableContent<Region> regions, ProblemLog log)
    {
        foreach (var code in boundary.FeatureCodes.Where(code => !regions.CodesInFile.Contains(code)).Distinct())
        {
            log.Warning(boundary.FileName, null, null,
                $"feature code '{code}' is not a region in {DatasetFolderLayout.RegionsFile}");
        }

        var featureCodes = boundary.FeatureCodes.ToHashSet(StringComparer.Ordinal);
        foreach (var (prefecture, line) in regions.Rows.Where(r => r.Value.Level == RegionLevel.Prefecture))
        {
            if (!featureCodes.Contains(prefecture.Code))
            {
                log.Warning(boundary.FileName, null, null,
                    $"no feature for prefecture {prefecture.Code} {prefecture.NameZh} " +
                    $"({DatasetFolderLayout.RegionsFile} line {line}): it is left off the maps");
            }
        }
    }
}
