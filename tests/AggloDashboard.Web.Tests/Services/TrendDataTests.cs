using AggloDashboard.Web.Tables;
using AggloDashboard.Web.Views;
using System.Globalization;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Web.Services;

namespace AggloDashboard.Web.Tests.Services;

[Collection(DashboardCollection.Name)]
public sealed class TrendDataTests(DashboardFixture fixture)
{
    private DashboardSnapshot S => fixture.Snapshot;

    [Theory]
    [InlineData(null, null, 2005, 2023)]
    [InlineData(2010, null, 2010, 2023)]
    [InlineData(null, 2012, 2005, 2012)]
    [InlineData(2015, 2009, 2009, 2015)]
    [InlineData(1990, 2099, 2005, 2023)]
    public void The_year_range_falls_back_to_the_data_and_is_never_reversed(int? from, int? to, int expectedFrom, int expectedTo)
    {
        Assert.Equal((expectedFrom, expectedTo), TrendData.ResolveRange(S, from, to));
    }

    [Fact]
    public void Series_keep_the_requested_order_and_skip_unknown_codes()
    {
        var series = TrendData.Series(S, MetricCodes.CouplingD, ["220500", "999999", "220100"], [2010, 2011]);

        Assert.Equal(["220500", "220100"], series.Select(s => s.City.Code));
        Assert.Equal([4, 0], series.Select(s => s.CityIndex));
        Assert.Equal(S.Value("220500", 2011, MetricCodes.CouplingD), series[0].Values[1]);
    }

    [Fact]
    public void Csv_has_a_row_per_year_a_column_per_city_and_the_mean_in_invariant_numbers()
    {
        var metric = S.Catalog.Find(MetricCodes.LqProducerServices)!;
        var years = TrendData.YearsBetween(S, 2010, 2013);

        var csv = TrendTables.Values(S, metric, ["220100", "220200"], years, Lang.En).Csv();

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        Assert.Equal("Year,Changchun,Jilin,Mean of cities", lines[0]);
        var cells = lines[2].Split(',');
        Assert.Equal("2011", cells[0]);
        Assert.Equal(S.Value("220100", 2011, MetricCodes.LqProducerServices), double.Parse(cells[1], CultureInfo.InvariantCulture));
        Assert.Equal(TrendData.MeanOfCities(S, metric.Code, [2011])[0], double.Parse(cells[3], CultureInfo.InvariantCulture));

        var zh = TrendTables.Values(S, metric, ["220100"], years, Lang.Zh).Csv();
        Assert.StartsWith("年份,长春市,各市平均\r\n", zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_quotes_fields_with_commas_and_quotes()
    {
        Assert.Equal("a,\"b,c\",\"say \"\"hi\"\"\"\r\n", CsvText.Build([["a", "b,c", "say \"hi\""]]));
        Assert.Equal("", CsvText.Number(null));
        Assert.Equal("0.1", CsvText.Number(0.1));
    }
}
