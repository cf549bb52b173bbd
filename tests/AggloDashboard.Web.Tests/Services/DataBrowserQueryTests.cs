using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Store;
using AggloDashboard.Web.Services;

namespace AggloDashboard.Web.Tests.Services;

[Collection(DashboardCollection.Name)]
public sealed class DataBrowserQueryTests(DashboardFixture fixture)
{
    [Fact]
    public void A_url_reads_back_as_the_same_query()
    {
        var query = new DataBrowserQuery("220100", 2020, "emp.total", Subsystem.EmploymentTotal, 3, ObservationSort.Value, true, DataBrowserQuery.QualityTab, Lang.En);

        var url = DashboardUrls.Data(query);

        Assert.Equal("/data?city=220100&year=2020&indicator=emp.total&subsystem=employment_total&page=3&sort=value&desc=1&tab=quality&lang=en", url);
        var problems = new List<string>();
        var back = DataBrowserQuery.Parse(fixture.Snapshot.Dataset, "220100", "2020", "emp.total", "employment_total", "3", "value", "1", "quality", Lang.En, problems);
        Assert.Equal(query, back);
        Assert.Empty(problems);
    }

    [Fact]
    public void Unknown_values_are_dropped_and_named()
    {
        var problems = new List<string>();

        var query = DataBrowserQuery.Parse(fixture.Snapshot.Dataset, "220100", "1900", "no.such", null, "-1", "colour", null, "other", Lang.Zh, problems);

        Assert.Equal(new DataBrowserQuery("220100"), query);
        Assert.Equal(["year=1900", "page=-1", "sort=colour", "indicator=no.such"], problems);
    }

    [Fact]
    public void A_page_far_beyond_the_data_skips_everything_rather_than_overflowing() =>
        Assert.Equal(int.MaxValue, new DataBrowserQuery(Page: 999_999_999).ToStoreQuery(25).Skip);
}
