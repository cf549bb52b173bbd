using System.Globalization;
using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Store;

namespace AggloDashboard.Web.Services;

/// <summary>
/// The state of <c>/data</c> in its URL: filters (<c>city</c>, <c>year</c>, <c>indicator</c>, <c>subsystem</c>), the
/// grid's <c>page</c> (from 0) and order (<c>sort</c> = region|year|indicator|value, <c>desc=1</c>), the <c>tab</c>.
/// </summary>
public sealed record DataBrowserQuery(
    string? City = null,
    int? Year = null,
    string? Indicator = null,
    Subsystem? Subsystem = null,
    int Page = 0,
    ObservationSort Sort = ObservationSort.Region,
    bool Descending = false,
    string? Tab = null,
    Lang Lang = Lang.Zh)
{
    public const string Path = "/data";
    public const string CatalogTab = "catalog";
    public const string QualityTab = "quality";

    /// <summary>The filters for the store, one page of <paramref name="pageSize"/> rows.</summary>
    public ObservationQuery ToStoreQuery(int pageSize) =>
        new(City, Year, Indicator, Subsystem, Sort, Descending, (int)Math.Min((long)Page * pageSize, int.MaxValue), pageSize);

    /// <summary>The same filters and order without paging (for the downloads of the current view).</summary>
    public ObservationQuery ToStoreQuery() => new(City, Year, Indicator, Subsystem, Sort, Descending, 0, int.MaxValue);

    public bool SameView(DataBrowserQuery other) => this with { Tab = null, Lang = Lang.Zh } == other with { Tab = null, Lang = Lang.Zh };

    public static string SortCode(ObservationSort sort) => sort.ToString().ToLowerInvariant();

    /// <summary>
    /// Reads the URL's text against the dataset: a value that is not a city, year, indicator, subsystem, page or
    /// order of this dataset is dropped and named in <paramref name="problems"/>.
    /// </summary>
    public static DataBrowserQuery Parse(Dataset dataset, string? city, string? year, string? indicator, string? subsystem,
        string? page, string? sort, string? desc, string? tab, Lang lang, List<string> problems)
    {
        string? Known(string? value, IEnumerable<string> codes, string name)
        {
            if (string.IsNullOrWhiteSpace(value)) return null;
            if (codes.Contains(value, StringComparer.Ordinal)) return value;
            problems.Add($"{name}={value}");
            return null;
        }

        int? yearValue = null;
        if (!string.IsNullOrWhiteSpace(year))
        {
            if (int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && dataset.Years.Contains(y))
                yearValue = y;
            else
                problems.Add($"year={year}");
        }

        Subsystem? subsystemValue = null;
        if (!string.IsNullOrWhiteSpace(subsystem))
        {
            if (SubsystemCodes.TryParse(subsystem, out var s))
                subsystemValue = s;
            else
                problems.Add($"subsystem={subsystem}");
        }

        var pageValue = 0;
        if (!string.IsNullOrWhiteSpace(page) && !int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out pageValue))
        {
            problems.Add($"page={page}");
            pageValue = 0;
        }

        var sortValue = ObservationSort.Region;
        if (!string.IsNullOrWhiteSpace(sort) && !Enum.GetValues<ObservationSort>().Any(v => SortCode(v) == sort))
            problems.Add($"sort={sort}");
        else if (!string.IsNullOrWhiteSpace(sort))
            sortValue = Enum.GetValues<ObservationSort>().First(v => SortCode(v) == sort);

        return new DataBrowserQuery(
            Known(city, dataset.Prefectures.Select(r => r.Code), "city"),
            yearValue,
            Known(indicator, dataset.Indicators.Select(i => i.Code), "indicator"),
            subsystemValue,
            pageValue,
            sortValue,
            desc == "1",
            tab is CatalogTab or QualityTab ? tab : null,
            lang);
    }
}
