using AggloDashboard.Web.Tables;
using AggloDashboard.Web.Views;
using System.Globalization;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Services;

namespace AggloDashboard.Web.Tests.Services;

[Collection(DashboardCollection.Name)]
public sealed class CityProfileSummaryTests(DashboardFixture fixture)
{
    private DashboardSnapshot S => fixture.Snapshot;

    [Fact]
    public void Ranks_the_city_among_the_cities_with_a_value_highest_first()
    {
        var metric = S.Catalog.Find(MetricCodes.CouplingD)!;
        var ordered = S.ValuesFor(metric.Code, 2016).Where(v => v.Value is not null).OrderByDescending(v => v.Value).ToArray();

        for (var i = 0; i < ordered.Length; i++)
        {
            var rank = CityProfileSummary.Rank(S, ordered[i].City.Code, metric, 2016);
            Assert.Equal(i + 1, rank.Rank);
            Assert.Equal(ordered.Length, rank.Count);
            Assert.Equal(ordered[i].Value, rank.Value);
        }
    }

    [Fact]
    public void Ranks_cover_the_main_metrics_and_read_as_officials_write_them()
    {
        var ranks = CityProfileSummary.Ranks(S, "220100", 2020);

        Assert.Equal(CityProfileSummary.MainMetrics, ranks.Select(r => r.Metric.Code));
        var r = ranks[0];
        Assert.Equal($"第{r.Rank}/{r.Count}名", CityProfileSummary.RankText(r, Lang.Zh));
        Assert.Equal($"{r.Rank} of {r.Count}", CityProfileSummary.RankText(r, Lang.En));
        Assert.Equal("—", CityProfileSummary.RankText(r with { Rank = null }, Lang.En));
    }

    [Fact]
    public void Classes_by_year_classify_each_years_D()
    {
        var cells = CityProfileSummary.ClassesByYear(S, "220800", MetricCodes.InnovationD);

        Assert.Equal(S.Years, cells.Select(c => c.Year));
        foreach (var cell in cells)
        {
            var d = S.Value("220800", cell.Year, MetricCodes.InnovationD);
            Assert.Equal(d, cell.D);
            Assert.Equal(d is { } v ? CoordinationClasses.Default.Classify(v).Index : null, cell.Class?.Index);
        }
    }

    [Fact]
    public void The_table_shows_the_last_ten_years_up_to_the_chosen_year()
    {
        Assert.Equal(Enumerable.Range(2011, 10), CityProfileSummary.TableYears(S, 2020));
        Assert.Equal(Enumerable.Range(2005, 3), CityProfileSummary.TableYears(S, 2007));
    }

    [Fact]
    public void Metrics_csv_has_every_catalog_metric_and_every_year()
    {
        var csv = CityTables.Metrics(S, "220200", Lang.En).Csv();

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(S.Catalog.All.Count + 1, lines.Length);
        Assert.StartsWith("Group,Code,Metric,2005,2006,", lines[0], StringComparison.Ordinal);
        var codes = lines.Skip(1).Select(l => l.Split(',')[1]).ToArray();
        Assert.Equal(S.Catalog.All.Select(m => m.Code).Order(), codes.Order());
        var couple = lines.Single(l => l.Split(',')[1] == MetricCodes.CouplingD).Split(',');
        Assert.Equal("Agglomeration × innovation", couple[0]);
        Assert.Equal(S.Value("220200", 2005, MetricCodes.CouplingD), double.Parse(couple[3], CultureInfo.InvariantCulture));
        Assert.StartsWith("类别,代码,指标,2005", CityTables.Metrics(S, "220200", Lang.Zh).Csv(), StringComparison.Ordinal);
    }
}
