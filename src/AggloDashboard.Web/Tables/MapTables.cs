using AggloDashboard.Web.Services;

namespace AggloDashboard.Web.Tables;

/// <summary>The table of the map explorer: every city's value of the shown metric and year.</summary>
public static class MapTables
{
    public static PageTable Values(DashboardSnapshot s, MetricInfo metric, int year, Lang lang) => PageTable.Of(
        new[] { new[] { UiText.Get(lang, "label.city"), "code", UiText.Get(lang, "label.year"), metric.Name(lang) } }.Concat(
            s.ValuesFor(metric.Code, year).Select(v => new[]
            {
                lang.Pick(v.City.NameZh, v.City.NameEn), v.City.Code, TableText.Int(year), CsvText.Number(v.Value),
            })));
}
