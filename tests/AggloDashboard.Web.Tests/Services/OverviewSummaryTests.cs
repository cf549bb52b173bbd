using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Views;

namespace AggloDashboard.Web.Tests.Services;

[Collection(DashboardCollection.Name)]
public sealed class OverviewSummaryTests(DashboardFixture fixture)
{
    private OverviewSummary Compose(string metric, int year, Lang lang) =>
        OverviewSummary.Compose(fixture.Snapshot, fixture.Snapshot.Catalog.Find(metric)!, year, lang);

    [Fact]
    public void The_hub_is_the_city_with_the_highest_producer_service_quotient()
    {
        var summary = Compose(MetricCodes.CouplingD, 2023, Lang.Zh);
        Assert.Equal("220100", summary.Hub!.Code);
        Assert.Equal(fixture.Snapshot.Value("220100", 2023, MetricCodes.LqProducerServices), summary.HubLq);
        Assert.Equal(fixture.Snapshot.Value("220100", 2005, MetricCodes.LqProducerServices), summary.HubLqFirst);
    }

    [Fact]
    public void Stages_count_every_city_with_an_innovation_D()
    {
        var summary = Compose(MetricCodes.CouplingD, 2023, Lang.Zh);
        Assert.Equal(9, summary.Stages.Values.Sum());
        Assert.Equal(6, summary.Stages[CoordinationStage.Low]);
        Assert.Equal(8, Compose(MetricCodes.CouplingD, 2005, Lang.Zh).Stages.Values.Sum());
    }

    [Fact]
    public void The_gap_of_coupling_narrows_on_the_seed_data() =>
        Assert.Equal(GapTrend.Narrowing, Compose(MetricCodes.CouplingD, 2023, Lang.En).CvTrend);

    [Fact]
    public void The_gap_trend_needs_three_years()
    {
        Assert.Null(Compose(MetricCodes.CouplingD, 2006, Lang.En).CvTrend);
        Assert.NotNull(Compose(MetricCodes.CouplingD, 2007, Lang.En).CvTrend);
    }

    [Fact]
    public void The_reading_is_written_in_the_chosen_language()
    {
        var zh = Compose(MetricCodes.LqProducerServices, 2023, Lang.Zh).Reading;
        var en = Compose(MetricCodes.LqProducerServices, 2023, Lang.En).Reading;
        Assert.Equal(4, zh.Count);
        Assert.StartsWith("2023年，生产性服务业区位熵最高的是长春市", zh[0]);
        Assert.StartsWith("In 2023, Producer services location quotient is highest in Changchun", en[0]);
        // The PS quotients of the cities drift apart in the seed (Changchun rises, the rest ease).
        Assert.Equal(GapTrend.Widening, Compose(MetricCodes.LqProducerServices, 2023, Lang.En).CvTrend);
        Assert.EndsWith("since 2005 it is widening.", en[3]);
        Assert.EndsWith("2005年以来呈扩大趋势。", zh[3]);
    }
}
