using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Validation;

namespace AggloDashboard.Data.Folder;

/// <summary>Reads and checks <c>regions.csv</c>.</summary>
internal static class RegionsFile
{
    private const string File = DatasetFolderLayout.RegionsFile;
    private const int MinimumPrefectures = 2;

    /// <summary>The regions whose rows are usable, or null when the file could not be read as a table.</summary>
    public static TableContent<Region>? Read(string folderPath, ProblemLog log)
    {
        var table = CsvTable.Read(folderPath, File, DatasetFolderLayout.RegionColumns, extraColumnsAllowed: true, log);
        if (table is null)
        {
            return null;
        }

        var regions = new List<Sourced<Region>>();
        var lineOfCode = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var code = row["code"];
            var codeIsValid = TryRegisterCode(code, row.Line, lineOfCode, log);
            var levelIsValid = RegionLevelCodes.TryParse(row["level"], out var level);
            if (!levelIsValid)
            {
                log.Error(File, row.Line, "level",
                    $"'{row["level"]}' is not a level: use {RegionLevelCodes.Province} or {RegionLevelCodes.Prefecture}");
            }

            if (codeIsValid && levelIsValid)
            {
                var parent = row["parent_code"];
                var aliases = row.Optional(DatasetFolderLayout.RegionAliasesColumn)?.Trim();
                regions.Add(new Sourced<Region>(
                    new Region(code, row["name_zh"], row["name_en"], level, parent.Length == 0 ? null : parent,
                        string.IsNullOrEmpty(aliases) ? null : aliases), row.Line));
            }
        }

        var codesInFile = table.Rows.Select(row => row["code"]).ToHashSet(StringComparer.Ordinal);
        CheckParents(regions, codesInFile, log);
        CheckPrefectureCount(regions, log);
        return new TableContent<Region>(regions, codesInFile);
    }

    private static bool TryRegisterCode(string code, int line, Dictionary<string, int> lineOfCode, ProblemLog log)
    {
        if (code.Length == 0)
        {
            log.Error(File, line, "code", "the region code is empty");
            return false;
        }

        if (!RegionCodes.IsWellFormed(code))
        {
            log.Error(File, line, "code", $"'{code}' is not a 6-digit GB/T 2260 region code");
            return false;
        }

        if (lineOfCode.TryGetValue(code, out var firstLine))
        {
            log.Error(File, line, "code", $"duplicate region code '{code}' (first on line {firstLine})");
            return false;
        }

        lineOfCode.Add(code, line);
        return true;
    }

    private static void CheckParents(List<Sourced<Region>> regions, HashSet<string> codesInFile, ProblemLog log)
    {
        foreach (var (region, line) in regions)
        {
            if (region.ParentCode is { } parent && !codesInFile.Contains(parent))
            {
                log.Error(File, line, "parent_code", $"'{parent}' is not a region code in {File}");
            }
        }
    }

    private static void CheckPrefectureCount(List<Sourced<Region>> regions, ProblemLog log)
    {
        var prefectures = regions.Count(r => r.Value.Level == RegionLevel.Prefecture);
        if (prefectures < MinimumPrefectures)
        {
            log.Error(File, null, "level",
                $"at least {MinimumPrefectures} prefecture-level regions are required, found {prefectures}");
        }
    }
}
