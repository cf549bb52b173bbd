using AggloDashboard.Web.Readings;
using AggloDashboard.Web.Views;
using System.Globalization;
using AggloDashboard.Core.Analytics;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Core.ShiftShare;
using AggloDashboard.Web.Services;
using AggloDashboard.Web.Tables;

namespace AggloDashboard.Web.Tests.Tables;

/// <summary>The pages' download tables: a header in the interface language, then one row a city (or term, year …), every cell invariant text.</summary>
[Collection(DashboardCollection.Name)]
public sealed class PageTablesTests(DashboardFixture fixture)
{
    private DashboardSnapshot S => fixture.Snapshot;

    private int Year => S.LatestYear;

    [Fact]
    public void The_map_table_has_every_city_with_its_value_of_the_year()
    {
        var metric = S.Catalog.Find(MetricCodes.CouplingD)!;
        var rows = MapTables.Values(S, metric, Year, Lang.En).Rows;

        Assert.Equal(["City", "code", "Year", metric.NameEn], rows[0]);
        Assert.Equal(S.Cities.Count, rows.Count - 1);
        var first = S.ValuesFor(metric.Code, Year).First();
        Assert.Equal([first.City.NameEn, first.City.Code, Year.ToString(CultureInfo.InvariantCulture), CsvText.Number(first.Value)], rows[1]);
    }

    [Fact]
    public void The_coordination_tables_give_C_T_D_and_class_and_the_weights()
    {
        var coordination = CoordinationData.Rows(S, Year, Lang.Zh);
        var rows = CoordinationTables.Rows(coordination, Year, Lang.Zh).Rows;
        Assert.Equal(["城市", "code", "年份", "C", "T", "D", UiText.Get(Lang.Zh, "label.class")], rows[0]);
        Assert.Equal(coordination.Count, rows.Count - 1);
        Assert.Equal(coordination[0].Class!.NameZh, rows[1][6]);
        Assert.Equal(CsvText.Number(coordination[0].D), rows[1][5]);

        var weights = CoordinationData.Weights(S, Lang.En);
        var weightRows = CoordinationTables.Weights(weights, Lang.En).Rows;
        Assert.Equal(weights.Count, weightRows.Count - 1);
        Assert.Equal(weights.Sum(w => w.SharePercent), weightRows.Skip(1).Sum(r => double.Parse(r[6], CultureInfo.InvariantCulture)), 9);
    }

    [Fact]
    public void The_coupling_table_names_each_citys_relative_development_type()
    {
        var points = CouplingData.Points(S, Year, Lang.En);
        var rows = CouplingTables.Points(points, Year, Lang.En).Rows;
        Assert.Equal([MetricCodes.AgglomerationU, MetricCodes.InnovationT, MetricCodes.CouplingD], rows[0][3..6]);
        Assert.Equal(points.Count, rows.Count - 1);
        Assert.Equal(UiText.Get(Lang.En, CouplingData.TypeKey(points[0].Type)), rows[1][6]);
    }

    [Fact]
    public void The_policy_table_has_a_row_for_each_rule_that_fired()
    {
        var cities = PolicyData.ForYear(S, S.Analyses.Typologies, Year, Lang.En);
        var rows = PolicyTables.Fired(cities, Year, Lang.En).Rows;
        Assert.Equal(cities.Sum(c => c.Fired.Count), rows.Count - 1);
        Assert.All(rows.Skip(1), r => Assert.False(string.IsNullOrEmpty(r[3])));
    }

    [Fact]
    public void The_diagnosis_tables_rank_each_citys_obstacles_and_list_each_forecast_year()
    {
        var analyses = S.Analyses;
        var obstacles = DiagnosisData.Obstacles(S, analyses.Obstacles, Year, Lang.En);
        var rows = DiagnosisTables.Obstacles(obstacles, Year, Lang.En).Rows;
        Assert.Equal(obstacles.Sum(c => c.Top.Count), rows.Count - 1);
        Assert.Equal("1", rows[1][3]);

        var forecasts = analyses.Forecasts(MetricCodes.InnovationD);
        var forecastRows = DiagnosisTables.Forecasts(S, forecasts, Lang.En).Rows;
        Assert.Equal(12, forecastRows[0].Length);
        Assert.Equal(forecasts.Sum(f => f.Result.Model?.Forecasts.Count ?? 0), forecastRows.Count - 1);
    }

