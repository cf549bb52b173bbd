using AggloDashboard.Core.Domain;

namespace AggloDashboard.Data.Folder;

/// <summary>
/// Counts of what a dataset folder holds, for a one-line human summary. When the folder has errors they count
/// the rows that could be read.
/// </summary>
public sealed record DatasetSummary(
    int Regions,
    int Prefectures,
    int Indicators,
    int Observations,
    int MissingValues,
    int? FirstYear,
    int? LastYear)
{
    internal static DatasetSummary Of(IEnumerable<Region> regions, IEnumerable<Indicator> indicators,
        IReadOnlyCollection<Observation> observations)
    {
        var regionList = regions.ToArray();
        var years = observations.Select(o => o.Year).ToArray();
        return new DatasetSummary(
            regionList.Length,
            regionList.Count(r => r.Level == RegionLevel.Prefecture),
            indicators.Count(),
            observations.Count,
            observations.Count(o => o.Value is null),
            years.Length == 0 ? null : years.Min(),
            years.Length == 0 ? null : years.Max());
    }

    /// <summary>Formats as <c>4 regions (3 prefectures), 7 indicators, 42 observations (1 missing), years 2019-2020</c>.</summary>
    public override string ToString()
    {
        var years = FirstYear is null ? "no years" : $"years {FirstYear}-{LastYear}";
        return $"{Regions} regions ({Prefectures} prefectures), {Indicators} indicators, " +
               $"{Observations} observations ({MissingValues} missing), {years}";
    }
}
