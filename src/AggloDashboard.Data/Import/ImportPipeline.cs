using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Import.Printed;
using AggloDashboard.Data.Folder;
using AggloDashboard.Data.Store;
using AggloDashboard.Data.Validation;

namespace AggloDashboard.Data.Import;

/// <summary>
/// Reads an uploaded file, checks it with the dataset folder's panel checks against the base dataset's regions and
/// indicators, merges it onto the base according to <see cref="ImportMode"/>, and says what would change.
/// Pure: nothing is stored.
/// </summary>
public static class ImportPipeline
{
    /// <summary>The sheet a long-format workbook is read from unless the request names others (the export writes it).</summary>
    public const string LongSheet = "panel";

    /// <exception cref="OperationCanceledException">The preview was cancelled.</exception>
    public static ImportPreview Preview(ImportRequest request, Dataset? baseline, int? baselineVersionId, ImportLimits? limits = null,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        limits ??= ImportLimits.Default;
        var log = new ProblemLog(limits.MaxListedProblems);
        var mapping = request.Mapping?.Clone() ?? new IndicatorMapping();
        var layouts = new List<SheetLayout>();
        var imported = baseline is null ? null : ReadObservations(request, baseline, mapping, layouts, limits, log, progress, cancellationToken);
        if (baseline is null)
        {
            log.Error(request.FileName, null, null,
                "there is no active dataset to import into: load a dataset folder first (its regions and indicators define what can be imported)");
        }
        else if (imported is { Count: 0 } && !log.HasErrors)
        {
            log.Error(request.FileName, null, null, "the file holds no values to import");
        }

        if (log.HasErrors || baseline is null || imported is null)
        {
            return new ImportPreview
            {
                Request = request,
                BaseVersionId = baselineVersionId,
                Problems = log.Problems,
                OmittedProblemCount = log.Omitted,
                HasErrors = log.HasErrors,
                Mapping = mapping,
                Layouts = layouts,
                ImportedValueCount = imported?.Count ?? 0,
            };
        }

        var result = Merge(baseline, imported, request.Mode);
        // The folder's sector-sum warning, for the city-years the file touches.
        var touched = imported.Select(o => (o.RegionCode, o.Year)).ToHashSet();
        var sums = new ProblemLog();
        EmploymentSumCheck.Check(result.Observations.Where(o => touched.Contains((o.RegionCode, o.Year)))
            .Select(o => new Sourced<Observation>(o, 0)).ToArray(), result.Indicators, sums);
        var problems = log.Problems
            .Concat(sums.Problems.Select(p => p with { File = request.FileName, Line = null, Column = null }))
            .ToArray();
        return new ImportPreview
        {
            Request = request,
            BaseVersionId = baselineVersionId,
            Problems = problems,
            OmittedProblemCount = log.Omitted,
            HasErrors = false,
            Mapping = mapping,
            Layouts = layouts,
            ImportedValueCount = imported.Count,
            Result = result,
            ResultHash = ContentHash.Compute(result),
            Diff = DatasetDiff.Between(baseline, result),
        };
    }

    /// <summary>The base's regions, indicators and boundaries with the panel values merged as <paramref name="mode"/> says.</summary>
    public static Dataset Merge(Dataset baseline, IReadOnlyList<Observation> imported, ImportMode mode)
    {
        var years = imported.Select(o => o.Year).ToHashSet();
        var kept = mode switch
        {
            ImportMode.ReplaceAll => [],
            ImportMode.ReplaceYears => baseline.Observations.Where(o => !years.Contains(o.Year)),
            _ => baseline.Observations,
        };
        var merged = kept.ToDictionary(o => (o.RegionCode, o.Year, o.IndicatorCode));
        foreach (var o in imported)
        {
            merged[(o.RegionCode, o.Year, o.IndicatorCode)] = o;
        }

        return new Dataset(baseline.Regions, baseline.Indicators, merged.Values, baseline.BoundaryGeoJson);
    }

    private static List<Observation>? ReadObservations(ImportRequest request, Dataset baseline, IndicatorMapping mapping,
        List<SheetLayout> layouts, ImportLimits limits, ProblemLog log, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var requestedSheets = request.Sheets ?? [];
        var sheets = ImportFileReader.Read(request.FileName, request.Content, requestedSheets, limits, log, progress, cancellationToken);
        if (sheets is null)
        {
            return null;
        }

        var shape = request.Shape == ImportShape.Detect ? DetectShape(sheets) : request.Shape;
        if (shape == ImportShape.Long && requestedSheets.Count == 0 && sheets.Count > 1)
        {
            sheets = [sheets.FirstOrDefault(s => s.Sheet == LongSheet) ?? sheets[0]];
        }

        var checks = new PanelRowChecks(Content(baseline.Regions, r => r.Code), Content(baseline.Indicators, i => i.Code), log);
        var observations = new List<Observation>();
        if (shape == ImportShape.Long)
        {
            foreach (var sheet in sheets)
            {
                observations.AddRange(LongFormatParser.Parse(sheet, checks, log));
            }

            return observations;
        }

        var context = new PrintedContext(request, baseline, mapping, checks, log);
        for (var i = 0; i < sheets.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new ImportProgress(i + 1, sheets.Count, sheets[i].Sheet, Parsing: true));
            observations.AddRange(YearbookParser.Parse(sheets[i], context, sheets.Count > 1));
        }

        layouts.AddRange(context.Layouts);
        return observations;
    }

    /// <summary>The long format when the first non-empty row of the first sheet with rows is its header, else a yearbook table.</summary>
    internal static ImportShape DetectShape(IReadOnlyList<ImportSheet> sheets)
    {
        var first = sheets.FirstOrDefault(s => s.Rows.Count > 0)?.Rows[0];
        return first is not null && DatasetFolderLayout.PanelColumns.All(c => first.Cells.Contains(c)) ? ImportShape.Long : ImportShape.Yearbook;
    }

    private static TableContent<T> Content<T>(IReadOnlyList<T> rows, Func<T, string> code) =>
        new(rows.Select(r => new Sourced<T>(r, 0)).ToArray(), rows.Select(code).ToHashSet(StringComparer.Ordinal));
}