    [Fact]
    public void The_disparity_tables_give_each_year_province_and_city()
    {
        var analytics = S.Analyses.Analytics;
        var sigma = analytics.Metric(MetricCodes.CouplingD, null).Sigma.Where(s => s.Metric == MetricCodes.CouplingD).Select(s => s.Point).ToArray();
        var series = DisparityTables.Series(S, sigma, Lang.En).Rows;
        Assert.Equal(S.Years.Count, series.Count - 1);
        Assert.Equal(CsvText.Number(sigma[0].Cv), series.Single(r => r[0] == sigma[0].Year.ToString(CultureInfo.InvariantCulture))[1]);

        var krugman = DisparityTables.Krugman(S, analytics.Default.Krugman, Year, Lang.En).Rows;
        Assert.Equal(analytics.Default.Krugman.Count(k => k.Year == Year), krugman.Count - 1);

        var provinces = ProvinceDisparities.Compute(S.Dataset.Regions, S.ValuesFor(MetricCodes.CouplingD, Year)
            .Where(v => v.Value is not null).ToDictionary(v => v.City.Code, v => v.Value!.Value));
        Assert.Equal(provinces.Count, DisparityTables.Provinces(provinces, Lang.En).Rows.Count - 1);
    }

    [Fact]
    public void The_spatial_tables_give_Morans_I_per_year_and_each_citys_cluster()
    {
        var analytics = S.Analyses.Analytics;
        var weights = analytics.Weights.Default!;
        var results = analytics.Metric(MetricCodes.CouplingD, weights);
        var moran = results.Moran.Where(m => m.Metric == MetricCodes.CouplingD && m.Weights == weights.Name).ToArray();
        var lisa = results.Lisa.Where(l => l.Metric == MetricCodes.CouplingD && l.Weights == weights.Name && l.Year == Year).ToArray();

        var moranRows = SpatialTables.Moran(moran, Lang.En).Rows;
        Assert.Equal(moran.Length, moranRows.Count - 1);
        Assert.Equal(CsvText.Number(moran[0].Result.I), moranRows[1][3]);
        var lisaRows = SpatialTables.Lisa(S, lisa, Lang.En).Rows;
        Assert.Equal(lisa.Length, lisaRows.Count - 1);
        Assert.Equal(lisa[0].Result.Cluster.ToCode(), lisaRows[1][9]);
    }

    [Fact]
    public void The_driver_tables_give_every_coefficient_and_grey_grade()
    {
        var drivers = DriverTerms.Drivers(S.Dataset).Select(i => i.Code).ToArray();
        var spec = new RegressionSpec(MetricCodes.LqProducerServices, drivers, LagDrivers: false, LogDrivers: true);
        var results = S.Analyses.Analytics.Drivers(spec);

        var regressions = DriverTables.Regressions(results.Regressions, spec, S.Dataset, Lang.En).Rows;
        Assert.Equal(results.Regressions.Sum(f => f.Coefficients.Count), regressions.Count - 1);
        var grey = DriverTables.Grey(S, results.GreyRelational, Lang.En).Rows;
        Assert.Equal(results.GreyRelational.Count, grey.Count - 1);
        Assert.Contains(grey, r => r[0] == UiText.Get(Lang.En, "drivers.overall"));
    }

    [Fact]
    public void The_shift_share_table_gives_each_component_of_each_city()
    {
        var view = ShiftShareView.Resolve(S, null, null, null, null, Lang.En);
        var rows = ShiftShareTables.Components(S, view, view.Cities, Lang.En).Rows;
        var components = view.Method.Components();
        Assert.Equal(5 + components.Count, rows[0].Length);
        Assert.Equal(view.Cities.Count, rows.Count - 1);
        Assert.Equal(CsvText.Number(view.Cities[0].Total[components[0]]), rows[1][5]);
    }
}
