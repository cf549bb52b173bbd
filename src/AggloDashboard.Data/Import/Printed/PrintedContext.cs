using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Folder;
using AggloDashboard.Data.Validation;

namespace AggloDashboard.Data.Import.Printed;

/// <summary>What every sheet of one yearbook import is read against: the base dataset, the request, the mapping.</summary>
internal sealed class PrintedContext(ImportRequest request, Dataset baseline, IndicatorMapping mapping, PanelRowChecks checks, ProblemLog log)
{
    public ImportRequest Request { get; } = request;
    public Dataset Baseline { get; } = baseline;
    public IndicatorMapping Mapping { get; } = mapping;
    public PanelRowChecks Checks { get; } = checks;
    public ProblemLog Log { get; } = log;
    public PlaceNames Places { get; } = new(baseline.Regions);
    public HeaderMatcher Matcher { get; } = new(baseline.Indicators, HeaderSynonyms.Default);
    public List<SheetLayout> Layouts { get; } = [];

    /// <summary>
    /// The indicator <paramref name="label"/> is read as: the user's mapping when there is one, else what
    /// <see cref="Matcher"/> finds (recorded in the mapping for the preview).
    /// </summary>
    public HeaderMatch MapHeader(string label, IReadOnlyList<string> groups, string leaf, string? titleConcept)
    {
        if (!Mapping.Contains(label))
        {
            Mapping.Suggest(label, Matcher.Match(groups, leaf, titleConcept));
        }

        return new HeaderMatch(Mapping.CodeOf(label), Mapping.SourceOf(label));
    }

    public Indicator? IndicatorOf(string? code) => code is null ? null : Checks.IndicatorOf(code);
}
