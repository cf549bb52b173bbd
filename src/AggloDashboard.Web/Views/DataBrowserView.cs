using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Store;

namespace AggloDashboard.Web.Views;

/// <summary>One row of the data browser's grid: an observation with the names the page shows.</summary>
public sealed record ObservationView(string RegionCode, string City, int Year, string IndicatorCode, string Indicator,
    string Unit, Subsystem? Subsystem, double? Value);

/// <summary>Turns stored observations into the data browser's rows and tables.</summary>
public static class DataBrowserView
{
    public static IReadOnlyList<ObservationView> Rows(Dataset dataset, IEnumerable<Observation> observations, Lang lang)
    {
        var regions = dataset.Regions.ToDictionary(r => r.Code, StringComparer.Ordinal);
        var indicators = dataset.Indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        return observations.Select(o =>
        {
            var region = regions.GetValueOrDefault(o.RegionCode);
            var indicator = indicators.GetValueOrDefault(o.IndicatorCode);
            return new ObservationView(o.RegionCode, region is null ? o.RegionCode : lang.Pick(region.NameZh, region.NameEn), o.Year,
                o.IndicatorCode, indicator is null ? o.IndicatorCode : lang.Pick(indicator.NameZh, indicator.NameEn),
                indicator?.Unit ?? "", indicator?.Subsystem, o.Value);
        }).ToArray();
    }


    public static string SubsystemName(Subsystem subsystem, Lang lang) => UiText.Get(lang, "data.subsystem." + subsystem.ToCode());

    public static ObservationSort SortOf(string? column) => column switch
    {
        nameof(ObservationView.Year) => ObservationSort.Year,
        nameof(ObservationView.Indicator) or nameof(ObservationView.IndicatorCode) => ObservationSort.Indicator,
        nameof(ObservationView.Value) => ObservationSort.Value,
        _ => ObservationSort.Region,
    };

    public static string ColumnOf(ObservationSort sort) => sort switch
    {
        ObservationSort.Year => nameof(ObservationView.Year),
        ObservationSort.Indicator => nameof(ObservationView.Indicator),
        ObservationSort.Value => nameof(ObservationView.Value),
        _ => nameof(ObservationView.City),
    };
}
