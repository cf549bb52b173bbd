using System.Text.Json;
using AggloDashboard.Data.Boundaries;
using AggloDashboard.Data.Validation;

namespace AggloDashboard.Data.Folder;

/// <summary>The boundary file of a dataset folder: its name, its text and the region codes of its features.</summary>
internal sealed record BoundaryFile(string FileName, string GeoJson, IReadOnlyList<string> FeatureCodes)
{
    /// <summary>
    /// Finds the one <c>*.json</c> or <c>*.geojson</c> file of the folder that is a GeoJSON FeatureCollection and
    /// checks its features. Null when there is none (a warning: maps are unavailable) or it is unusable (errors).
    /// </summary>
    public static BoundaryFile? Read(string folderPath, ProblemLog log)
    {
        var candidates = Directory.EnumerateFiles(folderPath)
            .Where(path => DatasetFolderLayout.BoundaryExtensions.Contains(
                Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(JsonCandidate.Inspect)
            .ToArray();
        var folderName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folderPath)));
        if (candidates.Length == 0)
        {
            log.Warning(folderName, null, null, "no boundary file: maps unavailable");
            return null;
        }

        var collections = candidates.Where(c => c.IsFeatureCollection).ToArray();
        switch (collections.Length)
        {
            case 0:
                // A JSON file in a dataset folder is meant to be the boundary file, so saying why it is not one
                // is an error rather than a silent "no maps".
                foreach (var candidate in candidates)
                {
                    log.Error(candidate.FileName, candidate.ProblemLine, null, candidate.Problem);
                }

                return null;
            case > 1:
                var names = string.Join(", ", collections.Select(c => c.FileName));
                log.Error(folderName, null, null, $"several GeoJSON FeatureCollections ({names}): keep one boundary file");
                return null;
        }

        var chosen = collections[0];
        foreach (var ignored in candidates.Where(c => c != chosen))
        {
            log.Warning(ignored.FileName, ignored.ProblemLine, null,
                $"ignored ({ignored.Problem}): the boundary file is {chosen.FileName}");
        }

        return ReadFeatures(chosen, log);
    }

    private static BoundaryFile? ReadFeatures(JsonCandidate file, ProblemLog log)
    {
        var problems = new List<string>();
        using var document = JsonDocument.Parse(file.Text);
        var codes = BoundaryFeatures.ReadCodes(document.RootElement, problems);
        foreach (var problem in problems)
        {
            log.Error(file.FileName, null, null, problem);
        }

        return problems.Count == 0 ? new BoundaryFile(file.FileName, file.Text, codes) : null;
    }

    private sealed record JsonCandidate(string FileName, string Text, bool IsFeatureCollection, string Problem, int? ProblemLine)
    {
        public static JsonCandidate Inspect(string path)
        {
            var fileName = Path.GetFileName(path);
            var text = File.ReadAllText(path);
            try
            {
                using var document = JsonDocument.Parse(text);
                var isCollection = BoundaryFeatures.IsFeatureCollection(document.RootElement);
                return new JsonCandidate(fileName, text, isCollection, isCollection ? "" : "not a GeoJSON FeatureCollection", null);
            }
            catch (JsonException e)
            {
                return new JsonCandidate(fileName, text, false, $"not valid JSON: {e.Message}", (int?)e.LineNumber + 1);
            }
        }
    }
}
