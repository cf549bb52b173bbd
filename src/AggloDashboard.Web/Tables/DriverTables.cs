using AggloDashboard.Core.Analytics;
using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Export;
using AggloDashboard.Web.Readings;
using AggloDashboard.Web.Services;

namespace AggloDashboard.Web.Tables;

/// <summary>The tables of the driving factors page.</summary>
public static class DriverTables
{
    /// <summary>Every coefficient of every fitted model, with the model's fit.</summary>
    public static PageTable Regressions(IReadOnlyList<RegressionResult> fits, RegressionSpec spec, Dataset dataset, Lang lang)
    {
        string T(string key) => UiText.Get(lang, key);
        var header = new[]
        {
            T("drivers.term"), "term", "model", T("drivers.estimate"), T("drivers.se"), T("drivers.t"), T("drivers.p"),
            "ci_low", "ci_high", T("drivers.r2"), T("drivers.n"), T("drivers.clusters"),
        };
        var rows = fits.SelectMany(fit => fit.Coefficients.Select(c => new[]
        {
            DriverTerms.Label(spec, dataset, c.Term, lang), c.Term, AnalyticsCsvWriter.ModelCode(fit.Model), CsvText.Number(c.Estimate),
            CsvText.Number(c.StandardError), CsvText.Number(c.T), CsvText.Number(c.P), CsvText.Number(c.CiLow), CsvText.Number(c.CiHigh),
            CsvText.Number(fit.RSquared), TableText.Int(fit.N), TableText.Int(fit.Clusters),
        }));
        return PageTable.Of(new[] { header }.Concat(rows));
    }

    /// <summary>The grey relational grades of every driver, overall and per city.</summary>
    public static PageTable Grey(DashboardSnapshot s, IReadOnlyList<GreyGrade> grades, Lang lang) => PageTable.Of(
        new[] { new[] { UiText.Get(lang, "drivers.scope"), "scope", UiText.Get(lang, "drivers.drivers"), "driver", UiText.Get(lang, "drivers.grade"), UiText.Get(lang, "label.rank"), "n" } }.Concat(
            grades.Select(g => new[]
            {
                g.Scope == GreyRelationalPanel.OverallScope ? UiText.Get(lang, "drivers.overall") : s.CityName(g.Scope, lang), g.Scope,
                DriverTerms.DriverName(s.Dataset, g.Driver, lang), g.Driver, CsvText.Number(g.Grade), TableText.Int(g.Rank), TableText.Int(g.Years),
            })));
}
