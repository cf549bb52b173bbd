using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Services;
using AggloDashboard.Web.Views;

namespace AggloDashboard.Web.Tables;

/// <summary>The table of the agglomeration × innovation page.</summary>
public static class CouplingTables
{
    /// <summary>U1, U2, D and the relative development type of every city in <paramref name="year"/>.</summary>
    public static PageTable Points(IReadOnlyList<CouplingPoint> points, int year, Lang lang) => PageTable.Of(
        new[] { new[] { UiText.Get(lang, "label.city"), "code", UiText.Get(lang, "label.year"), MetricCodes.AgglomerationU, MetricCodes.InnovationT, MetricCodes.CouplingD, UiText.Get(lang, "coupling.type") } }.Concat(
            points.Select(p => new[]
            {
                p.CityName, p.CityCode, TableText.Int(year),
                CsvText.Number(p.U1), CsvText.Number(p.U2), CsvText.Number(p.D), UiText.Get(lang, CouplingData.TypeKey(p.Type)),
            })));
}
