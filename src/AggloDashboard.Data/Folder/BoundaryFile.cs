using System.Text.Json;
using AggloDashboard.Data.Boundaries;
using AggloDashboard.Data.Spatial;
using AggloDashboard.Data.Validation;

namespace AggloDashboard.Data.Folder;

/// <summary>The boundary file of a dataset folder: its name, its GeoJSON text and what the boundary reader made of it.</summary>
internal sealed record BoundaryFile(string FileName, string GeoJson, BoundaryReadResult Features)
{
    /// <summary>
    /// Finds the one boundary file of the folder: a <c>*.json</c> or <c>*.geojson</c> file that is a GeoJSON
    /// FeatureCollection, or a <c>*.shp</c> shapefile (turned into GeoJSON), and reads its features, reporting every
    /// repair. Null when there is none (a warning: maps are unavailable) or it is unusable (errors).
    /// </summary>
    public static BoundaryFile? Read(string folderPath, ProblemLog log)
    {
        var files = Directory.EnumerateFiles(folderPath).Order(StringComparer.Ordinal).ToArray();
        var candidates = files
            .Where(path => DatasetFolderLayout.BoundaryExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            .Select(JsonCandidate.Inspect)
            .ToArray();
        var shapefiles = files
            .Where(path => string.Equals(Path.GetExtension(path), DatasetFolderLayout.ShapefileExtension, StringComparison.OrdinalIgnoreCase))
            .ToArray();
        var folderName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folderPath)));
        if (candidates.Length == 0 && shapefiles.Length == 0)
        {
            log.Warning(folderName, null, null, "no boundary file: maps unavailable");
            return null;
        }

        var collections = candidates.Where(c => c.IsFeatureCollection).ToArray();
        var sources = collections.Select(c => c.FileName).Concat(shapefiles.Select(Path.GetFileName)).ToArray();
        switch (sources.Length)
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
                log.Error(folderName, null, null, $"several boundary files ({string.Join(", ", sources)}): keep one");
                return null;
        }

        var chosen = sources[0]!;
        foreach (var ignored in candidates.Where(c => c.FileName != chosen))
        {
            log.Warning(ignored.FileName, ignored.ProblemLine, null,
                $"ignored ({ignored.Problem}): the boundary file is {chosen}");
        }

        var geoJson = collections.Length == 1 ? collections[0].Text : FromShapefile(shapefiles[0], log);
        return geoJson is null ? null : ReadFeatures(chosen, geoJson, log);
    }

    private static string? FromShapefile(string path, ProblemLog log)
    {
        var errors = new List<string>();
        var warnings = new List<string>();
        var geoJson = ShapefileBoundaries.ToGeoJson(path, errors, warnings);
        var fileName = Path.GetFileName(path);
        foreach (var warning in warnings)
        {
            log.Warning(fileName, null, null, warning);
        }

        foreach (var error in errors)
        {
            log.Error(fileName, null, null, error);
        }

        return geoJson;
    }

    private static BoundaryFile? ReadFeatures(string fileName, string geoJson, ProblemLog log)
    {
        var read = BoundaryGeometries.Parse(geoJson);
        foreach (var note in read.Notes)
        {
            if (note.Kind == BoundaryNoteKind.Malformed)
            {
                log.Error(fileName, null, null, note.Message);
            }
            else
            {
                log.Warning(fileName, null, null, note.Message);
            }
        }

        return read.Notes.Any(n => n.Kind == BoundaryNoteKind.Malformed) ? null : new BoundaryFile(fileName, geoJson, read);
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
                var root = document.RootElement;
                var isCollection = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var type)
                                   && type.ValueKind == JsonValueKind.String && type.GetString() == "FeatureCollection";
                return new JsonCandidate(fileName, text, isCollection, isCollection ? "" : "not a GeoJSON FeatureCollection", null);
            }
            catch (JsonException e)
            {
                return new JsonCandidate(fileName, text, false, $"not valid JSON: {e.Message}", (int?)e.LineNumber + 1);
            }
        }
    }
}
