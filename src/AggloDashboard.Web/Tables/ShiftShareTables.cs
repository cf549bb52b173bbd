using AggloDashboard.Core.ShiftShare;
using AggloDashboard.Web.Services;
using AggloDashboard.Web.Views;

namespace AggloDashboard.Web.Tables;

/// <summary>The table of the shift-share page.</summary>
public static class ShiftShareTables
{
    /// <summary>Every chosen city's components of employment growth over the view's years.</summary>
    public static PageTable Components(DashboardSnapshot s, ShiftShareView view, IReadOnlyList<CityShiftShare> cities, Lang lang)
    {
        var components = view.Method.Components();
        string[] header = [UiText.Get(lang, "label.city"), "region_code", "base_year", "end_year", "method", .. components.Select(c => c.ToCode())];
        var rows = cities.Select(c => new[]
        {
            s.CityName(c.RegionCode, lang), c.RegionCode, TableText.Int(view.From), TableText.Int(view.To), view.Method.ToCode(),
        }.Concat(components.Select(k => CsvText.Number(c.Total[k]))));
        return PageTable.Of(new[] { header }.Concat(rows));
    }
}
