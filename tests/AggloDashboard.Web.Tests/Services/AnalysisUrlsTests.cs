using AggloDashboard.Web.Services;

namespace AggloDashboard.Web.Tests.Services;

public sealed class AnalysisUrlsTests
{
    [Fact]
    public void The_drivers_page_keeps_metric_drivers_lag_and_log_in_the_query_string()
    {
        var q = new DashboardQuery(Metric: "coagg", Lang: Lang.En);

        Assert.Equal("/drivers?metric=coagg&lang=en&drivers=drv.fdi,drv.urbanisation&lag=1&log=0",
            Uri.UnescapeDataString(DashboardUrls.Drivers(q, ["drv.fdi", "drv.urbanisation"], lag: true, log: false)));
        Assert.Equal("/drivers?lang=zh", DashboardUrls.Drivers(new DashboardQuery()));
        Assert.Equal("/drivers?lang=en&log=1&grey=220100", DashboardUrls.Drivers(q with { Metric = null }, log: true, grey: "220100"));
    }

    [Fact]
    public void The_disparities_and_spatial_pages_keep_metric_year_and_weights()
    {
        var q = new DashboardQuery(2015, "couple.d", null, Lang.En);

        Assert.Equal("/disparities?year=2015&metric=couple.d&lang=en", DashboardUrls.Disparities(q));
        Assert.Equal("/spatial?year=2015&metric=couple.d&lang=en&weights=distance", DashboardUrls.Spatial(q, "distance"));
        Assert.Equal("/spatial?lang=zh", DashboardUrls.Spatial(new DashboardQuery()));
    }
}
