using AggloDashboard.Web.Views;
using System.Globalization;
using AggloDashboard.Web.Services;

namespace AggloDashboard.Web.Tables;

/// <summary>The table under the trends chart.</summary>
public static class TrendTables
{
    /// <summary>The table under the chart: one row per year, one column per city, then the mean of cities.</summary>
    public static PageTable Values(DashboardSnapshot s, MetricInfo metric, IReadOnlyList<string> cityCodes, IReadOnlyList<int> years, Lang lang)
    {
        var series = TrendData.Series(s, metric.Code, cityCodes, years);
        var mean = TrendData.MeanOfCities(s, metric.Code, years);
        var header = new[] { UiText.Get(lang, "label.year") }
            .Concat(series.Select(c => lang.Pick(c.City.NameZh, c.City.NameEn)))
            .Append(UiText.Get(lang, "label.provinceMean"));
        var rows = years.Select((y, i) => new[] { y.ToString(CultureInfo.InvariantCulture) }
            .Concat(series.Select(c => CsvText.Number(c.Values[i])))
            .Append(CsvText.Number(mean[i])));
        return PageTable.Of(rows.Prepend(header));
    }
}
