using AggloDashboard.Web.Views;
using System.Globalization;
using AggloDashboard.Core.Domain;
using AggloDashboard.Web.Services;

namespace AggloDashboard.Web.Tables;

/// <summary>The tables of the data browser: the filtered observations and the indicator catalog.</summary>
public static class DataTables
{
    /// <summary>The rows as a download: codes and names, the value at full precision.</summary>
    public static PageTable Observations(IEnumerable<ObservationView> rows, Lang lang)
    {
        string T(string key) => UiText.Get(lang, key);
        var header = new[] { "region_code", T("label.city"), T("label.year"), "indicator", T("label.indicator"), T("data.unit"), T("data.subsystem"), T("label.value") };
        return PageTable.Of(new[] { header }.Concat(rows.Select(r => new[]
        {
            r.RegionCode, r.City, r.Year.ToString(CultureInfo.InvariantCulture), r.IndicatorCode, r.Indicator, r.Unit,
            r.Subsystem?.ToCode() ?? "", CsvText.Number(r.Value),
        })));
    }

    /// <summary>The indicator catalog as a download, in the layout of <c>indicators.csv</c>.</summary>
    public static PageTable Catalog(Dataset dataset) =>
        PageTable.Of(new[] { new[] { "code", "name_zh", "name_en", "unit", "subsystem", "direction" } }.Concat(
            dataset.Indicators.Select(i => new[] { i.Code, i.NameZh, i.NameEn, i.Unit, i.Subsystem.ToCode(), i.Direction.ToString(CultureInfo.InvariantCulture) })));
}
