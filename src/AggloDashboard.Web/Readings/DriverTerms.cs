using AggloDashboard.Core.Analytics;
using AggloDashboard.Core.Domain;

namespace AggloDashboard.Web.Readings;

/// <summary>Readable names for the driver indicators and the regression terms built from them, in either language.</summary>
public static class DriverTerms
{
    /// <summary>The dataset's <c>driver</c> indicators, in dataset order.</summary>
    public static IReadOnlyList<Indicator> Drivers(Dataset dataset) =>
        dataset.Indicators.Where(i => i.Subsystem == Subsystem.Driver).ToArray();

    public static string DriverName(Dataset dataset, string code, Lang lang) =>
        dataset.Indicators.FirstOrDefault(i => i.Code == code) is { } i ? lang.Pick(i.NameZh, i.NameEn) : code;

    /// <summary>A term's label: the driver's name, with "ln" when logged and "(t-1)" when lagged; the intercept by its key.</summary>
    public static string Label(RegressionSpec spec, Dataset dataset, string term, Lang lang)
    {
        if (term == PanelRegression.InterceptTerm)
        {
            return UiText.Get(lang, "drivers.intercept");
        }

        var driver = spec.Drivers.FirstOrDefault(d => spec.TermOf(d) == term);
        if (driver is null)
        {
            return term;
        }

        var name = DriverName(dataset, driver, lang);
        return (spec.LogDrivers ? "ln " + name : name) + (spec.LagDrivers ? " (t-1)" : "");
    }
}
