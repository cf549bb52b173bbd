using AggloDashboard.Core.Domain;

namespace AggloDashboard.Data.Store;

/// <summary>The column a page of observations is ordered by; ties are broken by region, year and indicator.</summary>
public enum ObservationSort
{
    Region,
    Year,
    Indicator,
    Value,
}

/// <summary>
/// Which observations of a version to read and which page of them: every filter is optional (null matches all);
/// <see cref="Subsystem"/> matches through the version's indicator catalog.
/// </summary>
public sealed record ObservationQuery(
    string? RegionCode = null,
    int? Year = null,
    string? IndicatorCode = null,
    Subsystem? Subsystem = null,
    ObservationSort Sort = ObservationSort.Region,
    bool Descending = false,
    int Skip = 0,
    int Take = 50);

/// <summary>One page of observations and how many match the filters in all.</summary>
public sealed record ObservationPage(IReadOnlyList<Observation> Rows, int Total);
