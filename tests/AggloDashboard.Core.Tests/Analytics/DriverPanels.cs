using AggloDashboard.Core.Domain;
using AggloDashboard.Core.Tests.Engine;

namespace AggloDashboard.Core.Tests.Analytics;

/// <summary>Engine test panels with driver indicators added.</summary>
internal static class DriverPanels
{
    public static Dataset WithDrivers(Dataset dataset, params (string Region, int Year, string Driver, double? Value)[] values)
    {
        var drivers = values.Select(v => v.Driver).Distinct()
            .Select(code => new Indicator(code, code, code, "", Subsystem.Driver, 1));
        return new Dataset(dataset.Regions, dataset.Indicators.Concat(drivers),
            dataset.Observations.Concat(values.Select(v => new Observation(v.Region, v.Year, v.Driver, v.Value))),
            dataset.BoundaryGeoJson);
    }

    /// <summary>Two cities (100100, 100200) over 2000-2002 with different employment every year.</summary>
    public static Dataset TwoCitiesThreeYears()
    {
        var builder = new PanelBuilder().City("100100").City("100200");
        for (var t = 0; t < 3; t++)
        {
            builder.Employment("100100", 2000 + t, 100, 30, 10 + t, 10)
                .Employment("100200", 2000 + t, 200, 40, 20, 30 - 2 * t);
        }

        return builder.Build();
    }
}
