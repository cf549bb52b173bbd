using System.Globalization;
using AggloDashboard.Web.Services;

namespace AggloDashboard.Web.Tables;

/// <summary>The table of the city profile: every metric of the city, every year.</summary>
public static class CityTables
{
    /// <summary>Every metric of the catalog for the city, grouped by metric group, every year.</summary>
    public static PageTable Metrics(DashboardSnapshot s, string cityCode, Lang lang)
    {
        var header = new[] { UiText.Get(lang, "label.group"), UiText.Get(lang, "label.code"), UiText.Get(lang, "label.metric") }
            .Concat(s.Years.Select(y => y.ToString(CultureInfo.InvariantCulture)));
        var rows = s.Catalog.All.GroupBy(m => m.Group).SelectMany(g => g)
            .Select(m => new[] { UiText.Get(lang, "group." + m.Group), m.Code, m.Name(lang) }
                .Concat(s.Years.Select(y => CsvText.Number(s.Value(cityCode, y, m.Code)))));
        return PageTable.Of(rows.Prepend(header));
    }
}
